package org.blotfig.gel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One lane's profiles along its path (full resolution): the robust mean of the central part of
 * the lane width per row (for finding bands and their extents: dust and lane edges do not
 * disturb it) and the sum over the whole box width per row with dust specks taken out
 * ({@link Specks}; for volumes), with the number of pixels summed. All lanes are profiled
 * together in one sweep down the image, so each pixel row is read in storage order (a lane at a time would jump
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
		double[] span = new double[W];
		int[] ints = s.integer() ? new int[W] : null;
		for (int y = 0; y < H; y++)
			for (Sweep l : lanes) {
				if (y < l.path.top() || y > l.path.bottom()) continue;
				if (ints != null) l.firstInt(s, y, W, sigma, ints);
				else l.first(s, y, W, sigma, span);
			}
		// rows with a pixel that may be a speck are summed again, once each lane's base level is known
		for (Sweep l : lanes) Specks.clean(s, l.path, l.ch, l.central, sigma, l.specks, l.sum);
		List<LaneProfile> out = new ArrayList<>();
		for (Sweep l : lanes) out.add(l.finish());
		return out;
	}

	/** One lane's state during the sweep. */
	private static final class Sweep {
		final LanePath path;
		final double[] central, sum, buf;
		final int[] count;
		final SpeckCandidates specks = new SpeckCandidates();
		final int ch;

		Sweep(LanePath path, int H) {
			this.path = path;
			central = new double[H];
			sum = new double[H];
			count = new int[H];
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
			double suspect = central[y] + Specks.CORE_SD * sigma;
			if (top > suspect) specks.scan(span, from, y, l, r, suspect, sigma);
		}

		/**
		 * {@link #first} for whole-number data, in integer arithmetic (which the JIT vectorises): the
		 * double sums there are exact, so the results are the same to the last bit. Most rows need
		 * only sums and extremes, taken on the stored values themselves (a dark-bands signal is the
		 * reference minus the value, so its sums and extremes follow from theirs exactly); the row's
		 * signal values are written out only for the trimmed mean or the speck scan.
		 */
		void firstInt(Signal s, int y, int W, double sigma, int[] span) {
			int c = (int) Math.round(path.centreAt(y));
			int cl = Math.max(0, c - ch), cr = Math.min(W - 1, c + ch);
			int l = Math.max(0, path.left(y)), r = Math.min(W - 1, path.right(y));
			int n = cr - cl + 1, m = r - l + 1;
			// int sums cannot overflow below 32768 pixels of at most 16 bits
			if (n <= 0 || l > cl || cr > r || m >= 32768) {
				firstIntFromSpan(s, y, W, sigma, span);
				return;
			}
			short[] sh = s.image.shorts();
			byte[] b = s.image.bytes();
			int o = y * W, tRaw = 0, fRaw = 0, rawLo = Integer.MAX_VALUE, rawHi = Integer.MIN_VALUE;
			if (sh != null) {
				for (int x = cl; x <= cr; x++) {
					int v = sh[o + x] & 0xffff;
					tRaw += v;
					rawLo = Math.min(rawLo, v);
					rawHi = Math.max(rawHi, v);
				}
				for (int x = l; x < cl; x++) fRaw += sh[o + x] & 0xffff;
				for (int x = cr + 1; x <= r; x++) fRaw += sh[o + x] & 0xffff;
			}
			else {
				for (int x = cl; x <= cr; x++) {
					int v = b[o + x] & 0xff;
					tRaw += v;
					rawLo = Math.min(rawLo, v);
					rawHi = Math.max(rawHi, v);
				}
				for (int x = l; x < cl; x++) fRaw += b[o + x] & 0xff;
				for (int x = cr + 1; x <= r; x++) fRaw += b[o + x] & 0xff;
			}
			long ref = s.intRef(), t, box;
			int lo, hi;
			if (s.light) {
				t = tRaw;
				lo = rawLo;
				hi = rawHi;
				box = (long) tRaw + fRaw;
			}
			else {
				t = n * ref - tRaw;
				lo = (int) (ref - rawHi);
				hi = (int) (ref - rawLo);
				box = m * ref - tRaw - fRaw;
			}
			double mean = (double) t / n;
			boolean loaded = false;
			if (hi - mean <= 5 * sigma && mean - lo <= 5 * sigma) central[y] = mean;
			else {
				s.rowInt(y, l, r, span);
				loaded = true;
				central[y] = trimmedMeanOfInts(span, cl - l, n, lo, hi);
			}
			sum[y] = box;
			count[y] = m;
			double suspect = central[y] + Specks.CORE_SD * sigma;
			int above = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, Math.floor(suspect)));
			// a signal above that level: a stored value above it (light bands) or below the reference minus it
			boolean any = false;
			if (s.light) {
				if (sh != null) for (int x = l; x <= r && !any; x++) any = (sh[o + x] & 0xffff) > above;
				else for (int x = l; x <= r && !any; x++) any = (b[o + x] & 0xff) > above;
			}
			else {
				long below = ref - above;
				if (sh != null) for (int x = l; x <= r && !any; x++) any = (sh[o + x] & 0xffff) < below;
				else for (int x = l; x <= r && !any; x++) any = (b[o + x] & 0xff) < below;
			}
			if (!any) return;
			if (!loaded) s.rowInt(y, l, r, span);
			specks.scan(span, l, y, l, r, suspect, sigma);
		}

		/** {@link #firstInt} through the row's signal values, for boxes that do not hold the central part. */
		private void firstIntFromSpan(Signal s, int y, int W, double sigma, int[] span) {
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
			else central[y] = trimmedMeanOfInts(span, cl - from, n, lo, hi);
			// the box holds the central part: only its flanks are left to add (exact, so in any order)
			if (l <= cl && cr <= r && n > 0) sum[y] = t + sum(span, l - from, cl - l) + sum(span, cr + 1 - from, r - cr);
			else sum[y] = sum(span, l - from, r - l + 1);
			count[y] = Math.max(0, r - l + 1);
			// whole numbers above the speck level are those above its floor: an int compare per pixel
			double suspect = central[y] + Specks.CORE_SD * sigma;
			int above = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, Math.floor(suspect)));
			boolean any = false;
			for (int x = l; x <= r && !any; x++) any = span[x - from] > above;
			// while the row is in the cache: the pixels that may be speck cores
			if (any) specks.scan(span, from, y, l, r, suspect, sigma);
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

		LaneProfile finish() {
			int H = central.length;
			// rows the lane does not cover: flat (no bands), zero pixels (no volume, no background weight)
			for (int y = 0; y < path.top(); y++) central[y] = central[path.top()];
			for (int y = path.bottom() + 1; y < H; y++) central[y] = central[path.bottom()];
			return new LaneProfile(central, sum, count, Peaks.noise(central, path.top(), path.bottom() + 1));
		}
	}

	/** Mean of buf[0..n) without the top and bottom {@link #TRIM} (buf is sorted in place). */
	static double trimmedMean(double[] buf, int n, double fallback) {
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

	/**
	 * {@link #trimmedMean} of a[from .. from + n - 1], whole numbers between lo and hi (n >= 1),
	 * without reordering them: the two cut values q (the k-th smallest) and r (the k-th largest)
	 * by bisection on the value, each step one count of the values at or below a level, then
	 * sum of the values clamped to [q, r] - k q - k r. The trimmed-off values count as q and r in
	 * the clamped sum, so subtracting them leaves exactly the middle values' sum, ties included;
	 * it is an exact integer, so the result has the sort's bits. Bands crossing the central part
	 * send many rows of a big scan here (40 % of them on the 6000 x 4000 speed scan): the counts
	 * have no data-dependent branches, unlike the partitions of a selection, and take about half
	 * its time.
	 */
	static double trimmedMeanOfInts(int[] a, int from, int n, int lo, int hi) {
		int k = (int) (TRIM * n), end = from + n;
		// both bisections share each pass over the values
		int qLo = lo, qHi = hi, rLo = lo, rHi = hi;
		while (qLo < qHi || rLo < rHi) {
			// floor halves (>> 1), so negative values bisect too; 8/16-bit values cannot overflow the sum
			int qm = (qLo + qHi) >> 1, rm = (rLo + rHi) >> 1, qc = 0, rc = 0;
			for (int i = from; i < end; i++) {
				int v = a[i];
				qc += v <= qm ? 1 : 0;
				rc += v <= rm ? 1 : 0;
			}
			if (qc >= k + 1) qHi = qm;
			else qLo = qm + 1;
			if (rc >= n - k) rHi = rm;
			else rLo = rm + 1;
		}
		long t = 0;
		for (int i = from; i < end; i++) t += Math.max(qLo, Math.min(rLo, a[i]));
		t -= (long) k * qLo + (long) k * rLo;
		return (double) t / (n - 2 * k);
	}

	/** Per-pixel mean over the whole box width in row y. */
	double fullMean(int y) {
		return count[y] > 0 ? sum[y] / count[y] : 0;
	}
}
