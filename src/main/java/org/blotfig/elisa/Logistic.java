package org.blotfig.elisa;

import java.util.Arrays;

/** Numerically safe logistic helpers and starting values shared by the 4PL and 5PL. */
final class Logistic {

	private Logistic() {}

	/** 1/(1+e^u) without overflow for large |u|. */
	static double s(double u) {
		if (u > 0) {
			double e = Math.exp(-u);
			return e / (1 + e);
		}
		return 1 / (1 + Math.exp(u));
	}

	/**
	 * 4PL start (Bottom, Top, ln EC50, Hill) by linearisation: with the asymptotes placed just
	 * outside the observed range, logit((y-B)/(T-y)) is linear in ln x with slope Hill and
	 * root ln EC50, so one least-squares line gives both.
	 */
	static double[] start4(double[] x, double[] y) {
		return start4(x, y, 0.05);
	}

	/** As {@link #start4(double[], double[])}, asymptotes {@code margin} of the range outside. */
	static double[] start4(double[] x, double[] y, double margin) {
		double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
		for (double v : y) {
			lo = Math.min(lo, v);
			hi = Math.max(hi, v);
		}
		double range = hi - lo;
		if (!(range > 0)) range = Math.max(Math.abs(hi), 1e-3);
		double b = lo - margin * range, t = hi + margin * range;
		double n = 0, sx = 0, sz = 0, sxx = 0, sxz = 0;
		for (int i = 0; i < x.length; i++) {
			double lx = Math.log(x[i]);
			double z = Math.log((y[i] - b) / (t - y[i]));
			n++;
			sx += lx;
			sz += z;
			sxx += lx * lx;
			sxz += lx * z;
		}
		double slope = (n * sxz - sx * sz) / (n * sxx - sx * sx);
		double intercept = (sz - slope * sx) / n;
		if (!Double.isFinite(slope) || Math.abs(slope) < 1e-6) {
			slope = 1;
			double[] sorted = x.clone();
			Arrays.sort(sorted);
			intercept = -Math.log(sorted[sorted.length / 2]);
		}
		// z = Hill (ln x - ln EC50); a falling curve gets a negative Hill, asymptotes stay ordered
		return new double[] { b, t, -intercept / slope, slope };
	}
}
