package org.blotfig.gel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

	/** Noise SD multiples for a speck core (against its column's level above and below) and its rim, as in {@link Specks}. */
	static final double CORE_SD = Specks.CORE_SD, RIM_SD = Specks.RIM_SD;
	/** A speck's rim reaches this many px from its core (in x and y). */
	static final int RIM = Specks.RIM;
	/**
	 * A gap pixel's reference level is the median of its column over this many rows above and
	 * below, skipping the {@link #GUARD} rows next to it (specks are up to 5 rows tall; blotches and
	 * band tails change slowly along the lane).
	 */
	static final int REACH = 6, GUARD = 3;
	/**
	 * Each side's departure must stand this many of its own SEs clear of zero, both the same way:
	 * a blotch centred under the band shows in both gaps, a neighbour's band tail or a speck the
	 * filter missed in one. On 26,000 generated bands (seeds 11-14, 21-24, 31-34, 41-44, every
	 * difficulty) the sides' departure / SE has an RMS of 1.0 on CLEAN and TYPICAL and 1.0-1.4 on
	 * HARD; 3 flags 6 bands, each with a true background error of 2.4-61 % of its volume, and no
	 * CLEAN band (2 flags 4 CLEAN bands whose background is right).
	 */
	static final double SIDE_SE = 3;
	/** Fewest row-to-row steps for the gap's own noise estimate (else the image's pixel noise). */
	static final int MIN_STEPS = 20;

	/** Gap level per row (signal units per pixel), NaN where the row has no gap pixel. */
	final double[] level;
	/** 1 where {@link #level} is a number, else 0 (the fit's row weights). */
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
	 * side holds no pixel in any row: boxes that touch, or the image's edge).
	 */
	static List<LaneGap[]> all(Signal s, List<LanePath> paths) {
		int n = paths.size(), H = s.image.height();
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) order[i] = i;
		Arrays.sort(order, Comparator.comparingDouble(i -> paths.get(i).centreAt(H / 2)));
		int margin = marginWidth(paths, order, H / 2);
		LaneGap[][] out = new LaneGap[n][];
		for (int k = 0; k < n; k++) {
			LanePath lane = paths.get(order[k]);
			LanePath left = k > 0 ? paths.get(order[k - 1]) : null, right = k + 1 < n ? paths.get(order[k + 1]) : null;
			out[order[k]] = new LaneGap[] { of(s, lane, left, lane, margin), of(s, lane, lane, right, margin) };
		}
		return new ArrayList<>(Arrays.asList(out));
	}

	/** The typical gap between neighbouring boxes (at least 1 px), the margin beyond the outer lanes. */
	private static int marginWidth(List<LanePath> paths, Integer[] order, int y) {
		if (paths.size() < 2) return (int) Math.max(3, Math.round(paths.isEmpty() ? 3 : 0.2 * paths.get(0).halfWidth()));
		int[] g = new int[paths.size() - 1];
		for (int k = 1; k < paths.size(); k++) g[k - 1] = paths.get(order[k]).left(y) - paths.get(order[k - 1]).right(y) - 1;
		Arrays.sort(g);
		return Math.max(1, g[g.length / 2]);
	}

	/**
	 * The gap between box a (on the left; null: the margin left of b) and box b (null: the margin
	 * right of a), over the rows of {@code lane}.
	 */
	static LaneGap of(Signal s, LanePath lane, LanePath a, LanePath b, int margin) {
		int W = s.image.width(), H = s.image.height();
		double sigma = Math.max(s.pixelNoise(), s.image.bitDepth() <= 16 ? 0.5 : 0);
		int[][] span = new int[H][];
		boolean any = false;
		for (int y = lane.top(); y <= lane.bottom(); y++) {
			int lo = a != null ? a.right(y) + 1 : b.left(y) - margin, hi = b != null ? b.left(y) - 1 : a.right(y) + margin;
			// one pixel of guard against the bands' soft edges when the gap allows it (as the lane totals)
			if (hi - lo >= 4) {
				lo++;
				hi--;
			}
			span[y] = new int[] { Math.max(0, lo), Math.min(W - 1, hi) };
			any |= span[y][1] >= span[y][0];
		}
		if (!any) return null;
		Set<Long> specks = specks(s, lane, span, sigma);
		double[] level = new double[H];
		int[] weight = new int[H];
		Arrays.fill(level, Double.NaN);
		for (int y = lane.top(); y <= lane.bottom(); y++) {
			double t = 0;
			int k = 0;
			for (int x = span[y][0]; x <= span[y][1]; x++) {
				if (specks.contains(key(x, y))) continue;
				t += s.at(x, y);
				k++;
			}
			if (k > 0) {
				level[y] = t / k;
				weight[y] = 1;
			}
		}
		return new LaneGap(level, weight, rowVariance(level, lane, sigma, span));
	}

	/**
	 * Dust specks in the gap: a pixel more than {@link #CORE_SD} noise SD above its column's
	 * median a few rows above and below is a core; pixels around a core more than {@link #RIM_SD}
	 * SD above theirs are its rim.
	 */
	private static Set<Long> specks(Signal s, LanePath lane, int[][] span, double sigma) {
		Set<Long> out = new HashSet<>();
		List<int[]> cores = new ArrayList<>();
		double[] buf = new double[2 * REACH];
		for (int y = lane.top(); y <= lane.bottom(); y++)
			for (int x = span[y][0]; x <= span[y][1]; x++) {
				double v = s.at(x, y);
				// the median of the column's rows is at least their lowest: most pixels stop here
				if (v - columnMin(s, x, y) > CORE_SD * sigma && v - columnLevel(s, x, y, buf) > CORE_SD * sigma) {
					cores.add(new int[] { x, y });
					out.add(key(x, y));
				}
			}
		for (int[] c : cores)
			for (int y = Math.max(lane.top(), c[1] - RIM); y <= Math.min(lane.bottom(), c[1] + RIM); y++)
				for (int x = Math.max(span[y][0], c[0] - RIM); x <= Math.min(span[y][1], c[0] + RIM); x++)
					if (!out.contains(key(x, y)) && s.at(x, y) - columnLevel(s, x, y, buf) > RIM_SD * sigma) out.add(key(x, y));
		return out;
	}

	/** Lowest of the values {@link #columnLevel} takes the median of. */
	private static double columnMin(Signal s, int x, int y) {
		int H = s.image.height();
		double m = Double.POSITIVE_INFINITY;
		for (int d = GUARD + 1; d <= REACH; d++) {
			if (y - d >= 0) m = Math.min(m, s.at(x, y - d));
			if (y + d < H) m = Math.min(m, s.at(x, y + d));
		}
		return m;
	}

	/** Median of column x over rows y +- {@link #REACH}, without the {@link #GUARD} rows next to y. */
	private static double columnLevel(Signal s, int x, int y, double[] buf) {
		int H = s.image.height(), n = 0;
		for (int d = GUARD + 1; d <= REACH; d++) {
			if (y - d >= 0) buf[n++] = s.at(x, y - d);
			if (y + d < H) buf[n++] = s.at(x, y + d);
		}
		return n == 0 ? Double.NEGATIVE_INFINITY : Peaks.median(Arrays.copyOf(buf, n));
	}

	private static long key(int x, int y) {
		return (long) y << 32 | (x & 0xffffffffL);
	}

	/**
	 * One row level's noise variance, from the MAD of row-to-row steps (blotches and gradients
	 * change too slowly to widen it); with too few steps, the image's pixel noise over the typical
	 * number of gap pixels in a row.
	 */
	private static double rowVariance(double[] level, LanePath lane, double sigma, int[][] span) {
		double[] d = new double[level.length];
		int n = 0;
		for (int y = lane.top(); y < lane.bottom(); y++)
			if (!Double.isNaN(level[y]) && !Double.isNaN(level[y + 1])) d[n++] = level[y + 1] - level[y];
		if (n >= MIN_STEPS) {
			d = Arrays.copyOf(d, n);
			double med = Peaks.median(d.clone());
			for (int i = 0; i < n; i++) d[i] = Math.abs(d[i] - med);
			double sd = 1.4826 * Peaks.median(d) / Math.sqrt(2);
			return sd * sd;
		}
		long px = 0;
		int rows = 0;
		for (int y = lane.top(); y <= lane.bottom(); y++) {
			int k = span[y][1] - span[y][0] + 1;
			if (k > 0) {
				px += k;
				rows++;
			}
		}
		return rows == 0 ? Double.NaN : sigma * sigma * rows / px;
	}

	/**
	 * How far the gap's background over rows lo..hi departs from the lane's baseline model fitted
	 * to the gap, summed over the band's box (each row's departure per pixel times the box's
	 * pixels in that row), and its standard error from the gap's row noise (in the band's rows)
	 * and the fit's prediction variance (from its windows' residuals when they exceed the noise);
	 * null when the gap cannot be fitted or holds no pixel in those rows.
	 *
	 * @param laneFit the lane's own baseline (its curve kind is kept)
	 * @param cLo first row of the band cluster the windows were placed around
	 * @param cHi its last row
	 * @param wl rows of the window before the cluster
	 * @param wr rows of the window after it
	 * @param box the band's box pixels per row
	 */
	double[] departure(ValleyBaseline laneFit, int cLo, int cHi, int wl, int wr, int lo, int hi, int[] box) {
		if (Double.isNaN(rowVariance) || laneFit.terms() == 0) return null;
		ValleyBaseline f = ValleyBaseline.fit(level, weight, cLo, cHi, wl, wr, laneFit.terms());
		if (f == null) return null;
		double d = 0, v = 0;
		long seen = 0, all = 0;
		int[] w = new int[box.length];
		for (int y = lo; y <= hi; y++) {
			all += box[y];
			if (weight[y] == 0) continue;
			d += box[y] * (level[y] - f.at(y));
			v += (double) box[y] * box[y] * rowVariance;
			seen += box[y];
			w[y] = box[y];
		}
		if (seen == 0) return null;
		// rows without a gap pixel count as the mean of those with one
		double scale = all / (double) seen;
		double fitVar = f.sumVariance(lo, hi, w, rowVariance);
		if (Double.isNaN(fitVar)) return null;
		return new double[] { scale * d, scale * Math.sqrt(v + fitVar) };
	}

	/**
	 * The check over both gaps of a lane: the mean of the two sides' departures (the background
	 * under the box lies between them) when each side departs by more than {@link #SIDE_SE} of its
	 * own SE in the same direction, else 0 (also when a side has no gap, or cannot be fitted).
	 *
	 * @param sides the gaps left and right of the lane (either may be null)
	 * @see #departure
	 */
	static double unevenDeparture(LaneGap[] sides, ValleyBaseline laneFit, int cLo, int cHi, int wl, int wr, int lo, int hi,
		int[] box)
	{
		if (sides[0] == null || sides[1] == null) return 0;
		double[] l = sides[0].departure(laneFit, cLo, cHi, wl, wr, lo, hi, box);
		double[] r = l == null ? null : sides[1].departure(laneFit, cLo, cHi, wl, wr, lo, hi, box);
		if (r == null || !(l[1] > 0) || !(r[1] > 0)) return 0;
		double tl = l[0] / l[1], tr = r[0] / r[1];
		return tl * tr > 0 && Math.min(Math.abs(tl), Math.abs(tr)) > SIDE_SE ? 0.5 * (l[0] + r[0]) : 0;
	}
}
