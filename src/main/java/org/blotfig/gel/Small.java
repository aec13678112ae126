package org.blotfig.gel;

import java.util.Arrays;

/**
 * A block-averaged copy of the signal (at most about 1000 px on its long side) with the
 * slowly varying background removed along each column, for finding lanes quickly. Only the
 * geometry found here is used; all measurements are made on the full-resolution pixels.
 */
final class Small {

	final int factor, w, h;
	/** Band signal above a vertical morphological opening (a top-hat), >= 0. */
	final float[] tophat;
	/** The non-zero top-hat pixels of row y are nzX/nzValue[rowStart[y] .. rowStart[y + 1] - 1], by x. */
	final int[] rowStart, nzX;
	final float[] nzValue;
	/**
	 * What {@link #despeckle} took off the top-hat: small-image pixel indices and amounts. Lane
	 * widths are still measured with these put back (see {@link LaneFinder}).
	 */
	final int[] speckIndex;
	final float[] speckAmount;
	/**
	 * Dust specks are narrower than this (full-resolution px, with their soft rim) and lanes
	 * wider: the row window of the speck filter's median spans it.
	 */
	static final double SPECK_WINDOW = 11;
	/** A top-hat pixel this many noise SD (of the smoothed small image) above its row window's median is a speck ... */
	static final double SPECK_SD = 4;
	/**
	 * ... and this fraction of that median above it: on real scans the noise estimate can be 0
	 * (smooth or coarsely quantised exports), and the texture of bands and lane edges must not
	 * count as specks there; a dust speck stands far above its surroundings.
	 */
	static final double SPECK_FRACTION = 0.5;
	/**
	 * Height (full-resolution rows) of the clipped plateaus that rise above the usual top-hat
	 * window, such as a heavily saturated loading-control bar; 0 when there are none.
	 */
	final int tallClip;

	Small(Signal s) {
		this(s, null);
	}

	/**
	 * @param raw the raw block sums from the statistics pass, or null to read the pixels here
	 *        (also when NaN pixels make the raw sums unusable)
	 */
	Small(Signal s, BlockSums raw) {
		GelImage img = s.image;
		int W = img.width(), H = img.height();
		factor = BlockSums.factor(W, H);
		w = Math.max(1, W / factor);
		h = Math.max(1, H / factor);
		float[] a = new float[w * h];
		double norm = 1.0 / (factor * factor);
		if (raw != null) {
			for (int i = 0; i < a.length; i++) a[i] = (float) (s.fromRawSum(raw.sum[i], factor * factor) * norm);
		}
		else {
			double[] rowBuf = new double[w * factor];
			for (int y = 0; y < h; y++) {
				for (int dy = 0; dy < factor; dy++) {
					s.row(y * factor + dy, 0, w * factor - 1, rowBuf);
					for (int x = 0, i = 0; x < w; x++) {
						double sum = 0;
						for (int dx = 0; dx < factor; dx++) sum += rowBuf[i++];
						a[y * w + x] += sum;
					}
				}
			}
			for (int i = 0; i < a.length; i++) a[i] *= norm;
		}
		double sigma = noise(a, w, h);
		int clipRun = clippedRun(a, w, h, s.clipSignal(), s.integer(), factor) * factor;
		a = smooth121(a, w, h);
		// [1 2 1]/4 in x and y leaves 0.375 of the noise standard deviation
		double floor = 3 * 0.375 * sigma;
		// Window taller than any band (48 px, more on big scans) but short enough that broad
		// blotches and gradients count as background.
		int kFull = Math.max(48, H / 20);
		// A saturated band's core is flat at the clip level: an opening no taller than the core
		// takes it for background, and the lane shows as a notch. The window then spans the core
		// twice (its flanks too).
		tallClip = 2 * clipRun > kFull ? clipRun : 0;
		if (tallClip > 0) kFull = 2 * clipRun;
		int k = Math.max(3, Math.min(h, kFull / factor));
		tophat = verticalTophat(a, w, h, k);
		// noise alone leaves a positive top-hat floor that would blur the lane projection
		for (int i = 0; i < tophat.length; i++) {
			double t = tophat[i] - floor;
			tophat[i] = (float) (t > 0 || t != t ? t : 0);
		}
		// dust specks: HARD film specks (30 % of full scale) outweigh a lane whose only signal is
		// one faint band, summed down a column, and pull the lattice and the lane paths to them
		int r = (int) Math.max(1, Math.round(0.5 * (SPECK_WINDOW - 1) / factor));
		Taken taken = despeckle(tophat, w, h, r, SPECK_SD * 0.375 * sigma);
		speckIndex = Arrays.copyOf(taken.index, taken.n);
		speckAmount = Arrays.copyOf(taken.amount, taken.n);
		// the top-hat is mostly zero: its non-zero pixels row by row make the many projections cheap
		int nz = 0;
		for (float v : tophat) if (v != 0) nz++;
		rowStart = new int[h + 1];
		nzX = new int[nz];
		nzValue = new float[nz];
		for (int y = 0, j = 0; y < h; y++) {
			rowStart[y] = j;
			for (int x = 0; x < w; x++) {
				float v = tophat[y * w + x];
				if (v == 0) continue;
				nzX[j] = x;
				nzValue[j++] = v;
			}
			rowStart[y + 1] = j;
		}
	}

	/**
	 * A row-wise median filter applied only where it matters: a pixel that stands more than
	 * {@code bar} and {@link #SPECK_FRACTION} of the median above the median of the 2r + 1 pixels
	 * of its row around it is narrower than
	 * half that window (a band spans its lane, and at a band's edge the median is the pixel's own
	 * side); when it also stands as far above the median of its column's 2r + 1 pixels it is
	 * short too, a speck, and takes its row median's value. Everything else, the noise on bands
	 * included, stays as it was. Returns the pixels changed and the amounts taken off.
	 */
	static Taken despeckle(float[] t, int w, int h, int r, double bar) {
		Taken out = new Taken();
		float[] win = new float[2 * r + 1];
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				float v = t[y * w + x];
				if (!(v > bar)) continue;
				int a = Math.max(0, x - r), b = Math.min(w - 1, x + r), n = 0;
				float min = v;
				for (int j = a; j <= b; j++) min = Math.min(min, t[y * w + j]);
				// the median is at least the minimum: most pixels end here
				if (v - min <= bar) continue;
				for (int j = a; j <= b; j++) win[n++] = t[y * w + j];
				Arrays.sort(win, 0, n);
				float med = win[n / 2];
				if (!(v - med > Math.max(bar, SPECK_FRACTION * med))) continue;
				// ... and above its column's too: a speck is short as well as narrow, while the
				// dark edge of a smiling band (narrow, but running down the lane) is not
				n = 0;
				for (int j = Math.max(0, y - r); j <= Math.min(h - 1, y + r); j++) win[n++] = t[j * w + x];
				Arrays.sort(win, 0, n);
				if (v - win[n / 2] > Math.max(bar, SPECK_FRACTION * win[n / 2])) out.add(y * w + x, v - med);
			}
		}
		// changed once all are found: every median sees the top-hat as it was
		for (int k = 0; k < out.n; k++) t[out.index[k]] -= out.amount[k];
		return out;
	}

	/** Pixels the speck filter changed: small-image index and the amount taken off. */
	static final class Taken {
		int n;
		int[] index = new int[16];
		float[] amount = new float[16];

		void add(int i, float a) {
			if (n == index.length) {
				index = Arrays.copyOf(index, 2 * n);
				amount = Arrays.copyOf(amount, 2 * n);
			}
			index[n] = i;
			amount[n++] = a;
		}
	}

	/**
	 * The longest vertical run of clipped small pixels (every pixel of the block at the clip
	 * level) that at least a fiftieth of the columns reach: a bar across several lanes, not one
	 * dark spot or a line.
	 */
	private static int clippedRun(float[] a, int w, int h, double clip, boolean integer, int factor) {
		if (clip != clip) return 0;
		// block means of whole numbers: one level of one pixel moves the mean by 1 / factor^2
		double tol = integer ? 0.5 / (factor * factor) : 1e-6 * Math.abs(clip);
		int[] run = new int[w], longest = new int[w];
		for (int y = 0, i = 0; y < h; y++)
			for (int x = 0; x < w; x++, i++) {
				run[x] = a[i] >= clip - tol ? run[x] + 1 : 0;
				if (run[x] > longest[x]) longest[x] = run[x];
			}
		Arrays.sort(longest);
		return longest[Math.max(0, w - 1 - Math.max(2, w / 50))];
	}

	/** Pixel noise from the MAD of horizontal neighbour differences (on a subsample of rows). */
	private static double noise(float[] a, int w, int h) {
		if (w < 2) return 0;
		int step = Math.max(1, h / 50);
		int rows = (h + step - 1) / step;
		double[] d = new double[rows * (w - 1)];
		int n = 0;
		for (int y = 0; y < h; y += step)
			for (int x = 1; x < w; x++) d[n++] = a[y * w + x] - a[y * w + x - 1];
		return Peaks.differenceNoise(d, n);
	}

	/** [1 2 1]/4 in x, then in y, in place (a row or two of copies instead of two image-sized arrays). */
	private static float[] smooth121(float[] a, int w, int h) {
		float[] row = new float[w];
		for (int y = 0; y < h; y++) {
			System.arraycopy(a, y * w, row, 0, w);
			for (int x = 0; x < w; x++) {
				float l = row[x > 0 ? x - 1 : x], r = row[x < w - 1 ? x + 1 : x];
				a[y * w + x] = 0.25f * l + 0.5f * row[x] + 0.25f * r;
			}
		}
		// the row above, as it was before this pass
		float[] up = new float[w], cur = new float[w];
		for (int y = 0; y < h; y++) {
			System.arraycopy(a, y * w, cur, 0, w);
			float[] u = y > 0 ? up : cur;
			int below = y < h - 1 ? (y + 1) * w : y * w;
			for (int x = 0; x < w; x++) {
				// the row below is not yet overwritten (for the last row it is the row itself, from cur)
				float d = y < h - 1 ? a[below + x] : cur[x];
				a[y * w + x] = 0.25f * u[x] + 0.5f * cur[x] + 0.25f * d;
			}
			float[] t = up;
			up = cur;
			cur = t;
		}
		return a;
	}

	/** x in full-resolution coordinates of a small-image column centre. */
	double toFull(double small) {
		return (small + 0.5) * factor - 0.5;
	}

	/** Columns opened together (so that the running min/max vectorise across them). */
	private static final int STRIP = 64;

	private static float[] verticalTophat(float[] a, int w, int h, int k) {
		float[] out = new float[a.length];
		float[][] cols = null, tmp = null, open = null, g = null, hh = null;
		for (int x0 = 0; x0 < w; x0 += STRIP) {
			int m = Math.min(STRIP, w - x0);
			if (cols == null || cols[0].length != m) {
				cols = new float[h][m];
				tmp = new float[h][m];
				open = new float[h][m];
				g = new float[h][m];
				hh = new float[h][m];
			}
			for (int y = 0; y < h; y++) System.arraycopy(a, y * w + x0, cols[y], 0, m);
			Morph.min(cols, tmp, k, g, hh);
			Morph.max(tmp, open, k, g, hh);
			for (int y = 0; y < h; y++)
				for (int j = 0; j < m; j++) out[y * w + x0 + j] = Math.max(0, cols[y][j] - open[y][j]);
		}
		return out;
	}
}
