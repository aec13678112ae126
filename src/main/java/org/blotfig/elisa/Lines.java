package org.blotfig.elisa;

/** Ordinary least-squares line, used as the exact start for the linear models. */
final class Lines {

	private Lines() {}

	/** {intercept, slope}; slope 0 when x has no spread (the fit then reports it unstable). */
	static double[] fit(double[] x, double[] y) {
		double mx = 0, my = 0;
		for (int i = 0; i < x.length; i++) {
			mx += x[i];
			my += y[i];
		}
		mx /= x.length;
		my /= y.length;
		double sxx = 0, sxy = 0;
		for (int i = 0; i < x.length; i++) {
			sxx += (x[i] - mx) * (x[i] - mx);
			sxy += (x[i] - mx) * (y[i] - my);
		}
		double slope = sxx > 0 ? sxy / sxx : 0;
		return new double[] { my - slope * mx, slope };
	}
}
