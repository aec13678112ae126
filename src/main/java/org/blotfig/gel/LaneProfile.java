package org.blotfig.gel;

import java.util.Arrays;

/**
 * One pass over a lane's pixels (full resolution, along its path): the robust mean of the
 * central part of the lane width per row (for finding bands and their extents: dust and lane
 * edges do not disturb it) and the sum over the whole box width per row with dust specks taken
 * out ({@link Specks}; for volumes), with the number of pixels summed.
 */
final class LaneProfile {

	final double[] central;
	final double[] sum;
	final int[] count;
	/** Noise standard deviation of {@link #central}. */
	final double noise;

	/** Trim this fraction at each end of the sorted central pixels. */
	static final double TRIM = 0.2;
	/** The central part is this fraction of the box half width. */
	static final double CENTRAL = 0.4;

	LaneProfile(Signal s, LanePath path) {
		GelImage img = s.image;
		int W = img.width(), H = img.height();
		central = new double[H];
		sum = new double[H];
		count = new int[H];
		int ch = (int) Math.max(1, Math.round(CENTRAL * path.halfWidth()));
		double[] buf = new double[2 * ch + 1];
		// integer data: never below the rounding noise, or one grey level would count as a speck
		double sigma = Math.max(s.pixelNoise(), s.image.bitDepth() <= 16 ? 0.5 : 0);
		for (int y = path.top(); y <= path.bottom(); y++) {
			int c = (int) Math.round(path.centreAt(y));
			int cl = Math.max(0, c - ch), cr = Math.min(W - 1, c + ch);
			int n = 0;
			double t = 0, lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
			for (int x = cl; x <= cr; x++) {
				double v = s.at(y * W + x);
				buf[n++] = v;
				t += v;
				lo = Math.min(lo, v);
				hi = Math.max(hi, v);
			}
			// without an outlier (no value beyond 5 noise SD of the mean) the trimmed mean equals the
			// mean up to noise: skip the sort, which dominates the cost on big scans
			double mean = n > 0 ? t / n : 0;
			central[y] = hi - mean <= 5 * sigma && mean - lo <= 5 * sigma ? mean : trimmedMean(buf, n, mean);
		}
		// box sums for volumes: every photon counts except dust
		Specks.sums(s, path, central, sigma, sum, count);
		// rows the lane does not cover: flat (no bands), zero pixels (no volume, no background weight)
		for (int y = 0; y < path.top(); y++) central[y] = central[path.top()];
		for (int y = path.bottom() + 1; y < H; y++) central[y] = central[path.bottom()];
		noise = Peaks.noise(central, path.top(), path.bottom() + 1);
	}

	private static double trimmedMean(double[] buf, int n, double fallback) {
		if (n == 0) return fallback;
		if (n < 5) {
			double t = 0;
			for (int i = 0; i < n; i++) t += buf[i];
			return t / n;
		}
		Arrays.sort(buf, 0, n);
		int k = (int) (TRIM * n);
		double t = 0;
		for (int i = k; i < n - k; i++) t += buf[i];
		return t / (n - 2 * k);
	}

	/** Per-pixel mean over the whole box width in row y. */
	double fullMean(int y) {
		return count[y] > 0 ? sum[y] / count[y] : 0;
	}
}
