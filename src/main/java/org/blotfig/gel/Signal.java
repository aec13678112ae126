package org.blotfig.gel;

import java.util.Arrays;

/**
 * The image seen as "signal up": for light bands the values themselves, for dark bands their
 * distance below a fixed reference. Reads the image's own 8/16-bit or float array (no copy of
 * the pixels is made: a 6000x4000 scan stays within a few times its own size); NaN pixels read
 * as the median so they neither add nor remove signal. Also knows the clip level at which a
 * pixel counts as saturated.
 */
final class Signal {

	final GelImage image;
	final boolean light;
	private final byte[] bytes;
	private final short[] shorts;
	private final float[] floats;
	private final double ref;
	private final float nanValue;
	/** Raw value at which pixels are clipped (type extreme or a flat clipped top); NaN if none. */
	final double clipValue;
	/** True when {@link #clipValue} is the storage type's own extreme, where a pixel there is surely clipped. */
	final boolean clipAtTypeLimit;

	Signal(GelImage image, boolean light, Stats stats) {
		this.image = image;
		this.light = light;
		this.bytes = image.bytes();
		this.shorts = image.shorts();
		this.floats = image.floats();
		double r = Double.isInfinite(image.typeMax()) ? stats.max : image.typeMax();
		this.ref = r;
		this.nanValue = (float) stats.median;
		this.clipValue = clipValue(image, light, stats);
		this.clipAtTypeLimit = clipValue == (light ? image.typeMax() : image.typeMin());
	}

	/** Pixel noise standard deviation (background), from neighbour differences on a subsample of rows. */
	double pixelNoise() {
		if (pixelNoise < 0) pixelNoise = estimateNoise();
		return pixelNoise;
	}

	private double pixelNoise = -1;

	private double estimateNoise() {
		int W = image.width(), H = image.height();
		// about 50 rows of at most 1000 neighbour pairs: plenty for a MAD, cheap on big scans
		int step = Math.max(1, H / 50), xstep = Math.max(1, (W - 1) / 1000);
		double[] d = new double[((H + step - 1) / step) * ((W - 1) / xstep + 1)];
		int n = 0;
		for (int y = 0; y < H; y += step)
			for (int x = 1; x < W; x += xstep) d[n++] = at(y * W + x) - at(y * W + x - 1);
		if (n < 3) return 0;
		return Peaks.differenceNoise(d, n);
	}

	/** Raw value at a pixel index (NaN kept). */
	private float raw(int i) {
		return shorts != null ? shorts[i] & 0xffff : bytes != null ? bytes[i] & 0xff : floats[i];
	}

	/** The fixed reference that dark-band signal is measured down from (unused for light bands). */
	double reference() {
		return ref;
	}

	/** Signal at a pixel index. */
	double at(int i) {
		float x = raw(i);
		if (x != x) x = nanValue;
		return light ? x : ref - x;
	}

	double at(int x, int y) {
		return at(y * image.width() + x);
	}

	/** Signal of pixels x0..x1 (inclusive) of row y into out[0..x1-x0]: one typed loop, no per-pixel dispatch. */
	void row(int y, int x0, int x1, double[] out) {
		int i0 = y * image.width() + x0, n = x1 - x0 + 1;
		if (shorts != null) {
			if (light) for (int k = 0; k < n; k++) out[k] = shorts[i0 + k] & 0xffff;
			else for (int k = 0; k < n; k++) out[k] = ref - (shorts[i0 + k] & 0xffff);
		}
		else if (bytes != null) {
			if (light) for (int k = 0; k < n; k++) out[k] = bytes[i0 + k] & 0xff;
			else for (int k = 0; k < n; k++) out[k] = ref - (bytes[i0 + k] & 0xff);
		}
		else for (int k = 0; k < n; k++) out[k] = at(i0 + k);
	}

	/** True for 8/16-bit data: the signal is then a whole number, and sums of it are exact in any order. */
	boolean integer() {
		return floats == null;
	}

	/** The dark-bands reference as a whole number ({@link #integer()} data: the type maximum). */
	int intRef() {
		return (int) ref;
	}

	/** Like {@link #row} for {@link #integer()} data, as ints. */
	void rowInt(int y, int x0, int x1, int[] out) {
		int i0 = y * image.width() + x0, n = x1 - x0 + 1, r = (int) ref;
		if (shorts != null) {
			if (light) for (int k = 0; k < n; k++) out[k] = shorts[i0 + k] & 0xffff;
			else for (int k = 0; k < n; k++) out[k] = r - (shorts[i0 + k] & 0xffff);
		}
		else {
			if (light) for (int k = 0; k < n; k++) out[k] = bytes[i0 + k] & 0xff;
			else for (int k = 0; k < n; k++) out[k] = r - (bytes[i0 + k] & 0xff);
		}
	}

	/** The signal of a clipped pixel (NaN when nothing is clipped). */
	double clipSignal() {
		return clipValue != clipValue ? Double.NaN : light ? clipValue : ref - clipValue;
	}

	/** Converts raw values (e.g. a background image) to signal units, in place. */
	float[] toSignal(float[] raw) {
		if (!light) for (int i = 0; i < raw.length; i++) raw[i] = (float) (ref - raw[i]);
		return raw;
	}

	boolean clipped(int i) {
		return clipValue == clipValue && raw(i) == clipValue;
	}

	/** Sum of signal over n pixels whose raw values sum to rawSum (no NaN among them). */
	double fromRawSum(double rawSum, int n) {
		return light ? rawSum : n * ref - rawSum;
	}

	/**
	 * Saturation sits at the storage type's extreme in the direction of the signal. A flat
	 * clipped top below it (a 12-bit camera in a 16-bit file, an export with a display range)
	 * shows as many pixels sharing exactly the most extreme value.
	 */
	private static double clipValue(GelImage img, boolean light, Stats s) {
		double typeEnd = light ? img.typeMax() : img.typeMin();
		double dataEnd = light ? s.max : s.min;
		if (!Double.isInfinite(typeEnd) && dataEnd == typeEnd) return typeEnd;
		boolean far = Math.abs(dataEnd - s.median) > 0.2 * (s.max - s.min);
		if (far && (light ? s.atMax() : s.atMin()) >= Math.max(16, 2e-5 * s.finite)) return dataEnd;
		return Double.NaN;
	}

	/**
	 * Whole-image statistics from one pass plus a subsample for percentiles. The same pass can
	 * fill the raw block sums of the small image for lane finding, so the pixels are read once.
	 */
	static final class Stats {
		double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY, median;
		double pLow, pHigh;
		/** Pixels at the minimum and maximum; -1 until counted (8/16-bit data: only when asked). */
		private int atMin = -1, atMax = -1;
		private GelImage image;
		/** 8/16-bit: extremes of each group of {@link #group} rows, so that counting visits only the groups that reach them. */
		private int[] groupMin, groupMax;
		private int group;
		long finite;
		/** Pixels that are NaN (they read as the median, unknown during the pass). */
		long nan;

		int atMin() {
			if (atMin < 0) atMin = count((int) min, groupMin);
			return atMin;
		}

		int atMax() {
			if (atMax < 0) atMax = count((int) max, groupMax);
			return atMax;
		}

		static Stats of(GelImage img) {
			return of(img, null);
		}

		/** @param blocks raw block sums to fill in the same pass, or null */
		static Stats of(GelImage img, BlockSums blocks) {
			Stats s = new Stats();
			s.image = img;
			if (img.floats() != null) s.passFloat(img, blocks);
			else s.passInt(img, blocks);
			if (s.finite == 0) return s;
			int len = img.width() * img.height();
			int stride = (int) Math.max(1, len / 50_000);
			float[] sample = new float[(len + stride - 1) / stride];
			int n = 0;
			for (int i = 0; i < len; i += stride) {
				float v = img.raw(i);
				if (!Float.isNaN(v) && !Float.isInfinite(v)) sample[n++] = v;
			}
			if (n == 0) sample[n++] = (float) s.min;
			int iMid = n / 2, iLow = (int) Math.floor(0.001 * (n - 1)), iHigh = (int) Math.ceil(0.999 * (n - 1));
			if (img.floats() == null) {
				// whole numbers: three selections give the sorted sample's values at a fraction of a sort
				double[] d = new double[n];
				for (int i = 0; i < n; i++) d[i] = sample[i];
				s.median = Peaks.select(d, 0, n - 1, iMid);
				s.pLow = Peaks.select(d, 0, iMid, iLow);
				s.pHigh = Peaks.select(d, iMid, n - 1, iHigh);
				return s;
			}
			Arrays.sort(sample, 0, n);
			s.median = sample[iMid];
			s.pLow = sample[iLow];
			s.pHigh = sample[iHigh];
			return s;
		}

		/**
		 * 8/16-bit: integer extremes and exact integer block sums, in one loop per row (or pair of
		 * rows) that adds to running column sums and takes the row's minimum and maximum, both of
		 * which the JIT vectorises.
		 * How many pixels sit at an extreme is counted later, only when it is needed.
		 */
		private void passInt(GelImage img, BlockSums blocks) {
			int W = img.width(), H = img.height();
			byte[] b = img.bytes();
			short[] sh = img.shorts();
			// rows are grouped as the blocks' rows (or by 4 without blocks)
			int f = blocks == null ? 4 : blocks.factor, bw = blocks == null ? 0 : blocks.w;
			int blockRows = blocks == null ? 0 : blocks.h * f;
			group = f;
			groupMin = new int[(H + f - 1) / f];
			groupMax = new int[groupMin.length];
			int[] col = new int[W];
			int mn = Integer.MAX_VALUE, mx = Integer.MIN_VALUE;
			// the current row group's extremes: running minima and maxima of each row's values, which
			// the JIT vectorises as reductions (per-column extremes in arrays cost two more array
			// streams per pixel: 12.5 against 7 ms a pass on a 4000 x 3000 scan)
			int gmn = Integer.MAX_VALUE, gmx = Integer.MIN_VALUE;
			for (int next = 0; next < H;) {
				int y = next, o = y * W;
				boolean first = y % f == 0;
				if (first) {
					gmn = Integer.MAX_VALUE;
					gmx = Integer.MIN_VALUE;
				}
				int rmn = Integer.MAX_VALUE, rmx = Integer.MIN_VALUE;
				if (sh != null && y + 1 < H && (y + 1) % f != 0) {
					// 16-bit, two rows of a group at once: half the traffic to the column sums
					int o2 = o + W;
					if (first) for (int x = 0; x < W; x++) {
						int v = sh[o + x] & 0xffff, u = sh[o2 + x] & 0xffff;
						rmn = Math.min(rmn, Math.min(v, u));
						rmx = Math.max(rmx, Math.max(v, u));
						col[x] = v + u;
					}
					else for (int x = 0; x < W; x++) {
						int v = sh[o + x] & 0xffff, u = sh[o2 + x] & 0xffff;
						rmn = Math.min(rmn, Math.min(v, u));
						rmx = Math.max(rmx, Math.max(v, u));
						col[x] += v + u;
					}
					y++;
				}
				// a group's first row starts the column sums
				else if (first) {
					if (sh != null) for (int x = 0; x < W; x++) {
						int v = sh[o + x] & 0xffff;
						rmn = Math.min(rmn, v);
						rmx = Math.max(rmx, v);
						col[x] = v;
					}
					else for (int x = 0; x < W; x++) {
						int v = b[o + x] & 0xff;
						rmn = Math.min(rmn, v);
						rmx = Math.max(rmx, v);
						col[x] = v;
					}
				}
				else if (sh != null) for (int x = 0; x < W; x++) {
					int v = sh[o + x] & 0xffff;
					rmn = Math.min(rmn, v);
					rmx = Math.max(rmx, v);
					col[x] += v;
				}
				else for (int x = 0; x < W; x++) {
					int v = b[o + x] & 0xff;
					rmn = Math.min(rmn, v);
					rmx = Math.max(rmx, v);
					col[x] += v;
				}
				gmn = Math.min(gmn, rmn);
				gmx = Math.max(gmx, rmx);
				next = y + 1;
				if (y % f != f - 1 && y != H - 1) continue;
				// end of a row group: its extremes, and the block sums of its row of blocks
				groupMin[y / f] = gmn;
				groupMax[y / f] = gmx;
				mn = Math.min(mn, gmn);
				mx = Math.max(mx, gmx);
				if (y < blockRows) {
					double[] sum = blocks.sum;
					int at = (y / f) * bw;
					for (int bx = 0, x = 0; bx < bw; bx++) {
						long t = 0;
						for (int e = x + f; x < e; x++) t += col[x];
						sum[at + bx] = t;
					}
				}
			}
			min = mn;
			max = mx;
			finite = (long) W * H;
		}

		/** Pixels equal to value (8/16-bit data), in the row groups whose extreme it is. */
		private int count(int value, int[] groupExtreme) {
			int c = 0, W = image.width(), H = image.height();
			short[] sh = image.shorts();
			byte[] b = image.bytes();
			for (int g = 0; g < groupExtreme.length; g++) {
				if (groupExtreme[g] != value) continue;
				int from = g * group * W, to = Math.min(H, (g + 1) * group) * W;
				if (sh != null) for (int i = from; i < to; i++) c += (sh[i] & 0xffff) == value ? 1 : 0;
				else for (int i = from; i < to; i++) c += (b[i] & 0xff) == value ? 1 : 0;
			}
			return c;
		}

		private void passFloat(GelImage img, BlockSums blocks) {
			int W = img.width(), H = img.height();
			float[] v = img.floats();
			double lo = min, hi = max;
			int cmn = 0, cmx = 0;
			long fin = 0, nans = 0;
			int f = blocks == null ? 0 : blocks.factor, bw = blocks == null ? 0 : blocks.w;
			int blockRows = blocks == null ? 0 : blocks.h * f;
			for (int y = 0; y < H; y++) {
				int o = y * W;
				for (int x = 0; x < W; x++) {
					float p = v[o + x];
					if (p != p) nans++;
					if (p != p || Float.isInfinite(p)) continue;
					fin++;
					if (p < lo) {
						lo = p;
						cmn = 0;
					}
					if (p > hi) {
						hi = p;
						cmx = 0;
					}
					if (p == lo) cmn++;
					if (p == hi) cmx++;
				}
				if (y < blockRows) {
					double[] sum = blocks.sum;
					int at = (y / f) * bw;
					for (int bx = 0, x = o; bx < bw; bx++) {
						double t = 0;
						for (int e = x + f; x < e; x++) t += v[x];
						sum[at + bx] += t;
					}
				}
			}
			min = lo;
			max = hi;
			atMin = cmn;
			atMax = cmx;
			finite = fin;
			nan = nans;
		}
	}

	/**
	 * Bands are rare outliers on a mostly uniform membrane, so the value distribution has its long
	 * tail on the side of the bands: light bands when the far upper tail is further from the
	 * median than the far lower tail.
	 */
	static Polarity detect(Stats s) {
		return s.pHigh - s.median >= s.median - s.pLow ? Polarity.LIGHT_BANDS : Polarity.DARK_BANDS;
	}
}
