package org.blotfig.flow;

import java.util.Arrays;

/**
 * Percentiles as R's default quantile (type 7) and numpy's default "linear": for sorted finite
 * values x[0..n-1] and p in [0, 100], h = (n - 1) p / 100 and the result interpolates linearly
 * between x[floor h] and x[floor h + 1]. NaN values are ignored.
 */
public final class Percentile {

	private Percentile() {}

	public static double of(double[] values, double p) {
		if (!(p >= 0 && p <= 100)) throw new IllegalArgumentException("percentile " + p + " outside 0..100");
		double[] v = finite(values);
		if (v.length == 0) throw new IllegalArgumentException("no finite values");
		Arrays.sort(v);
		double h = (v.length - 1) * p / 100.0;
		int lo = (int) Math.floor(h);
		if (lo >= v.length - 1) return v[v.length - 1];
		return v[lo] + (h - lo) * (v[lo + 1] - v[lo]);
	}

	private static double[] finite(double[] values) {
		int n = 0;
		double[] out = new double[values.length];
		for (double x : values) if (!Double.isNaN(x)) out[n++] = x;
		return n == out.length ? out : Arrays.copyOf(out, n);
	}
}
