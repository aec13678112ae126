package org.blotfig.gel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures called bands in one lane: background under each band by the chosen method, volume
 * (box sum minus background volume), peak, width at half maximum, SNR, saturated pixels, flags.
 */
final class Quantifier {

	/**
	 * A band is flagged saturated when its profile has a flat clipped top: in at least
	 * {@link #SATURATED_ROWS} rows, this fraction of the lane's central pixels sit at the clip
	 * level. Isolated clipped pixels (noise, a speck, an export's display range catching the
	 * darkest grains) are counted in saturated_px but do not make the volume a lower bound.
	 */
	static final double SATURATED_ROW_FRACTION = 0.5;
	static final int SATURATED_ROWS = 2;
	/**
	 * ... or, when the clip level is the storage type's own limit, when this many pixels in the
	 * lane's central part of the band sit there: noise on a band whose peak reaches the ceiling
	 * clips a few pixels before the top turns flat, and the volume is already a lower bound. (A
	 * clip level found below the type limit can be mere 8-bit quantisation of the darkest grains,
	 * so it needs the flat top.)
	 */
	static final int SATURATED_CENTRE_PX = 3;

	/** Valley windows are this fraction of the band cluster's extent (measured on the accuracy grid). */
	static final double WINDOW = 0.9;

	private final Signal s;
	private final GelParams params;
	/** Whole-image background in signal units (2-D rolling ball), or null. */
	private final float[] bgImage;

	Quantifier(Signal s, GelParams params, float[] bgImage) {
		this.s = s;
		this.params = params;
		this.bgImage = bgImage;
	}

	/**
	 * @param gap the gaps left and right of the lane ({@link LaneGap#all}; a side may be null), for
	 *          the valley baseline's sideways check, or null
	 */
	List<Band> measure(int laneIndex, LanePath path, LaneProfile p, LaneGap[] gap, List<BandCaller.Call> calls) {
		int H = p.central.length;
		double[] fm = new double[H];
		for (int y = 0; y < H; y++) fm[y] = p.fullMean(y);
		double[] rbFull = null, rbCentral = null;
		if (params.background == BackgroundMethod.ROLLING_BALL) {
			rbFull = Baselines.rollingBall(fm, params.radius);
			rbCentral = Baselines.rollingBall(p.central, params.radius);
		}
		double[] sm = Peaks.smooth(p.central, BandCaller.SMOOTH);
		double pixVar = pixelVariance(path, p, calls);
		List<Band> out = new ArrayList<>();
		int k = 0;
		while (k < calls.size()) {
			// a cluster of touching bands shares one valley-to-valley baseline
			int e = k;
			while (e + 1 < calls.size() && calls.get(e).hi + 1 >= calls.get(e + 1).lo) e++;
			int cLo = calls.get(k).lo, cHi = calls.get(e).hi;
			// background windows beside the cluster, about as wide as the cluster (wide enough to pin a
			// curvature), not entering other bands
			int span = Math.max(3, (int) (WINDOW * (cHi - cLo + 1)));
			int prevHi = k > 0 ? calls.get(k - 1).hi : -1, nextLo = e + 1 < calls.size() ? calls.get(e + 1).lo : H;
			int wl = Math.max(1, Math.min(span, cLo - prevHi - 1)), wr = Math.max(1, Math.min(span, nextLo - cHi - 1));
			ValleyBaseline lineFull = ValleyBaseline.fit(fm, p.count, cLo, cHi, wl, wr);
			ValleyBaseline lineCen = ValleyBaseline.fit(p.central, null, cLo, cHi, wl, wr);
			for (int c = k; c <= e; c++) {
				BandCaller.Call call = calls.get(c);
				double[] bFull = new double[call.hi - call.lo + 1], bCen = new double[bFull.length];
				double bgVar = background(path, rbFull, rbCentral, call, lineFull, lineCen, bFull, bCen, pixVar, p.count);
				Band b = band(laneIndex, path, p, sm, call, bFull, bCen);
				double var = pixVar * pixels(p.count, call.lo, call.hi) + bgVar;
				// the gaps beside the lane see a blotch under the band that the valley windows cannot:
				// then the baseline is likely off by about as much, which the SE takes in (the volume is
				// left alone: a correction from so few columns doubled the noise)
				double[] uneven = gap == null || params.background != BackgroundMethod.VALLEY ? null :
					LaneGap.uneven(gap, lineFull, cLo, cHi, wl, wr, call.lo, call.hi, p.count, fm);
				if (uneven != null) {
					var += uneven[0] * uneven[0];
					b.flags.add(uneven[1] > 0 ? BandFlag.WIDER_THAN_BOX : BandFlag.UNEVEN_BACKGROUND);
				}
				b.volumeSe = Math.sqrt(var);
				out.add(b);
			}
			k = e + 1;
		}
		return out;
	}

	/** Fewest band-free profile steps for a lane's own noise estimate (else {@link LaneProfile#noise}). */
	static final int MIN_NOISE_STEPS = 20;

	/**
	 * One pixel's noise variance in this lane. {@link LaneProfile#noise} is the SD of a row's mean
	 * over the lane's central part (2 ch + 1 pixels) from the MAD of row-to-row differences, so it
	 * scales back by that pixel count; but its differences include the bands' flanks, which widen
	 * the MAD (by 15-20 % on a lane with two strong bands). So the same estimate is taken again on
	 * the band-free steps only. A lane's own estimate, not the image's: shot noise makes lanes on a
	 * darker or lighter part of the membrane noisier or quieter, and pixels correlated across a row
	 * (smoothed scans) count with their correlation.
	 */
	static double pixelVariance(LanePath path, LaneProfile p, List<BandCaller.Call> calls) {
		int ch = (int) Math.max(1, Math.round(LaneProfile.CENTRAL * path.halfWidth()));
		double[] c = p.central;
		double[] d = new double[c.length];
		int n = 0, k = 0;
		for (int y = Math.max(0, path.top()); y < Math.min(c.length - 1, path.bottom()); y++) {
			while (k < calls.size() && calls.get(k).hi < y) k++;
			// both rows of the step outside every band
			if (k < calls.size() && calls.get(k).lo <= y + 1) continue;
			d[n++] = c[y + 1] - c[y];
		}
		double sd = p.noise;
		if (n >= MIN_NOISE_STEPS) sd = Peaks.differenceNoise(d, n);
		return sd * sd * (2 * ch + 1);
	}

	/** Pixels summed over rows lo..hi of the box. */
	static long pixels(int[] count, int lo, int hi) {
		long n = 0;
		for (int y = lo; y <= hi; y++) n += count[y];
		return n;
	}

	/**
	 * Fills the band's background rows and returns the variance of the background volume (the
	 * full-width background summed over the box) from the noise it was estimated from; the box's
	 * own pixel noise is added by the caller. The rolling balls and NONE report 0: the 1-D ball
	 * rides on the noise minima (its error is a bias, not a spread), the 2-D ball comes from
	 * outside blotfig.
	 */
	private double background(LanePath path, double[] rbFull, double[] rbCentral, BandCaller.Call c,
		ValleyBaseline lineFull, ValleyBaseline lineCen, double[] bFull, double[] bCen, double pixVar, int[] count)
	{
		int n = bFull.length;
		switch (params.background) {
			case NONE:
				return 0;
			case VALLEY: {
				for (int i = 0; i < n; i++) {
					int y = c.lo + i;
					bFull[i] = lineFull.at(y);
					bCen[i] = lineCen.at(y);
				}
				double v = lineFull.sumVariance(c.lo, c.hi, count, pixVar), spread = lineFull.modelSpread(c.lo, c.hi, count);
				v += spread * spread;
				if (Double.isNaN(v)) {
					// the band fills the lane: the baseline is the mean of its two end rows
					double box = pixels(count, c.lo, c.hi);
					v = box * box * pixVar / Math.max(1, count[c.lo] + count[c.hi]);
				}
				return v;
			}
			case ROLLING_BALL:
				for (int i = 0; i < n; i++) {
					bFull[i] = rbFull[c.lo + i];
					bCen[i] = rbCentral[c.lo + i];
				}
				return 0;
			case BORDER: {
				double[] m = borderMedian(path, c.lo, c.hi);
				Arrays.fill(bFull, m[0]);
				Arrays.fill(bCen, m[0]);
				// a mean of the middle half has 1.19x the variance of a plain mean (normal noise)
				double box = pixels(count, c.lo, c.hi);
				return m[1] > 0 ? box * box * MID_MEAN_VARIANCE * pixVar / m[1] : 0;
			}
			case ROLLING_BALL_2D: {
				int W = s.image.width();
				for (int i = 0; i < n; i++) {
					int y = c.lo + i;
					int l = Math.max(0, path.left(y)), r = Math.min(W - 1, path.right(y));
					double t = 0;
					for (int x = l; x <= r; x++) t += bgImage[y * W + x];
					bFull[i] = r >= l ? t / (r - l + 1) : 0;
					bCen[i] = bFull[i];
				}
				return 0;
			}
			default:
				throw new IllegalStateException("unknown background " + params.background);
		}
	}

	/**
	 * Variance of the mean of the middle half of n normal values, times n over the noise variance
	 * (the 25 % trimmed mean's asymptotic efficiency is 0.84).
	 */
	static final double MID_MEAN_VARIANCE = 1.19;

	/**
	 * Median signal of strips {@code borderWidth} px thick just above and below the band box
	 * (following the path), and the number of pixels it came from.
	 */
	private double[] borderMedian(LanePath path, int lo, int hi) {
		int W = s.image.width(), H = s.image.height(), t = Math.max(1, params.borderWidth);
		double[] buf = new double[Math.max(16, 2 * t * (int) (2 * path.halfWidth() + 3 + 2 * t) + 2 * t * (hi - lo + 1))];
		int n = 0;
		// strips above and below the box only: beside it lie the neighbouring lanes' bands
		for (int y = lo - t; y <= hi + t; y++) {
			if (y < 0 || y >= H || y >= lo && y <= hi) continue;
			int l = path.left(y), r = path.right(y);
			for (int x = l; x <= r; x++) {
				if (x < 0 || x >= W) continue;
				if (n == buf.length) buf = Arrays.copyOf(buf, 2 * n);
				buf[n++] = s.at(y * W + x);
			}
		}
		if (n == 0) return new double[] { 0, 0 };
		// the mean of the middle half: as robust to specks as the median, but not stuck to the
		// integer levels of 8/16-bit data (a median off by 0.5 over a 2000 px box is 1000 units)
		Arrays.sort(buf, 0, n);
		int a = n / 4, b = Math.max(a + 1, n - n / 4);
		double sum = 0;
		for (int i = a; i < b; i++) sum += buf[i];
		return new double[] { sum / (b - a), n };
	}

	private Band band(int laneIndex, LanePath path, LaneProfile p, double[] sm, BandCaller.Call c, double[] bFull,
		double[] bCen)
	{
		GelImage img = s.image;
		int W = img.width();
		Band b = new Band();
		b.lane = laneIndex;
		double vol = 0, bg = 0, peak = Double.NEGATIVE_INFINITY, m0 = 0, m1 = 0;
		int peakRow = c.peak;
		for (int y = c.lo; y <= c.hi; y++) {
			int i = y - c.lo;
			vol += p.sum[y];
			bg += bFull[i] * p.count[y];
			double h = sm[y] - bCen[i];
			if (h > peak) {
				peak = h;
				peakRow = y;
			}
			double w = Math.max(0, p.fullMean(y) - bFull[i]);
			m0 += w;
			m1 += w * y;
		}
		b.volume = vol - bg;
		b.background = bg;
		b.peak = Math.max(0, peak);
		double yc = m0 > 0 ? m1 / m0 : peakRow;
		b.width = fwhm(sm, bCen, c.lo, c.hi, peakRow, b.peak);
		b.snr = p.noise > 0 ? b.peak / p.noise : Double.POSITIVE_INFINITY;
		int left = Integer.MAX_VALUE, right = Integer.MIN_VALUE, sat = 0, clippedRows = 0, clippedCentre = 0;
		int ch = (int) Math.max(1, Math.round(LaneProfile.CENTRAL * path.halfWidth()));
		for (int y = c.lo; y <= c.hi; y++) {
			int l = Math.max(0, path.left(y)), r = Math.min(W - 1, path.right(y));
			left = Math.min(left, l);
			right = Math.max(right, r);
			int cc = (int) Math.round(path.centreAt(y)), inCentre = 0, central = 0;
			for (int x = l; x <= r; x++) {
				boolean clip = s.clipped(y * W + x);
				if (clip) sat++;
				if (x >= cc - ch && x <= cc + ch) {
					central++;
					if (clip) inCentre++;
				}
			}
			if (central > 0 && inCentre >= SATURATED_ROW_FRACTION * central) clippedRows++;
			clippedCentre += inCentre;
		}
		b.saturatedPx = sat;
		b.x = path.centreAt((int) Math.round(yc)) + 0.5 + img.originX();
		b.y = yc + 0.5 + img.originY();
		b.rf = (yc + 0.5) / img.height();
		b.left = left + img.originX();
		b.right = right + 1 + img.originX();
		b.top = c.lo + img.originY();
		b.bottom = c.hi + 1 + img.originY();
		if (clippedRows >= SATURATED_ROWS || s.clipAtTypeLimit && clippedCentre >= SATURATED_CENTRE_PX)
			b.flags.add(BandFlag.SATURATED);
		if (img.lossy()) b.flags.add(BandFlag.LOSSY);
		if (b.snr < params.lowSnr) b.flags.add(BandFlag.LOW_SNR);
		if (c.touchLo || c.touchHi) b.flags.add(BandFlag.TOUCHING);
		return b;
	}

	/** Width at half the peak height above the background, with linear interpolation. */
	private static double fwhm(double[] sm, double[] bCen, int lo, int hi, int peakRow, double peak) {
		if (!(peak > 0)) return 0;
		double half = 0.5 * peak;
		double l = lo, r = hi;
		for (int y = peakRow; y > lo; y--) {
			double a = sm[y] - bCen[y - lo], b = sm[y - 1] - bCen[y - 1 - lo];
			if (b < half) {
				l = y - (a - half) / (a - b);
				break;
			}
		}
		for (int y = peakRow; y < hi; y++) {
			double a = sm[y] - bCen[y - lo], b = sm[y + 1] - bCen[y + 1 - lo];
			if (b < half) {
				r = y + (a - half) / (a - b);
				break;
			}
		}
		return r - l;
	}
}
