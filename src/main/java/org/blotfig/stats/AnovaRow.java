package org.blotfig.stats;

/** One line of an ANOVA table; F and P are NaN on the residual line. */
public final class AnovaRow {

	public final String source;
	public final double ss;
	public final double df;
	public final double ms;
	public final double f;
	public final double p;
	/** Prism's "% of total variation": 100 SS / SS_total (corrected total). */
	public final double pctTotal;

	AnovaRow(String source, double ss, double df, double ms, double f, double p, double pctTotal) {
		this.source = source;
		this.ss = ss;
		this.df = df;
		this.ms = ms;
		this.f = f;
		this.p = p;
		this.pctTotal = pctTotal;
	}

	/** An effect line tested against the residual mean square. */
	static AnovaRow effect(String source, double ss, double df, double msRes, double dfRes,
		double ssTotal)
	{
		double ms = ss / df;
		double f = ms / msRes;
		return new AnovaRow(source, ss, df, ms, f, Distributions.fUpper(f, df, dfRes),
			100 * ss / ssTotal);
	}

	static AnovaRow residual(double ss, double df, double ssTotal) {
		return new AnovaRow("Residuals", ss, df, ss / df, Double.NaN, Double.NaN, 100 * ss / ssTotal);
	}

	public String pDisplay() {
		return PrismFormat.p(p);
	}

	public String stars() {
		return PrismFormat.stars(p);
	}
}
