package org.blotfig.gel;

import java.util.Arrays;

/**
 * Pixels of one lane that may be dust speck cores, found while the lane sweep holds their row
 * (reading the rows again afterwards, lane by lane, costs a cache miss per row: most of the
 * speck search's time on a big scan). A pixel is kept when it stands {@link Specks#CORE_SD} noise
 * SD above the lane's central level and the medians of its row neighbours on both sides lie that
 * far below it; the final test, which needs the lane's lowest level, is {@link Specks}'s. Kept with
 * each: the order statistics that test needs, so no pixel is read twice.
 */
final class SpeckCandidates {

	int n;
	int[] x = new int[16], y = new int[16];
	/** Pixel value; per side the value whose being below a level means the side's median is. */
	double[] v = new double[16], qLeft = new double[16], qRight = new double[16];
	/** {@link Specks}'s sides(): the higher side median (or the whole window's when both are short). */
	double[] med = new double[16];

	private final double[] side = new double[Specks.SPECK], window = new double[2 * Specks.SPECK + 1];

	/** Row y of a lane box [l, r], its values in span at index x - from. */
	void scan(int[] span, int from, int y, int l, int r, double suspect, double sigma) {
		for (int x = l; x <= r; x++) {
			int v = span[x - from];
			if (v > suspect) consider(span, null, from, y, x, l, r, v, sigma);
		}
	}

	void scan(double[] span, int from, int y, int l, int r, double suspect, double sigma) {
		for (int x = l; x <= r; x++) {
			double v = span[x - from];
			if (v > suspect) consider(null, span, from, y, x, l, r, v, sigma);
		}
	}

	private void consider(int[] is, double[] ds, int from, int y, int x, int l, int r, double v, double sigma) {
		// necessary for any lowest level: the side medians at least CORE_SD SD below v (Specks.bar
		// never exceeds this level)
		double weak = v - 0.999 * Specks.CORE_SD * sigma;
		for (int dir = -1; dir <= 1; dir += 2) {
			int m = 0, below = 0;
			for (int t = Specks.GUARD + 1; t <= Specks.SPECK; t++) {
				int q = x + dir * t;
				if (q < l || q > r) continue;
				m++;
				if (at(is, ds, q - from) < weak) below++;
			}
			if (m >= 2 && below <= (m - 1) / 2) return;
		}
		if (n == this.x.length) grow();
		this.x[n] = x;
		this.y[n] = y;
		this.v[n] = v;
		double best = Double.NEGATIVE_INFINITY;
		for (int dir = -1; dir <= 1; dir += 2) {
			int m = 0;
			for (int t = Specks.GUARD + 1; t <= Specks.SPECK; t++) {
				int q = x + dir * t;
				if (q >= l && q <= r) side[m++] = at(is, ds, q - from);
			}
			double q = Double.NaN;
			if (m >= 2) {
				best = Math.max(best, Peaks.sortedMedian(side, m));
				q = side[(m - 1) / 2];
			}
			(dir < 0 ? qLeft : qRight)[n] = q;
		}
		med[n] = best != Double.NEGATIVE_INFINITY ? best : windowMedian(is, ds, from, x, l, r, v);
		n++;
	}

	/** Median of the neighbours within SPECK px skipping GUARD px each side (v itself without any). */
	private double windowMedian(int[] is, double[] ds, int from, int x, int l, int r, double v) {
		int m = 0;
		for (int t = Math.max(l, x - Specks.SPECK); t <= Math.min(r, x + Specks.SPECK); t++)
			if (Math.abs(t - x) > Specks.GUARD) window[m++] = at(is, ds, t - from);
		return m == 0 ? v : Peaks.sortedMedian(window, m);
	}

	private static double at(int[] is, double[] ds, int i) {
		return is != null ? is[i] : ds[i];
	}

	private void grow() {
		int c = 2 * x.length;
		x = Arrays.copyOf(x, c);
		y = Arrays.copyOf(y, c);
		v = Arrays.copyOf(v, c);
		qLeft = Arrays.copyOf(qLeft, c);
		qRight = Arrays.copyOf(qRight, c);
		med = Arrays.copyOf(med, c);
	}
}
