package org.blotfig.norm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Moves sample bands to where their row crosses the ladder lane before the MW is read off the
 * ladder's curve. On a tilted blot, or one that smiles (outer lanes run shorter), a band in a
 * central lane sits lower than the same protein would next to the ladder; reading its y
 * directly off an edge ladder overestimates how far it ran. Each band row is followed across
 * the sample lanes (y as a function of x: a parabola with 5 or more lanes, which covers tilt
 * and smile, a line with 2 to 4) and evaluated at the ladder lane.
 */
final class RowAlignment {

	private RowAlignment() {}

	/** The bands with positions moved to the ladder lane at {@code ladderX}; unchanged when x is unknown. */
	static List<BandMeasurement> toLadder(List<BandMeasurement> bands, double ladderX) {
		if (Double.isNaN(ladderX)) return bands;
		Map<Integer, List<BandMeasurement>> rows = new TreeMap<>();
		for (BandMeasurement b : bands) {
			if (b.row < 1 || Double.isNaN(b.x)) return bands;
			rows.computeIfAbsent(b.row, k -> new ArrayList<>()).add(b);
		}
		List<BandMeasurement> out = new ArrayList<>();
		for (List<BandMeasurement> row : rows.values()) {
			int n = row.size();
			int degree = n >= 5 ? 2 : n >= 2 ? 1 : 0;
			if (degree == 0) {
				out.addAll(row);
				continue;
			}
			double mean = 0, half = 0;
			for (BandMeasurement b : row) mean += b.x;
			mean /= n;
			for (BandMeasurement b : row) half = Math.max(half, Math.abs(b.x - mean));
			if (half == 0) {
				out.addAll(row);
				continue;
			}
			double[] u = new double[n], y = new double[n];
			for (int i = 0; i < n; i++) {
				u[i] = (row.get(i).x - mean) / half;
				y[i] = row.get(i).position;
			}
			double[] c = LeastSquares.polynomial(u, y, degree);
			double atLadder = eval(c, (ladderX - mean) / half);
			for (int i = 0; i < n; i++) out.add(row.get(i).at(row.get(i).position + atLadder - eval(c, u[i])));
		}
		return out;
	}

	private static double eval(double[] c, double u) {
		double v = 0;
		for (int k = c.length - 1; k >= 0; k--) v = v * u + c[k];
		return v;
	}
}
