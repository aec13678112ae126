package org.blotfig.gel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** 1-D helpers: Gaussian smoothing, local maxima with topographic prominence, MAD noise. */
final class Peaks {

	private Peaks() {}

	static double[] smooth(double[] p, double sigma) {
		if (sigma <= 0) return p.clone();
		int r = (int) Math.ceil(3 * sigma);
		double[] k = new double[2 * r + 1];
		for (int i = -r; i <= r; i++) k[i + r] = Math.exp(-0.5 * i * i / (sigma * sigma));
		double[] out = new double[p.length];
		// away from the ends every tap is inside: the weights' sum (added in the same order, so the
		// same bits) is computed once and the taps need no tests
		double wsIn = 0;
		for (int j = -r; j <= r; j++) wsIn += k[j + r];
		for (int i = 0; i < p.length; i++) {
			if (i >= r && i + r < p.length) {
				double s = 0;
				for (int j = 0, t = i - r; j < k.length; j++, t++) s += k[j] * p[t];
				out[i] = s / wsIn;
				continue;
			}
			double s = 0, ws = 0;
			for (int j = -r; j <= r; j++) {
				int t = i + j;
				if (t < 0 || t >= p.length) continue;
				s += k[j + r] * p[t];
				ws += k[j + r];
			}
			out[i] = s / ws;
		}
		return out;
	}

	/** Indices of local maxima (plateaus reported at their middle). */
	static List<Integer> maxima(double[] p) {
		List<Integer> out = new ArrayList<>();
		int n = p.length;
		int i = 1;
		while (i < n - 1) {
			if (p[i] > p[i - 1]) {
				int j = i;
				while (j + 1 < n && p[j + 1] == p[i]) j++;
				if (j + 1 < n && p[j + 1] < p[i]) out.add((i + j) / 2);
				i = j + 1;
			}
			else i++;
		}
		return out;
	}

	/**
	 * Topographic prominence: the peak's height above the higher of the two lowest points that
	 * separate it from higher ground (or the profile's ends) on either side.
	 */
	static double prominence(double[] p, int i) {
		return prominenceAtLeast(p, i, Double.NEGATIVE_INFINITY);
	}

	/**
	 * {@link #prominence}, or negative infinity when it is surely below {@code atLeast}. The two
	 * sides are walked in step and the walk stops as soon as one side has met higher ground
	 * without dropping {@code atLeast} below the peak. A noise maximum on a sloping profile (a
	 * background gradient down the lane) meets higher ground within a few rows uphill, but
	 * downhill the plain scan runs to the profile's end: the whole walk cost rows x maxima, most
	 * of the band calling's time on a big scan with a gradient. Without a bar ({@code atLeast} =
	 * negative infinity) it is the plain prominence.
	 */
	static double prominenceAtLeast(double[] p, int i, double atLeast) {
		double h = p[i], leftMin = h, rightMin = h;
		int a = i - 1, b = i + 1, n = p.length;
		boolean leftOpen = true, rightOpen = true;
		while (leftOpen || rightOpen) {
			if (leftOpen) {
				if (a >= 0 && p[a] <= h) leftMin = Math.min(leftMin, p[a--]);
				else {
					leftOpen = false;
					// the prominence is at most h - leftMin (rounding keeps that order)
					if (h - leftMin < atLeast) return Double.NEGATIVE_INFINITY;
				}
			}
			if (rightOpen) {
				if (b < n && p[b] <= h) rightMin = Math.min(rightMin, p[b++]);
				else {
					rightOpen = false;
					if (h - rightMin < atLeast) return Double.NEGATIVE_INFINITY;
				}
			}
		}
		return h - Math.max(leftMin, rightMin);
	}

	/** Noise standard deviation from the median absolute deviation of first differences. */
	static double noise(double[] p, int from, int to) {
		int n = to - from - 1;
		if (n < 3) return 0;
		double[] d = new double[n];
		for (int i = 0; i < n; i++) d[i] = p[from + i + 1] - p[from + i];
		return differenceNoise(d, n);
	}

	/**
	 * Noise SD from the median absolute deviation of the first n values of d, each the difference
	 * of two noisy values (so sqrt 2 times their SD); may reorder d.
	 */
	static double differenceNoise(double[] d, int n) {
		double[] a = n == d.length ? d : Arrays.copyOf(d, n);
		double med = median(a.clone());
		for (int i = 0; i < n; i++) a[i] = Math.abs(a[i] - med);
		return 1.4826 * median(a) / Math.sqrt(2);
	}

	/** The median (reorders a). */
	static double median(double[] a) {
		if (a.length == 0) return Double.NaN;
		int m = a.length / 2;
		if (a.length >= 64 && !hasNaN(a)) {
			// selection instead of a full sort: the same value (up to the sign of a zero), far
			// cheaper on the long arrays of the noise estimates
			double hi = select(a, m);
			if (a.length % 2 == 1) return hi;
			double lo = a[0];
			for (int i = 1; i < m; i++) if (a[i] > lo) lo = a[i];
			return 0.5 * (lo + hi);
		}
		return sortedMedian(a, a.length);
	}

	/** Sorts a[0..n-1] in place and returns their median (the mean of the middle two for even n). */
	static double sortedMedian(double[] a, int n) {
		Arrays.sort(a, 0, n);
		return n % 2 == 1 ? a[n / 2] : 0.5 * (a[n / 2 - 1] + a[n / 2]);
	}

	private static boolean hasNaN(double[] a) {
		for (double v : a) if (v != v) return true;
		return false;
	}

	/**
	 * The k-th smallest value (0-based), leaving a[0..k-1] <= a[k] <= a[k+1..]: Hoare partitions
	 * around a median-of-three pivot, narrowing to the side that holds k.
	 */
	static double select(double[] a, int k) {
		return select(a, 0, a.length - 1, k);
	}

	/** {@link #select(double[], int)} within a[from..to] (inclusive), k an index in that range. */
	static double select(double[] a, int from, int to, int k) {
		int lo = from, hi = to;
		while (hi > lo) {
			int mid = (lo + hi) >>> 1;
			// order a[lo], a[mid], a[hi]; the middle one is the pivot
			if (a[mid] < a[lo]) swap(a, mid, lo);
			if (a[hi] < a[lo]) swap(a, hi, lo);
			if (a[hi] < a[mid]) swap(a, hi, mid);
			double pivot = a[mid];
			int i = lo, j = hi;
			while (i <= j) {
				while (a[i] < pivot) i++;
				while (a[j] > pivot) j--;
				if (i <= j) swap(a, i++, j--);
			}
			// now a[lo..j] <= pivot <= a[i..hi], and a[j+1..i-1] == pivot
			if (k <= j) hi = j;
			else if (k >= i) lo = i;
			else return a[k];
		}
		return a[k];
	}

	private static void swap(double[] a, int i, int j) {
		double t = a[i];
		a[i] = a[j];
		a[j] = t;
	}
}
