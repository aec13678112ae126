package org.blotfig.gel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Groups bands at the same migration distance across lanes into rows. Along a tilted blot the
 * rows are perpendicular to the lanes, so bands are compared on y + slope * x, where slope is
 * the lanes' dx/dy; a row never takes two bands of one lane.
 */
final class RowMatcher {

	private RowMatcher() {}

	/** Sets {@link Band#row} (1-based, top to bottom) on the given bands. */
	static void assign(List<Band> bands, double slope) {
		if (bands.isEmpty()) return;
		double[] widths = new double[bands.size()];
		for (int i = 0; i < widths.length; i++) widths[i] = bands.get(i).width;
		double tol = Math.max(3, 0.6 * Peaks.median(widths));
		List<Band> sorted = new ArrayList<>(bands);
		Collections.sort(sorted, (a, b) -> Double.compare(key(a, slope), key(b, slope)));
		int row = 1;
		double start = key(sorted.get(0), slope);
		double last = start;
		Set<Integer> lanes = new HashSet<>();
		for (Band b : sorted) {
			double k = key(b, slope);
			if (k - last > tol || k - start > 2 * tol || lanes.contains(b.lane)) {
				row++;
				lanes.clear();
				start = k;
			}
			b.row = row;
			lanes.add(b.lane);
			last = k;
		}
	}

	static double key(Band b, double slope) {
		return b.y + slope * b.x;
	}
}
