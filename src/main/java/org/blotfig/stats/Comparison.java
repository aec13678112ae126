package org.blotfig.stats;

/**
 * One pairwise comparison: group1 - group2 (within {@code row} for two-way designs), its
 * standard error, test statistic, raw and family-adjusted P and the confidence interval that
 * matches the adjustment (NaN where the method has none, e.g. Holm-Sidak).
 */
public final class Comparison {

	public final String row;
	public final String group1;
	public final String group2;
	public final double diff;
	public final double se;
	/** t for t-based methods; for Mann-Whitney the W statistic. */
	public final double t;
	public final double df;
	public final double pRaw;
	public final double pAdj;
	public final double ciLow;
	public final double ciHigh;
	/** Why the test is undefined (e.g. R's "data are essentially constant"), else empty. */
	public final String note;

	public Comparison(String row, String group1, String group2, double diff, double se, double t,
		double df, double pRaw, double pAdj, double ciLow, double ciHigh)
	{
		this(row, group1, group2, diff, se, t, df, pRaw, pAdj, ciLow, ciHigh, "");
	}

	private Comparison(String row, String group1, String group2, double diff, double se, double t,
		double df, double pRaw, double pAdj, double ciLow, double ciHigh, String note)
	{
		this.note = note;
		this.row = row;
		this.group1 = group1;
		this.group2 = group2;
		this.diff = diff;
		this.se = se;
		this.t = t;
		this.df = df;
		this.pRaw = pRaw;
		this.pAdj = pAdj;
		this.ciLow = ciLow;
		this.ciHigh = ciHigh;
	}

	/** Prism's display of the adjusted P. */
	public String pDisplay() {
		return PrismFormat.p(pAdj);
	}

	/** Prism's stars from the unrounded adjusted P. */
	public String stars() {
		return PrismFormat.stars(pAdj);
	}

	Comparison withAdjusted(double p, double lo, double hi) {
		return new Comparison(row, group1, group2, diff, se, t, df, pRaw, p, lo, hi, note);
	}

	Comparison withNote(String why) {
		return new Comparison(row, group1, group2, diff, se, t, df, pRaw, pAdj, ciLow, ciHigh, why);
	}

	@Override
	public String toString() {
		return row + ": " + group1 + " - " + group2 + " diff=" + diff + " t=" + t + " p=" + pRaw +
			" adj=" + pAdj;
	}
}
