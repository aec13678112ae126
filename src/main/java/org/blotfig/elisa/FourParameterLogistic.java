package org.blotfig.elisa;

/**
 * Prism's 4PL: {@code Y = Bottom + (Top-Bottom)/(1+(EC50/X)^HillSlope)}. Fit parameters are
 * (Bottom, Top, ln EC50, HillSlope): EC50 on a log scale keeps it positive and makes the
 * problem far better conditioned, with the same optimum.
 */
public final class FourParameterLogistic implements CurveModel {

	static final double LN10 = Math.log(10);

	@Override
	public String name() {
		return "4PL";
	}

	@Override
	public String[] parameterNames() {
		return new String[] { "Bottom", "Top", "lnEC50", "HillSlope" };
	}

	@Override
	public double curve(double x, double[] p) {
		return p[0] + (p[1] - p[0]) * Logistic.s(p[3] * (p[2] - Math.log(x)));
	}

	@Override
	public void fitGradient(double x, double[] p, double[] g) {
		double d = p[2] - Math.log(x);
		double u = p[3] * d;
		double s = Logistic.s(u);
		double ds = -s * Logistic.s(-u); // ds/du = -s(1-s)
		g[0] = 1 - s;
		g[1] = s;
		g[2] = (p[1] - p[0]) * ds * p[3];
		g[3] = (p[1] - p[0]) * ds * d;
	}

	@Override
	public double inverse(double y, double[] p) {
		double r = (p[1] - p[0]) / (y - p[0]) - 1;
		if (!(r > 0) || Double.isInfinite(r)) return Double.NaN;
		return Math.exp(p[2] - Math.log(r) / p[3]);
	}

	@Override
	public double[] start(double[] x, double[] y) {
		return Logistic.start4(x, y);
	}

	@Override
	public boolean hasPlateaus() {
		return true;
	}

	@Override
	public ReportedParameter[] report(double[] p, double[] se) {
		return new ReportedParameter[] { new ReportedParameter("Bottom", p[0], se[0]),
			new ReportedParameter("Top", p[1], se[1]),
			// Prism reports the SE of LogEC50 only: EC50's own interval is asymmetric
			new ReportedParameter("EC50", Math.exp(p[2]), Double.NaN),
			new ReportedParameter("LogEC50", p[2] / LN10, se[2] / LN10),
			new ReportedParameter("HillSlope", p[3], se[3]) };
	}
}
