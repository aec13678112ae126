package org.blotfig.elisa;

/** Straight line {@code Y = Intercept + Slope X}, for assays used within their linear range. */
public final class LinearModel implements CurveModel {

	@Override
	public String name() {
		return "linear";
	}

	@Override
	public String[] parameterNames() {
		return new String[] { "Intercept", "Slope" };
	}

	@Override
	public double curve(double x, double[] p) {
		return p[0] + p[1] * x;
	}

	@Override
	public void fitGradient(double x, double[] p, double[] g) {
		g[0] = 1;
		g[1] = x;
	}

	@Override
	public double inverse(double y, double[] p) {
		double x = (y - p[0]) / p[1];
		return Double.isFinite(x) ? x : Double.NaN;
	}

	@Override
	public double[] start(double[] x, double[] y) {
		return Lines.fit(x, y);
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
