package org.blotfig.gel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Lanes whose edges are darker than their middle (a smiling band curves up at the lane edges and
 * covers more rows there; saturated or over-developed bands pile up at the edges) show in the
 * column projection as two peaks per lane. Read peak by peak, the closest pairs are then the two
 * edges facing each other across a gap, and a lane finder that merges close peaks puts lanes on
 * the gaps. Such edges are joined into one lane when that turns irregular peaks into a clearly
 * regular lattice: between a lane's edges the projection keeps part of the band's signal and
 * the space is wider than the gaps, which dip towards the membrane. Filling each lane's inside
 * up to its lower edge gives the flat-topped peaks the lane finder expects. Lanes with one
 * peak each are regular already and are left alone.
 */
final class DarkEdges {

	private DarkEdges() {}

	/**
	 * The projection with the insides of dark-edged lanes filled, or {@code p} itself when the
	 * peaks show no such pattern.
	 *
	 * @param floor the prominence a peak needs to count (the lane finder's own bar)
	 */
	static double[] fill(double[] p, double floor) {
		List<int[]> g = groups(p, floor);
		// the dips between groups that keep part of the band's signal may be lane insides; a dip
		// down to the membrane (under a tenth of the lower side) is always a gap
		List<Double> widths = new ArrayList<>();
		for (int i = 0; i + 1 < g.size(); i++)
			if (depth(p, g, i) >= 0.1) widths.add((double) (g.get(i + 1)[0] - g.get(i)[1]));
		Collections.sort(widths);
		double none = irregularity(lanes(g, p, Double.POSITIVE_INFINITY));
		int[][] best = null;
		double bestScore = Double.POSITIVE_INFINITY;
		// each hypothesis: the dips at least this wide are insides, the narrower ones gaps
		for (int k = 0; k < widths.size(); k++) {
			if (k > 0 && widths.get(k).equals(widths.get(k - 1))) continue;
			int[][] lanes = lanes(g, p, widths.get(k));
			double score = irregularity(lanes);
			if (lanes != null && score < bestScore) {
				bestScore = score;
				best = lanes;
			}
		}
		// joining edge pairs must turn irregular peaks into a clearly regular lane lattice
		if (best == null || bestScore > 0.1 || bestScore > 0.5 * none) return p;
		double[] out = p.clone();
		for (int[] l : best) {
			double level = Math.min(p[l[0]], p[l[1]]);
			for (int x = l[0]; x <= l[1]; x++) out[x] = Math.max(out[x], level);
		}
		return out;
	}

	/** Dip between groups i and i + 1 relative to the lower of the two peaks facing it. */
	private static double depth(double[] p, List<int[]> g, int i) {
		int a = g.get(i)[1], b = g.get(i + 1)[0];
		return min(p, a, b) / Math.min(p[a], p[b]);
	}

	/**
	 * The lanes {first peak, last peak} when the dips at least {@code minWidth} wide that keep a
	 * tenth of their sides' signal are lane insides; null when that joins more than two groups
	 * into one lane (a lane has two edges) or fewer than two dips are insides.
	 */
	private static int[][] lanes(List<int[]> g, double[] p, double minWidth) {
		List<int[]> out = new ArrayList<>();
		int joined = 0;
		for (int i = 0; i < g.size(); i++) {
			int[] cur = g.get(i);
			boolean inside = i > 0 && depth(p, g, i - 1) >= 0.1 && cur[0] - g.get(i - 1)[1] >= minWidth;
			if (inside) {
				int[] last = out.get(out.size() - 1);
				if (last[2] == 2) return null;
				last[1] = cur[1];
				last[2]++;
				joined++;
			}
			else out.add(new int[] { cur[0], cur[1], 1 });
		}
		if (minWidth < Double.POSITIVE_INFINITY && joined < 2) return null;
		return out.toArray(new int[0][]);
	}

	/**
	 * Median absolute deviation of the spacings of the lane centres, relative to their median
	 * (robust: a faint smear beside the blot does not count); infinite for fewer than 3 lanes.
	 */
	private static double irregularity(int[][] lanes) {
		if (lanes == null || lanes.length < 3) return Double.POSITIVE_INFINITY;
		double[] d = new double[lanes.length - 1];
		for (int i = 0; i < d.length; i++) d[i] = 0.5 * (lanes[i + 1][0] + lanes[i + 1][1] - lanes[i][0] - lanes[i][1]);
		double med = Peaks.median(d.clone());
		for (int i = 0; i < d.length; i++) d[i] = Math.abs(d[i] - med);
		return Peaks.median(d) / med;
	}

	/**
	 * The prominent peaks (at least {@code floor}), those across a shallow dip (above half the
	 * lower one, as one uneven lane or a dark-edged lane that already reads as one shows them)
	 * grouped: {first peak, last peak, highest peak}, by x.
	 */
	private static List<int[]> groups(double[] p, double floor) {
		List<int[]> g = new ArrayList<>();
		for (int i : Peaks.maxima(p)) {
			if (Peaks.prominence(p, i) < floor) continue;
			int[] last = g.isEmpty() ? null : g.get(g.size() - 1);
			if (last != null && min(p, last[1], i) > 0.5 * Math.min(p[last[2]], p[i])) {
				last[1] = i;
				if (p[i] > p[last[2]]) last[2] = i;
			}
			else g.add(new int[] { i, i, i });
		}
		return g;
	}

	private static double min(double[] p, int a, int b) {
		double m = Double.POSITIVE_INFINITY;
		for (int x = a; x <= b; x++) m = Math.min(m, p[x]);
		return m;
	}

}
