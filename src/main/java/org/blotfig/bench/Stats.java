package org.blotfig.bench;

import java.util.Arrays;

/**
 * Order statistics for benchmark tables. Percentiles interpolate linearly between order
 * statistics (Hyndman-Fan type 7, the default of R's {@code quantile} and numpy), so the median
 * of an even count is the mean of the middle two and p100 is the maximum.
 */
public final class Stats {

	private Stats() {}

	/** The p-th percentile (0..100) of the values; NaN for no values. NaN inputs are not allowed. */
	public static double percentile(double[] values, double p) {
		if (!(p >= 0 && p <= 100)) throw new IllegalArgumentException("percentile must be in 0..100, got " + p);
		if (values.length == 0) return Double.NaN;
		double[] s = values.clone();
		Arrays.sort(s);
		if (Double.isNaN(s[s.length - 1])) throw new IllegalArgumentException("NaN among the values");
		double h = (s.length - 1) * p / 100.0;
		int lo = (int) Math.floor(h);
		int hi = Math.min(s.length - 1, lo + 1);
		return s[lo] + (h - lo) * (s[hi] - s[lo]);
	}

	public static double median(double[] values) {
		return percentile(values, 50);
	}

	/** |measured / truth - 1|: the relative error of a volume or a ratio. */
	public static double relativeError(double measured, double truth) {
		if (!(truth != 0)) throw new IllegalArgumentException("relative error against a zero truth");
		return Math.abs(measured / truth - 1);
	}
}
