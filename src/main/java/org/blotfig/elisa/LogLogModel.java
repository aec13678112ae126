package org.blotfig.elisa;

/**
 * Log-log line: {@code log10 Y = Intercept + Slope log10 X}, fitted in log space (so residuals,
 * R^2 and Sy.x are in log10 units). Responses must be positive.
 */
public final class LogLogModel implements CurveModel {

	@Override
	public String name() {
		return "log-log";
	}

	@Override
	public String[] parameterNames() {
		return new String[] { "Intercept", "Slope" };
	}

	@Override
	public double curve(double x, double[] p) {
		return Math.pow(10, fitValue(x, p));
	}

	@Override
	public double fitValue(double x, double[] p) {
		return p[0] + p[1] * Math.log10(x);
	}

	@Override
	public double fitResponse(double y) {
		return y > 0 ? Math.log10(y) : Double.NaN;
	}

	@Override
	public void fitGradient(double x, double[] p, double[] g) {
		g[0] = 1;
		g[1] = Math.log10(x);
	}

	@Override
	public double inverse(double y, double[] p) {
		if (!(y > 0)) return Double.NaN;
		double x = Math.pow(10, (Math.log10(y) - p[0]) / p[1]);
		return Double.isFinite(x) && x > 0 ? x : Double.NaN;
	}

	@Override
	public double[] start(double[] x, double[] y) {
		double[] lx = new double[x.length], ly = new double[y.length];
		for (int i = 0; i < x.length; i++) {
			lx[i] = Math.log10(x[i]);
			ly[i] = fitResponse(y[i]);
		}
		return Lines.fit(lx, ly);
	}

	@Override
	public boolean hasPlateaus() {
		return false;
	}

	@Override
	public ReportedParameter[] report(double[] p, double[] se) {
		return new ReportedParameter[] { new ReportedParameter("Intercept", p[0], se[0]),
			new ReportedParameter("Slope", p[1], se[1]) };
	}
}
