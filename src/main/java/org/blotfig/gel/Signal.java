package org.blotfig.gel;

import java.util.Arrays;

/**
 * The image seen as "signal up": for light bands the values themselves, for dark bands their
 * distance below a fixed reference. No copy of the pixels is made (a 6000x4000 scan stays
 * within a few times its own size); NaN pixels read as the median so they neither add nor
 * remove signal. Also knows the clip level at which a pixel counts as saturated.
 */
final class Signal {

	final GelImage image;
	final boolean light;
	private final float[] v;
	private final double ref;
	private final float nanValue;
	/** Raw value at which pixels are clipped (type extreme or a flat clipped top); NaN if none. */
	final double clipValue;
	/** True when {@link #clipValue} is the storage type's own extreme, where a pixel there is surely clipped. */
	final boolean clipAtTypeLimit;

	Signal(GelImage image, boolean light, Stats stats) {
		this.image = image;
		this.light = light;
		this.v = image.values();
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
		d = Arrays.copyOf(d, n);
		double med = Peaks.median(d.clone());
		for (int i = 0; i < n; i++) d[i] = Math.abs(d[i] - med);
		return 1.4826 * Peaks.median(d) / Math.sqrt(2);
	}

	/** Signal at a pixel index. */
	double at(int i) {
		float x = v[i];
		if (x != x) x = nanValue;
		return light ? x : ref - x;
	}

	double at(int x, int y) {
		return at(y * image.width() + x);
	}

	/** Converts raw values (e.g. a background image) to signal units, in place. */
	float[] toSignal(float[] raw) {
		if (!light) for (int i = 0; i < raw.length; i++) raw[i] = (float) (ref - raw[i]);
		return raw;
	}

	boolean clipped(int i) {
		return clipValue == clipValue && v[i] == clipValue;
	}

	/**
	 * Saturation sits at the storage type's extreme in the direction of the signal. A flat
	 * clipped top below it (a 12-bit camera in a 16-bit file, an export with a display range)
	 * shows as many pixels sharing exactly the most extreme value.
	 */
	private static double clipValue(GelImage img, boolean light, Stats s) {
		double typeEnd = light ? img.typeMax() : img.typeMin();
		double dataEnd = light ? s.max : s.min;
		int count = light ? s.atMax : s.atMin;
		if (!Double.isInfinite(typeEnd) && dataEnd == typeEnd) return typeEnd;
		boolean far = Math.abs(dataEnd - s.median) > 0.2 * (s.max - s.min);
		if (far && count >= Math.max(16, 2e-5 * s.finite)) return dataEnd;
		return Double.NaN;
	}

	/** Whole-image statistics from one pass plus a subsample for percentiles. */
	static final class Stats {
		double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY, median;
		double pLow, pHigh;
		int atMin, atMax;
		long finite;

		static Stats of(GelImage img) {
			Stats s = new Stats();
			float[] v = img.values();
			for (float x : v) {
				if (x != x || Float.isInfinite(x)) continue;
				s.finite++;
				if (x < s.min) {
					s.min = x;
					s.atMin = 0;
				}
				if (x > s.max) {
					s.max = x;
					s.atMax = 0;
				}
				if (x == s.min) s.atMin++;
				if (x == s.max) s.atMax++;
			}
			if (s.finite == 0) return s;
			int stride = (int) Math.max(1, v.length / 50_000);
			float[] sample = new float[(v.length + stride - 1) / stride];
			int n = 0;
			for (int i = 0; i < v.length; i += stride) if (!Float.isNaN(v[i]) && !Float.isInfinite(v[i])) sample[n++] = v[i];
			if (n == 0) sample[n++] = (float) s.min;
			Arrays.sort(sample, 0, n);
			s.median = sample[n / 2];
			s.pLow = sample[(int) Math.floor(0.001 * (n - 1))];
			s.pHigh = sample[(int) Math.ceil(0.999 * (n - 1))];
			return s;
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
