package org.blotfig.gel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The background in the gap on one side of a lane, for checking the lane's valley baseline
 * sideways: per row, the mean signal of the pixels between its box and its neighbour's box
 * (beyond an outer lane, a margin as wide as the typical gap), dust specks left out. A blotch
 * centred under a band bends the background at the band's rows only, where the valley windows
 * above and below cannot see it; the gaps beside the lane see it at those very rows.
 * {@link #departure} fits the lane's own baseline model (same windows, same curve) to this
 * profile and returns how far the gap's background over the band's rows departs from it, scaled
 * to the band's box, with its standard error from the gap's own noise and fit.
 */
final class LaneGap {

	/** Row-noise SD multiples for a speck's core (against the levels above and below) and its rim, as in {@link Specks}. */
	static final double CORE_SD = Specks.CORE_SD, RIM_SD = Specks.RIM_SD;
	/** A speck's rim reaches this many rows from its core. */
	static final int RIM = Specks.RIM;
	/**
	 * A row's reference level is the median of the levels this many rows above and below, skipping
	 * the {@link #GUARD} rows next to it (specks are up to 5 rows tall).
	 */
	static final int REACH = 6, GUARD = 3;
	/**
	 * Each side's departure must stand this many of its own SEs clear of zero, both the same way:
	 * a blotch centred under the band shows in both gaps, a neighbour's band tail or a speck the
	 * filter missed in one. On the generated blot sets (seeds 11-14, 21-24, 31-34, 41-44, every
	 * difficulty, 6528 sample bands) one side's departure / SE has an RMS of 1.0 on CLEAN and
	 * TYPICAL and 1.0-1.4 on HARD; 3 flags 5 bands, each with a true background error of 2.4-61 %
	 * of its volume, and no CLEAN band (2 would flag 4 CLEAN bands whose background is right; the
	 * two gaps pooled into one, at 3, flagged 3-4 % of TYPICAL bands whose background was right:
	 * a neighbour's band tail, specks).
	 */
	static final double SIDE_SE = 3;
	/** Fewest row-to-row steps for the gap's own noise estimate (else the image's pixel noise). */
	static final int MIN_STEPS = 20;

	/** Gap level per row (signal units per pixel), NaN where the row has no gap pixel or was not read. */
	final double[] level;
	/** 1 where {@link #level} is a number and no speck, else 0 (the fit's row weights). */
	final int[] weight;
	/** Noise variance of one row's level. */
	final double rowVariance;

	private LaneGap(double[] level, int[] weight, double rowVariance) {
		this.level = level;
		this.weight = weight;
		this.rowVariance = rowVariance;
	}

	/**
	 * The gaps left and right of every lane, in the order given ({left, right}; null where a
	 * side holds no pixel in any row: boxes that touch, or the image's edge). Only the rows a
	 * check can use are read: each band cluster's rows and as many again above and below (its
	 * valley windows are at most that long), and a speck's reach beyond; the gap's noise comes
	 * from those rows too. One sweep down the image reads them in storage order, and each gap
	 * between two lanes is read once for both.
	 *
	 * @param calls each lane's band calls, in the order of {@code paths}
	 */
	static List<LaneGap[]> all(Signal s, List<LanePath> paths, List<List<BandCaller.Call>> calls) {
		int n = paths.size(), W = s.image.width(), H = s.image.height();
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) order[i] = i;
		Arrays.sort(order, Comparator.comparingDouble(i -> paths.get(i).centreAt(H / 2)));
		LanePath[] lane = new LanePath[n];
		for (int k = 0; k < n; k++) lane[k] = paths.get(order[k]);
		int margin = marginWidth(lane, H / 2);
		// gap j lies left of sorted lane j; gap n right of the last lane; each over its lanes' rows
		int[] top = new int[n + 1], bottom = new int[n + 1], rows = new int[n + 1];
		long[] px = new long[n + 1];
		double[][] level = new double[n + 1][];
		int[][] weight = new int[n + 1][];
		for (int j = 0; j <= n; j++) {
			top[j] = Math.min(j > 0 ? lane[j - 1].top() : H, j < n ? lane[j].top() : H);
			bottom[j] = Math.max(j > 0 ? lane[j - 1].bottom() : -1, j < n ? lane[j].bottom() : -1);
			level[j] = new double[H];
			weight[j] = new int[H];
			Arrays.fill(level[j], Double.NaN);
		}
		boolean[][] need = new boolean[n + 1][H];
		for (int k = 0; k < n; k++) {
			List<BandCaller.Call> c = calls.get(order[k]);
			for (int i = 0, e; i < c.size(); i = e + 1) {
				// a cluster of touching bands, as the quantifier forms them
				e = i;
				while (e + 1 < c.size() && c.get(e).hi + 1 >= c.get(e + 1).lo) e++;
				int lo = c.get(i).lo, hi = c.get(e).hi, ext = hi - lo + 1 + REACH + 1;
				for (int y = Math.max(0, lo - ext); y <= Math.min(H - 1, hi + ext); y++) need[k][y] = need[k + 1][y] = true;
			}
		}
		double[] buf = new double[64];
		for (int y = 0; y < H; y++)
			for (int j = 0; j <= n; j++) {
				if (y < top[j] || y > bottom[j] || !need[j][y]) continue;
				int lo = j > 0 ? lane[j - 1].right(y) + 1 : lane[0].left(y) - margin;
				int hi = j < n ? lane[j].left(y) - 1 : lane[n - 1].right(y) + margin;
				// one pixel of guard against the bands' soft edges when the gap allows it (as the lane totals)
				if (hi - lo >= 4) {
					lo++;
					hi--;
				}
				lo = Math.max(0, lo);
				hi = Math.min(W - 1, hi);
				if (hi < lo) continue;
				if (buf.length < hi - lo + 1) buf = new double[2 * (hi - lo + 1)];
				s.row(y, lo, hi, buf);
				double t = 0;
				for (int k = 0; k <= hi - lo; k++) t += buf[k];
				level[j][y] = t / (hi - lo + 1);
				weight[j][y] = 1;
				px[j] += hi - lo + 1;
				rows[j]++;
			}
		// the pixel noise over the typical number of gap pixels in a row: the least a row level varies
		double sigma = Math.max(s.pixelNoise(), s.image.bitDepth() <= 16 ? 0.5 : 0);
		LaneGap[] gap = new LaneGap[n + 1];
		for (int j = 0; j <= n; j++) {
			if (rows[j] == 0) continue;
			double rowVar = rowVariance(level[j], top[j], bottom[j], sigma * sigma * rows[j] / px[j]);
			dropSpecks(level[j], weight[j], top[j], bottom[j], Math.sqrt(rowVar));
			gap[j] = new LaneGap(level[j], weight[j], rowVar);
		}
		LaneGap[][] out = new LaneGap[n][];
		for (int k = 0; k < n; k++) out[order[k]] = new LaneGap[] { gap[k], gap[k + 1] };
		return new ArrayList<>(Arrays.asList(out));
	}

	/** The typical gap between neighbouring boxes (at least 1 px), the margin beyond the outer lanes. */
	private static int marginWidth(LanePath[] lane, int y) {
		if (lane.length < 2) return (int) Math.max(3, Math.round(lane.length == 0 ? 3 : 0.2 * lane[0].halfWidth()));
		int[] g = new int[lane.length - 1];
		for (int k = 1; k < lane.length; k++) g[k - 1] = lane[k].left(y) - lane[k - 1].right(y) - 1;
		Arrays.sort(g);
		return Math.max(1, g[g.length / 2]);
	}

	/**
	 * Rows of the gap with a dust speck: a row level more than {@link #CORE_SD} row SDs above the
	 * median of the levels a few rows above and below (a speck is a few rows tall; blotches and
	 * band tails change slowly along the lane) is a speck's core, and rows up to {@link #RIM}
	 * rows from a core standing {@link #RIM_SD} SDs above theirs are its rim. Their weight becomes
	 * 0: the fit skips them, and the band's rows count them as the mean of the others.
	 */
	private static void dropSpecks(double[] level, int[] weight, int top, int bottom, double sd) {
		double[] ref = new double[level.length], buf = new double[2 * (REACH - GUARD)];
		for (int y = top; y <= bottom; y++) {
			ref[y] = Double.NaN;
			// the median is at least the lowest of its levels: a row not RIM_SD above that is neither core nor rim
			if (weight[y] != 0 && level[y] - lowest(level, weight, top, bottom, y) > RIM_SD * sd)
				ref[y] = columnLevel(level, weight, top, bottom, y, buf);
		}
		boolean[] core = new boolean[level.length];
		for (int y = top; y <= bottom; y++) core[y] = level[y] - ref[y] > CORE_SD * sd;
		for (int y = top; y <= bottom; y++) {
			if (weight[y] == 0 || Double.isNaN(ref[y])) continue;
			boolean near = false;
			for (int d = -RIM; d <= RIM && !near; d++) near = y + d >= top && y + d <= bottom && core[y + d];
			if (core[y] || near && level[y] - ref[y] > RIM_SD * sd) weight[y] = 0;
		}
	}

	/** Lowest of the levels {@link #columnLevel} takes the median of (+infinity: none). */
	private static double lowest(double[] level, int[] weight, int top, int bottom, int y) {
		double m = Double.POSITIVE_INFINITY;
		for (int d = GUARD + 1; d <= REACH; d++) {
			if (y - d >= top && weight[y - d] > 0) m = Math.min(m, level[y - d]);
			if (y + d <= bottom && weight[y + d] > 0) m = Math.min(m, level[y + d]);
		}
		return m;
	}

	/** Median of the levels at rows y +- {@link #REACH}, without the {@link #GUARD} rows next to y (NaN: none). */
	private static double columnLevel(double[] level, int[] weight, int top, int bottom, int y, double[] buf) {
		int n = 0;
		for (int d = GUARD + 1; d <= REACH; d++) {
			if (y - d >= top && weight[y - d] > 0) buf[n++] = level[y - d];
			if (y + d <= bottom && weight[y + d] > 0) buf[n++] = level[y + d];
		}
		return n == 0 ? Double.NaN : Peaks.sortedMedian(buf, n);
	}

	/**
	 * One row level's noise variance, from the MAD of row-to-row steps (blotches and gradients
	 * change too slowly to widen it), but never below the pixel noise over the row's typical number
	 * of gap pixels: on 8-bit scans of a quiet membrane most steps of a narrow gap are 0 grey levels
	 * and their MAD is 0, while the rounding itself is worth that (the pixel noise is at least
	 * half a grey level, as for the lane profiles).
	 */
	private static double rowVariance(double[] level, int top, int bottom, double floor) {
		double[] d = new double[level.length];
		int n = 0;
		for (int y = top; y < bottom; y++)
			if (!Double.isNaN(level[y]) && !Double.isNaN(level[y + 1])) d[n++] = level[y + 1] - level[y];
		if (n < MIN_STEPS) return floor;
		double sd = Peaks.differenceNoise(d, n);
		return Math.max(floor, sd * sd);
	}

	/**
	 * How far the gap's background over rows lo..hi departs from the lane's baseline model fitted
	 * to the gap, summed over the band's box (each row's departure per pixel times the box's
	 * pixels in that row), and its standard error from the gap's row noise (in the band's rows)
	 * and the fit's prediction variance (from its windows' residuals when they exceed the noise);
	 * then the same departure split by least squares over the band's rows into a part that
	 * follows the band's own profile row by row (the band spilling out of its box) and a level
	 * (background); null when the gap cannot be fitted or holds no pixel in those rows.
	 *
	 * @param laneFit the lane's own baseline (its curve kind is kept)
	 * @param cLo first row of the band cluster the windows were placed around
	 * @param cHi its last row
	 * @param wl rows of the window before the cluster
	 * @param wr rows of the window after it
	 * @param box the band's box pixels per row
	 * @param lane the lane's profile (per pixel) the baseline was fitted to
	 * @return {departure, SE, spill part, level part}
	 */
	double[] departure(ValleyBaseline laneFit, int cLo, int cHi, int wl, int wr, int lo, int hi, int[] box, double[] lane) {
		if (Double.isNaN(rowVariance) || laneFit.terms() == 0) return null;
		ValleyBaseline f = ValleyBaseline.fit(level, weight, cLo, cHi, wl, wr, laneFit.terms());
		if (f == null) return null;
		double d = 0, v = 0;
		long seen = 0, all = 0;
		int[] w = new int[box.length];
		// least squares of the residual r on (1, band): sums of 1, b, b^2, r, r b
		double n = 0, sb = 0, sbb = 0, sr = 0, srb = 0, boxBand = 0;
		for (int y = lo; y <= hi; y++) {
			all += box[y];
			if (weight[y] == 0) continue;
			double r = level[y] - f.at(y), band = lane[y] - laneFit.at(y);
			d += box[y] * r;
			v += (double) box[y] * box[y] * rowVariance;
			seen += box[y];
			w[y] = box[y];
			n++;
			sb += band;
			sbb += band * band;
			sr += r;
			srb += r * band;
			boxBand += box[y] * band;
		}
		if (seen == 0) return null;
		// rows without a gap pixel count as the mean of those with one
		double scale = all / (double) seen;
		double fitVar = f.sumVariance(lo, hi, w, rowVariance);
		if (Double.isNaN(fitVar)) return null;
		double det = n * sbb - sb * sb, spill = 0;
		if (n >= 3 && det > 1e-12 * n * sbb) spill = (n * srb - sb * sr) / det * boxBand;
		return new double[] { scale * d, scale * Math.sqrt(v + fitVar), scale * spill, scale * (d - spill) };
	}

	/**
	 * The check over both gaps of a lane: when each side departs by more than {@link #SIDE_SE} of
	 * its own SE in the same direction, {the mean of the two sides' departures (the background
	 * under the box lies between them), 1 if on both sides the part following the band's profile
	 * is positive and outweighs the level (the band spills out of its box, not a blotch) else 0};
	 * otherwise null (also when a side has no gap, or cannot be fitted).
	 *
	 * @param sides the gaps left and right of the lane (either may be null)
	 * @see #departure
	 */
	static double[] uneven(LaneGap[] sides, ValleyBaseline laneFit, int cLo, int cHi, int wl, int wr, int lo, int hi,
		int[] box, double[] lane)
	{
		if (sides[0] == null || sides[1] == null) return null;
		double[] l = sides[0].departure(laneFit, cLo, cHi, wl, wr, lo, hi, box, lane);
		double[] r = l == null ? null : sides[1].departure(laneFit, cLo, cHi, wl, wr, lo, hi, box, lane);
		if (r == null || !(l[1] > 0) || !(r[1] > 0)) return null;
		double tl = l[0] / l[1], tr = r[0] / r[1];
		if (!(tl * tr > 0 && Math.min(Math.abs(tl), Math.abs(tr)) > SIDE_SE)) return null;
		boolean spill = l[2] > Math.abs(l[3]) && r[2] > Math.abs(r[3]);
		return new double[] { 0.5 * (l[0] + r[0]), spill ? 1 : 0 };
	}
}
