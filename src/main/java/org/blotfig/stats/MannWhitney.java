package org.blotfig.stats;

import java.util.Arrays;

/** Wilcoxon rank-sum / Mann-Whitney statistic W and its two-sided P, as R's wilcox.test. */
final class MannWhitney {

	final double w;
	final double p;
	final boolean exact;

	private MannWhitney(double w, double p, boolean exact) {
		this.w = w;
		this.p = p;
		this.exact = exact;
	}

	static MannWhitney test(double[] x, double[] y) {
		int n1 = x.length, n2 = y.length, n = n1 + n2;
		double[] all = new double[n];
		System.arraycopy(x, 0, all, 0, n1);
		System.arraycopy(y, 0, all, n1, n2);
		double[] ranks = midranks(all);
		double r1 = 0;
		for (int i = 0; i < n1; i++) r1 += ranks[i];
		double w = r1 - n1 * (n1 + 1) / 2.0;
		double ties = tieSum(all);
		if (n1 < 50 && n2 < 50 && ties == 0) {
			// R: P = 2 * (P(W <= w) if w <= n1 n2 / 2, else P(W >= w)), capped at 1
			int wi = (int) Math.round(w);
			double tail = w > n1 * n2 / 2.0 ? upperTail(n1, n2, wi) : exactCdf(n1, n2)[wi];
			return new MannWhitney(w, Math.min(1, 2 * tail), true);
		}
		double z = w - n1 * (double) n2 / 2;
		double sigma = Math.sqrt(n1 * (double) n2 / 12 * ((n + 1) - ties / (n * (n - 1.0))));
		double correction = Math.signum(z) * 0.5;
		z = (z - correction) / sigma;
		// two-sided: 2 min(Phi(z), Phi(-z)), via the lower tail so tiny P keep their precision
		double p = 2 * Normal.cdf(-Math.abs(z));
		return new MannWhitney(w, Math.min(1, p), false);
	}

	/** Average ranks (1-based) with ties sharing their mean rank. */
	static double[] midranks(double[] v) {
		int n = v.length;
		Integer[] idx = new Integer[n];
		for (int i = 0; i < n; i++) idx[i] = i;
		Arrays.sort(idx, (a, b) -> Double.compare(v[a], v[b]));
		double[] r = new double[n];
		for (int i = 0; i < n;) {
			int j = i;
			while (j + 1 < n && v[idx[j + 1]] == v[idx[i]]) j++;
			double mid = (i + j) / 2.0 + 1;
			for (int m = i; m <= j; m++) r[idx[m]] = mid;
			i = j + 1;
		}
		return r;
	}

	/** Sum over tie groups of t^3 - t. */
	static double tieSum(double[] v) {
		double[] s = v.clone();
		Arrays.sort(s);
		double sum = 0;
		for (int i = 0; i < s.length;) {
			int j = i;
			while (j + 1 < s.length && s[j + 1] == s[i]) j++;
			double t = j - i + 1;
			sum += t * t * t - t;
			i = j + 1;
		}
		return sum;
	}

	/**
	 * Counts of U = 0..n1 n2 over all C(n1+n2, n1) arrangements, by the recurrence
	 * c(m, n, u) = c(m - 1, n, u - n) + c(m, n - 1, u), as probabilities.
	 */
	static double[] density(int n1, int n2) {
		// f[j][u] for the current m, j = 0..n2
		double[][] f = new double[n2 + 1][];
		for (int j = 0; j <= n2; j++) {
			f[j] = new double[1];
			f[j][0] = 1; // m = 0: only U = 0
		}
		for (int m = 1; m <= n1; m++) {
			double[][] g = new double[n2 + 1][];
			for (int j = 0; j <= n2; j++) {
				g[j] = new double[m * j + 1];
				for (int u = 0; u <= m * j; u++) {
					double a = u - j >= 0 && u - j < f[j].length ? f[j][u - j] : 0; // smallest value is from x
					double b = j > 0 && u < g[j - 1].length ? g[j - 1][u] : 0;
					g[j][u] = a + b;
				}
			}
			f = g;
		}
		double[] c = f[n2];
		double total = 0;
		for (double v : c) total += v;
		for (int u = 0; u < c.length; u++) c[u] /= total;
		return c;
	}

	static double[] exactCdf(int n1, int n2) {
		double[] d = density(n1, n2);
		double[] c = new double[d.length];
		double s = 0;
		for (int u = 0; u < d.length; u++) c[u] = s += d[u];
		return c;
	}

	/** P(W &ge; w), summed from the top so small tails keep their precision. */
	static double upperTail(int n1, int n2, int w) {
		double[] d = density(n1, n2);
		double s = 0;
		for (int u = d.length - 1; u >= w; u--) s += d[u];
		return s;
	}
}
