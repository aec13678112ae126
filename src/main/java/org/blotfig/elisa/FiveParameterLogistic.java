package org.blotfig.elisa;

/**
 * Prism's asymmetric 5PL: {@code Y = Bottom + (Top-Bottom)/(1+(2^(1/S)-1)*(EC50/X)^HillSlope)^S}
 * (EC50 stays the concentration of the half-maximal response). Fit parameters are
 * (Bottom, Top, ln EC50, HillSlope, ln S): S must stay positive, and the log keeps the optimizer
 * from stepping through zero. The SE of S follows exactly (linearised covariance): se(S) = S se(ln S).
 */
public final class FiveParameterLogistic implements CurveModel {

	private static final double LN2 = Math.log(2);

	@Override
	public String name() {
		return "5PL";
	}

	@Override
	public String[] parameterNames() {
		return new String[] { "Bottom", "Top", "lnEC50", "HillSlope", "lnS" };
	}

	@Override
	public double curve(double x, double[] p) {
		double S = Math.exp(p[4]);
		return p[0] + (p[1] - p[0]) * Math.exp(-S * lnD(p[3] * (p[2] - Math.log(x)), c(S)));
	}

	/** c = 2^(1/S) - 1. */
	private static double c(double S) {
		return Math.expm1(LN2 / S);
	}

	/** ln(1 + c e^u) without overflow. */
	private static double lnD(double u, double c) {
		double v = u + Math.log(c);
		return v > 30 ? v + Math.log1p(Math.exp(-v)) : Math.log1p(Math.exp(v));
	}

	@Override
	public void fitGradient(double x, double[] p, double[] g) {
		double S = Math.exp(p[4]);
		double c = c(S);
		double d = p[2] - Math.log(x);
		double u = p[3] * d;
		double lnD = lnD(u, c);
		double q = Math.exp(-S * lnD);
		double amp = p[1] - p[0];
		double eOverD = 1 / (Math.exp(-u) + c); // e^u / D, stable at both ends
		double dqdu = -S * q * c * eOverD;
		double dcdS = -(c + 1) * LN2 / (S * S);
		double dqdS = q * (-lnD - S * eOverD * dcdS);
		g[0] = 1 - q;
		g[1] = q;
		g[2] = amp * dqdu * p[3];
		g[3] = amp * dqdu * d;
		g[4] = amp * dqdS * S;
	}

	@Override
	public double inverse(double y, double[] p) {
		double S = Math.exp(p[4]);
		double r = Math.pow((p[1] - p[0]) / (y - p[0]), 1 / S);
		r = (r - 1) / c(S);
		if (!(r > 0) || Double.isInfinite(r)) return Double.NaN;
		return Math.exp(p[2] - Math.log(r) / p[3]);
	}

	@Override
	public double[] start(double[] x, double[] y) {
		double[] s4 = Logistic.start4(x, y);
		return new double[] { s4[0], s4[1], s4[2], s4[3], 0 };
	}

	@Override
	public boolean hasPlateaus() {
		return true;
	}

	@Override
	public ReportedParameter[] report(double[] p, double[] se) {
		double S = Math.exp(p[4]);
		return new ReportedParameter[] { new ReportedParameter("Bottom", p[0], se[0]),
			new ReportedParameter("Top", p[1], se[1]),
			new ReportedParameter("EC50", Math.exp(p[2]), Double.NaN),
			new ReportedParameter("LogEC50", p[2] / FourParameterLogistic.LN10,
				se[2] / FourParameterLogistic.LN10),
			new ReportedParameter("HillSlope", p[3], se[3]), new ReportedParameter("S", S, S * se[4]) };
	}
}
