package org.blotfig.stats;

import java.util.Arrays;
import java.util.Comparator;

/** P-value adjustments for a family of K comparisons, written to stay exact for tiny P. */
public final class FamilyAdjust {

	private FamilyAdjust() {}

	/**
	 * Sidak: 1 - (1 - p)^K computed as -expm1(K log1p(-p)); the naive form loses everything below
	 * ~1e-16 (it gives 8.88e-16 instead of 6.7e-16).
	 */
	public static double sidak(double p, int k) {
		if (Double.isNaN(p)) return p;
		return Math.min(1, -Math.expm1(k * Math.log1p(-p)));
	}

	public static double bonferroni(double p, int k) {
		return Double.isNaN(p) ? p : Math.min(1, k * p);
	}

	/**
	 * Holm-Sidak step-down as Prism computes it: sort P ascending; the j-th smallest (j from 0)
	 * gets 1 - (1 - p)^(K - j); adjusted values are made monotone by a running maximum. NaN
	 * entries are left out of the family and stay NaN.
	 */
	public static double[] holmSidak(double[] p) {
		Integer[] order = finiteOrder(p);
		double[] adj = new double[p.length];
		Arrays.fill(adj, Double.NaN);
		int k = order.length;
		double prev = 0;
		for (int j = 0; j < k; j++) {
			double v = sidak(p[order[j]], k - j);
			prev = Math.max(prev, v);
			adj[order[j]] = Math.min(1, prev);
		}
		return adj;
	}

	/** Number of non-NaN P values (the family size used when some tests are undefined). */
	static int finiteCount(double[] p) {
		int k = 0;
		for (double v : p)
			if (!Double.isNaN(v)) k++;
		return k;
	}

	private static Integer[] finiteOrder(double[] p) {
		Integer[] idx = new Integer[finiteCount(p)];
		int i = 0;
		for (int j = 0; j < p.length; j++)
			if (!Double.isNaN(p[j])) idx[i++] = j;
		Arrays.sort(idx, Comparator.comparingDouble(j -> p[j]));
		return idx;
	}

	/** Two-sided t critical value for a Sidak family: qt(1 - (1 - 0.95^(1/K))/2, df). */
	public static double sidakT(double confidence, int k, double df) {
		double alphaEach = -Math.expm1(Math.log(confidence) / k);
		return Distributions.tQuantileUpper(alphaEach / 2, df);
	}

	/** Two-sided t critical value for a Bonferroni family: qt(1 - (1 - conf)/(2K), df). */
	public static double bonferroniT(double confidence, int k, double df) {
		return Distributions.tQuantileUpper((1 - confidence) / (2 * k), df);
	}
}
