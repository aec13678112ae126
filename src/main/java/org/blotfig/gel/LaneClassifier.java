package org.blotfig.gel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells sample, ladder and empty lanes apart. Empty: no band (or a gap in the lane lattice).
 * Ladder: a lane with many bands most of which sit in rows that the majority of lanes do not
 * share; samples of one experiment share their rows, a marker ladder has its own.
 */
final class LaneClassifier {

	private LaneClassifier() {}

	static List<LaneKind> classify(List<List<Band>> perLane, List<Boolean> gapFill, double slope) {
		int n = perLane.size();
		List<LaneKind> kinds = new ArrayList<>();
		List<Band> all = new ArrayList<>();
		int nonEmpty = 0;
		for (int i = 0; i < n; i++) {
			boolean empty = gapFill.get(i) || perLane.get(i).isEmpty();
			kinds.add(empty ? LaneKind.EMPTY : LaneKind.SAMPLE);
			if (!empty) nonEmpty++;
			all.addAll(perLane.get(i));
		}
		if (nonEmpty < 4) return kinds;
		RowMatcher.assign(all, slope);
		Map<Integer, Integer> support = new HashMap<>();
		for (Band b : all) support.merge(b.row, 1, Integer::sum);
		double[] widths = new double[all.size()];
		for (int i = 0; i < widths.length; i++) widths[i] = all.get(i).width;
		double maxWidth = WIDE * Peaks.median(widths);
		int majority = Math.max(2, (int) Math.ceil(0.5 * nonEmpty));
		for (int i = 0; i < n; i++) {
			List<Band> lb = notBroad(perLane.get(i), maxWidth);
			if (lb.size() < 4) continue;
			int own = 0;
			for (Band b : lb) if (support.get(b.row) < majority) own++;
			if (own >= 0.5 * lb.size()) kinds.set(i, LaneKind.LADDER);
		}
		return kinds;
	}

	/**
	 * The lane's bands no wider than {@link #WIDE} times the median band of the image: blotches
	 * and smears called as broad bands sit in rows no other lane shares, and in a sample lane
	 * they must not count as a ladder's own rows.
	 */
	private static List<Band> notBroad(List<Band> lane, double maxWidth) {
		List<Band> out = new ArrayList<>();
		for (Band b : lane) if (b.width <= maxWidth) out.add(b);
		return out;
	}

	static final double WIDE = 3;
}
