package org.blotfig.gel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One lane's profiles along its path (full resolution): the robust mean of the central part of
 * the lane width per row (for finding bands and their extents: dust and lane edges do not
 * disturb it) and the plain sum over the whole box width per row (for volumes: every photon in
 * the box counts), with the number of pixels summed. All lanes are profiled together in one
 * sweep down the image, so each pixel row is read in storage order (a lane at a time would jump
 * a whole image row per pixel row, which costs more than the arithmetic on big scans).
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
	/** Half width (px) of the row window that tells a dust speck from a band. */
	static final int SPECK = 4;

	private LaneProfile(double[] central, double[] sum, int[] count, double noise) {
		this.central = central;
		this.sum = sum;
		this.count = count;
		this.noise = noise;
	}

	/** Profiles of every lane, in the order given. */
	static List<LaneProfile> all(Signal s, List<LanePath> paths) {
		GelImage img = s.image;
		int W = img.width(), H = img.height(), n = paths.size();
		// integer data: never below the rounding noise, or one grey level would count as a speck
		double sigma = Math.max(s.pixelNoise(), img.bitDepth() <= 16 ? 0.5 : 0);
		Sweep[] lanes = new Sweep[n];
		for (int k = 0; k < n; k++) lanes[k] = new Sweep(paths.get(k), H);
		double[] span = new double[W], win = new double[2 * SPECK + 1];
		int[] ints = s.integer() ? new int[W] : null;
		for (int y = 0; y < H; y++)
			for (Sweep l : lanes) {
				if (y < l.path.top() || y > l.path.bottom()) continue;
				if (ints != null) l.firstInt(s, y, W, sigma, ints, win);
				else l.first(s, y, W, sigma, span);
			}
		// rows with a pixel that may be a speck are summed again, once each lane's base level is known
		for (Sweep l : lanes) l.base();
		if (ints != null) for (Sweep l : lanes) l.removeSpecks(sigma);
		else for (int y = 0; y < H; y++)
			for (Sweep l : lanes) if (l.suspectRow[y]) l.second(s, y, W, sigma, span, win);
		List<LaneProfile> out = new ArrayList<>();
		for (Sweep l : lanes) out.add(l.finish());
		return out;
	}

	/** One lane's state during the sweep. */
	private static final class Sweep {
		final LanePath path;
		final double[] central, sum, buf;
		final int[] count;
		final boolean[] suspectRow;
		final int ch;
		double base;
		/** Whole-number data: possible specks (row, value, median of its row neighbours), judged once base is known. */
		int[] speckRow = new int[16];
		double[] speckValue = new double[16], speckMedian = new double[16];
		int specks;

		Sweep(LanePath path, int H) {
			this.path = path;
			central = new double[H];
			sum = new double[H];
			count = new int[H];
			suspectRow = new boolean[H];
			ch = (int) Math.max(1, Math.round(CENTRAL * path.halfWidth()));
			buf = new double[2 * ch + 1];
		}

		/** Row y: the central robust mean, and the box sum unless a pixel may be a speck. */
		void first(Signal s, int y, int W, double sigma, double[] span) {
			int c = (int) Math.round(path.centreAt(y));
			int cl = Math.max(0, c - ch), cr = Math.min(W - 1, c + ch);
			int l = Math.max(0, path.left(y)), r = Math.min(W - 1, path.right(y));
			int from = Math.min(cl, l), to = Math.max(cr, r);
			if (from <= to) s.row(y, from, to, span);
			int n = 0;
			double t = 0, lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
			for (int x = cl; x <= cr; x++) {
				double v = span[x - from];
				t += v;
				lo = Math.min(lo, v);
				hi = Math.max(hi, v);
				n++;
			}
			// without an outlier (no value beyond 5 noise SD of the mean) the trimmed mean equals the
			// mean up to noise: skip the sort
			double mean = n > 0 ? t / n : 0;
			if (hi - mean <= 5 * sigma && mean - lo <= 5 * sigma) central[y] = mean;
			else {
				if (n > 0) System.arraycopy(span, cl - from, buf, 0, n);
				central[y] = trimmedMean(buf, n, mean);
			}
			double acc = 0, top = Double.NEGATIVE_INFINITY;
			for (int x = l; x <= r; x++) {
				double v = span[x - from];
				acc += v;
				top = Math.max(top, v);
			}
			sum[y] = acc;
			count[y] = Math.max(0, r - l + 1);
			suspectRow[y] = top > central[y] + 6 * sigma;
		}

		/**
		 * {@link #first} for whole-number data, in integer arithmetic (which the JIT vectorises): the
		 * double sums there are exact, so the results are the same to the last bit.
		 */
		void firstInt(Signal s, int y, int W, double sigma, int[] span, double[] win) {
			int c = (int) Math.round(path.centreAt(y));
			int cl = Math.max(0, c - ch), cr = Math.min(W - 1, c + ch);
			int l = Math.max(0, path.left(y)), r = Math.min(W - 1, path.right(y));
			int from = Math.min(cl, l), to = Math.max(cr, r);
			if (from <= to) s.rowInt(y, from, to, span);
			int n = Math.max(0, cr - cl + 1);
			long t = 0;
			int lo = Integer.MAX_VALUE, hi = Integer.MIN_VALUE;
			for (int x = cl; x <= cr; x++) {
				int v = span[x - from];
				t += v;
				lo = Math.min(lo, v);
				hi = Math.max(hi, v);
			}
			double mean = n > 0 ? (double) t / n : 0;
			if (n == 0 || hi - mean <= 5 * sigma && mean - lo <= 5 * sigma) central[y] = mean;
			else {
				for (int k = 0; k < n; k++) buf[k] = span[cl - from + k];
				central[y] = trimmedMean(buf, n, mean);
			}
			// the box holds the central part: only its flanks are left to add (exact, so in any order)
			if (l <= cl && cr <= r && n > 0) sum[y] = t + sum(span, l - from, cl - l) + sum(span, cr + 1 - from, r - cr);
			else sum[y] = sum(span, l - from, r - l + 1);
			count[y] = Math.max(0, r - l + 1);
			double suspect = central[y] + 6 * sigma;
			// whole numbers above suspect are those above its floor: an int compare per pixel
			int above = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, Math.floor(suspect)));
			// the sums are exact, so a speck found later can be taken out of sum[y] by its excess
			for (int x = l; x <= r; x++) {
				int v = span[x - from];
				if (v <= above) continue;
				int a = Math.max(l, x - SPECK), b = Math.min(r, x + SPECK), k = b - a + 1;
				// whole numbers below bar are those below its ceiling
				int bar = (int) Math.ceil(v - 0.999 * 6 * sigma), below = 0;
				for (int q = a; q <= b; q++) if (span[q - from] < bar) below++;
				if (below <= k / 2) continue;
				for (int q = a; q <= b; q++) win[q - a] = span[q - from];
				Arrays.sort(win, 0, k);
				if (specks == speckRow.length) {
					speckRow = Arrays.copyOf(speckRow, 2 * specks);
					speckValue = Arrays.copyOf(speckValue, 2 * specks);
					speckMedian = Arrays.copyOf(speckMedian, 2 * specks);
				}
				speckRow[specks] = y;
				speckValue[specks] = v;
				speckMedian[specks++] = win[k / 2];
			}
		}

		/** Sum of span[from .. from + n - 1]: int partial sums (vectorised) of blocks that cannot overflow. */
		private static long sum(int[] span, int from, int n) {
			long t = 0;
			for (int a = from, end = from + n; a < end; a += 16384) {
				int s = 0;
				for (int x = a, e = Math.min(end, a + 16384); x < e; x++) s += span[x];
				t += s;
			}
			return t;
		}

		/** The {@link #despeckle} rule for the candidates {@link #firstInt} kept. */
		void removeSpecks(double sigma) {
			for (int k = 0; k < specks; k++) {
				double v = speckValue[k], med = speckMedian[k];
				if (v - med > Math.max(6 * sigma, 0.25 * (med - base))) sum[speckRow[k]] -= v - med;
			}
		}

		void base() {
			base = Double.POSITIVE_INFINITY;
			for (int y = path.top(); y <= path.bottom(); y++) base = Math.min(base, central[y]);
		}

		/** Row y again, with specks replaced by the median of their row neighbours. */
		void second(Signal s, int y, int W, double sigma, double[] span, double[] win) {
			int l = Math.max(0, path.left(y)), r = Math.min(W - 1, path.right(y));
			s.row(y, l, r, span);
			double acc = 0, suspect = central[y] + 6 * sigma;
			for (int x = l; x <= r; x++) {
				double v = span[x - l];
				if (v > suspect) v = despeckle(span, l, x, r, v, sigma, base, win);
				acc += v;
			}
			sum[y] = acc;
		}

		LaneProfile finish() {
			int H = central.length;
			// rows the lane does not cover: flat (no bands), zero pixels (no volume, no background weight)
			for (int y = 0; y < path.top(); y++) central[y] = central[path.top()];
			for (int y = path.bottom() + 1; y < H; y++) central[y] = central[path.bottom()];
			return new LaneProfile(central, sum, count, Peaks.noise(central, path.top(), path.bottom() + 1));
		}
	}

	/**
	 * Dust specks are a few pixels across, bands span the lane: a pixel far above the median of
	 * its row neighbours (+-{@link #SPECK} px, within the box) is a speck and counts as that median.
	 * "Far" is 6 noise SD and a quarter of the local signal, so photon noise on a bright band and
	 * a band edge shifted by smile do not qualify. The row's box pixels are span[0..r-l].
	 */
	private static double despeckle(double[] span, int l, int x, int r, double v, double sigma, double base,
		double[] win)
	{
		int a = Math.max(l, x - SPECK), b = Math.min(r, x + SPECK), n = b - a + 1;
		// most candidates are photon noise on a bright band: when at most n/2 neighbours lie below
		// v - 6 SD, the median cannot either, so v stays; only the rest needs the sort (the margin
		// keeps rounding on the safe side)
		double bar = v - 0.999 * 6 * sigma;
		int below = 0;
		for (int t = a; t <= b; t++) if (span[t - l] < bar) below++;
		if (below <= n / 2) return v;
		for (int t = a; t <= b; t++) win[t - a] = span[t - l];
		Arrays.sort(win, 0, n);
		double med = win[n / 2];
		return v - med > Math.max(6 * sigma, 0.25 * (med - base)) ? med : v;
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
