package org.blotfig.gel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes dust specks out of one lane's per-row box sums and central profile. A speck is a compact blob far above
 * its row: a pixel that stands more than {@link #CORE_SD} noise SD (and a fraction of the local
 * signal) above the medians of its row neighbours on both sides is a speck core (a band's edge
 * stands above one side only). Around a core, the speck's soft rim (also in the rows above and
 * below) counts as speck where it still stands {@link #RIM_SD} SD above its row. Speck pixels
 * count as the median of their row neighbours. A band spans the lane and is smooth along it, so
 * its pixels sit at the level of their row neighbours.
 */
final class Specks {

	/** Half width (px) of the row window whose median is a pixel's reference level. */
	static final int SPECK = 6;
	/** The reference skips this many px each side of the pixel, so a wide speck does not raise it. */
	static final int GUARD = 1;
	/** A core stands this many noise SD above its row neighbours on both sides ... */
	static final double CORE_SD = 6;
	/**
	 * ... and this fraction of their signal above the lane's lowest level, so photon noise on a
	 * bright band does not qualify.
	 */
	static final double FRACTION = 0.25;
	/** Around a core, within {@link #RIM} px in x and y, a pixel this many SD above its row is rim. */
	static final double RIM_SD = 2.5;
	static final int RIM = 2;

	private final Signal s;
	private final LanePath path;
	private final int W;
	private final double sigma, base;
	private final double[] win;

	private Specks(Signal s, LanePath path, double sigma, double base) {
		this.s = s;
		this.path = path;
		this.W = s.image.width();
		this.sigma = sigma;
		this.base = base;
		this.win = new double[2 * SPECK + 1];
	}

	/**
	 * Takes the specks out of the plain box sums of one lane.
	 *
	 * @param ch half width (px) of the lane's central part
	 * @param central the lane's robust central level per row (rows with a speck are recomputed)
	 * @param sigma pixel noise SD
	 * @param candidates the pixels the sweep found standing {@link #CORE_SD} SD above their row
	 * @param sum plain box sums per row, corrected in place
	 */
	static void clean(Signal s, LanePath path, int ch, double[] central, double sigma, SpeckCandidates candidates,
		double[] sum)
	{
		if (candidates.n == 0) return;
		double base = Double.POSITIVE_INFINITY;
		for (int y = path.top(); y <= path.bottom(); y++) base = Math.min(base, central[y]);
		new Specks(s, path, sigma, base).run(central, candidates, sum, ch);
	}

	private void run(double[] central, SpeckCandidates cand, double[] sum, int ch) {
		int top = path.top(), bottom = path.bottom();
		// speck pixels (key: row and column) and the value each counts as
		Map<Long, Double> fixed = new HashMap<>();
		List<int[]> cores = new ArrayList<>();
		for (int k = 0; k < cand.n; k++) {
			double v = cand.v[k], bar = bar(v, CORE_SD);
			// each side's median must lie below the bar (a side with fewer than 2 neighbours does not count)
			if (cand.qLeft[k] >= bar || cand.qRight[k] >= bar) continue;
			double med = cand.med[k];
			if (v - med <= Math.max(CORE_SD * sigma, FRACTION * (med - base))) continue;
			int x = cand.x[k], y = cand.y[k];
			cores.add(new int[] { x, y });
			fixed.put(key(x, y), reference(y * W, x, Math.max(0, path.left(y)), Math.min(W - 1, path.right(y))));
		}
		if (cores.isEmpty()) return;
		// the soft rims around the cores: pixels near a core still clearly above their row
		for (int[] c : cores) {
			for (int y = Math.max(top, c[1] - RIM); y <= Math.min(bottom, c[1] + RIM); y++) {
				int l = Math.max(0, path.left(y)), r = Math.min(W - 1, path.right(y));
				int row = y * W;
				for (int x = Math.max(l, c[0] - RIM); x <= Math.min(r, c[0] + RIM); x++) {
					Long k = key(x, y);
					if (fixed.containsKey(k)) continue;
					double v = s.at(row + x);
					if (nearReference(row, x, l, r, v)) {
						fixed.put(k, v);
						continue;
					}
					double med = reference(row, x, l, r);
					fixed.put(k, v - med > Math.max(RIM_SD * sigma, FRACTION * (med - base)) ? med : v);
				}
			}
		}
		boolean[] touched = new boolean[bottom - top + 1];
		for (Map.Entry<Long, Double> e : fixed.entrySet()) {
			int y = (int) (e.getKey() >> 32), x = (int) (long) e.getKey();
			double v = s.at(y * W + x);
			if (v == e.getValue()) continue;
			sum[y] -= v - e.getValue();
			touched[y - top] = true;
		}
		// the central profile of those rows again, without the specks (a wide speck can outlast the trim)
		double[] buf = new double[2 * ch + 1];
		for (int y = top; y <= bottom; y++) {
			if (!touched[y - top]) continue;
			int c = (int) Math.round(path.centreAt(y));
			int n = 0;
			double t = 0;
			for (int x = Math.max(0, c - ch); x <= Math.min(W - 1, c + ch); x++) {
				Double f = fixed.get(key(x, y));
				buf[n] = f != null ? f : s.at(y * W + x);
				t += buf[n++];
			}
			if (n > 0) central[y] = LaneProfile.trimmedMean(buf, n, t / n);
		}
	}

	private static long key(int x, int y) {
		return ((long) y << 32) | (x & 0xffffffffL);
	}

	/**
	 * A level such that a median med >= it surely passes v - med <= max(sd SD, FRACTION (med -
	 * base)): either term suffices, and the margins keep rounding on the safe side.
	 */
	private double bar(double v, double sd) {
		double noise = v - 0.999 * sd * sigma;
		double fraction = (v + FRACTION * base) / (1 + FRACTION) + 1e-9 * (Math.abs(v) + Math.abs(base));
		return Math.min(noise, fraction);
	}

	/** True when {@link #reference} is surely within {@link #RIM_SD} SD below v (counted, not sorted). */
	private boolean nearReference(int row, int x, int l, int r, double v) {
		double bar = bar(v, RIM_SD);
		int n = 0, below = 0;
		for (int t = Math.max(l, x - SPECK); t <= Math.min(r, x + SPECK); t++) {
			if (Math.abs(t - x) <= GUARD) continue;
			n++;
			if (s.at(row + t) < bar) below++;
		}
		// no neighbours: the reference is v itself
		return n == 0 || below <= (n % 2 == 1 ? n / 2 : n / 2 - 1);
	}

	/** Median of the row neighbours within {@link #SPECK} px, skipping {@link #GUARD} px each side of x. */
	private double reference(int row, int x, int l, int r) {
		int n = 0;
		for (int t = Math.max(l, x - SPECK); t <= Math.min(r, x + SPECK); t++)
			if (Math.abs(t - x) > GUARD) win[n++] = s.at(row + t);
		return n == 0 ? s.at(row + x) : Peaks.sortedMedian(win, n);
	}
}
