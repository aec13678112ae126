package org.blotfig.norm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Picks the band row that is a protein of interest on one image: by row index, by expected
 * molecular weight (needs a ladder calibration), or, when neither is given, the only row there
 * is. Never the strongest band: a lane with several bands is exactly where that goes wrong
 * (a degradation product, a non-specific band, an unstripped previous probe).
 */
public final class TargetBands {

	/** The chosen row (1-based). */
	public final int row;
	/** The chosen row's band in each lane that has one. */
	public final Map<Integer, BandMeasurement> byLane;
	/** Visible notes about the choice (e.g. another row was also close to the expected MW). */
	public final List<String> warnings;

	private TargetBands(int row, Map<Integer, BandMeasurement> byLane, List<String> warnings) {
		this.row = row;
		this.byLane = Collections.unmodifiableMap(byLane);
		this.warnings = Collections.unmodifiableList(warnings);
	}

	/** Default relative tolerance between a row's apparent MW and the expected MW. */
	public static final double DEFAULT_MW_TOLERANCE = 0.15;

	/** The bands of the given row. */
	public static TargetBands byRow(List<BandMeasurement> bands, int row) {
		if (row < 1) throw new IllegalArgumentException("row must be >= 1, got " + row);
		return collect(bands, row, new ArrayList<String>());
	}

	/**
	 * The row whose median apparent MW is nearest (in log scale) to {@code expectedKda}, among
	 * rows within {@code tolerance} (relative); if another row is also within tolerance the
	 * choice is kept but reported.
	 *
	 * @throws IllegalArgumentException when no row is within tolerance (lists the rows' MWs)
	 */
	public static TargetBands byMw(List<BandMeasurement> bands, MwCalibration cal, double expectedKda,
		double tolerance)
	{
		Map<Integer, List<Double>> kdaByRow = new TreeMap<>();
		for (BandMeasurement b : bands) {
			if (b.row < 1) continue;
			kdaByRow.computeIfAbsent(b.row, k -> new ArrayList<>()).add(cal.kdaAt(b.position));
		}
		int best = -1;
		double bestDist = Double.POSITIVE_INFINITY;
		List<String> within = new ArrayList<>();
		StringBuilder all = new StringBuilder();
		for (Map.Entry<Integer, List<Double>> e : kdaByRow.entrySet()) {
			double med = median(e.getValue());
			String desc = String.format(Locale.ROOT, "row %d ~%.1f kDa", e.getKey(), med);
			all.append(all.length() == 0 ? "" : ", ").append(desc);
			if (Math.abs(med / expectedKda - 1) > tolerance) continue;
			within.add(desc);
			double dist = Math.abs(Math.log(med / expectedKda));
			if (dist < bestDist) {
				bestDist = dist;
				best = e.getKey();
			}
		}
		if (best < 0) throw new IllegalArgumentException(String.format(Locale.ROOT,
			"no band row within %.0f %% of %s kDa (found: %s); give the row index instead", 100 * tolerance,
			LadderFit.fmt(expectedKda), all.length() == 0 ? "no bands" : all));
		List<String> warnings = new ArrayList<>();
		if (within.size() > 1) warnings.add(String.format(Locale.ROOT,
			"several rows near %s kDa (%s): took row %d, the nearest; give row= to choose another",
			LadderFit.fmt(expectedKda), String.join(", ", within), best));
		return collect(bands, best, warnings);
	}

	/**
	 * The single band row of an image with one row (a cropped strip).
	 *
	 * @throws IllegalArgumentException when the image has no or several rows
	 */
	public static TargetBands onlyRow(List<BandMeasurement> bands) {
		TreeMap<Integer, Integer> rows = new TreeMap<>();
		for (BandMeasurement b : bands) if (b.row >= 1) rows.merge(b.row, 1, Integer::sum);
		if (rows.isEmpty()) throw new IllegalArgumentException("no bands found");
		if (rows.size() > 1) throw new IllegalArgumentException("found " + rows.size() +
			" band rows (" + rows.keySet() + "); say which is the protein with a row index or an " +
			"expected MW (mw_kda) and a ladder");
		return collect(bands, rows.firstKey(), new ArrayList<String>());
	}

	private static TargetBands collect(List<BandMeasurement> bands, int row, List<String> warnings) {
		Map<Integer, BandMeasurement> byLane = new LinkedHashMap<>();
		for (BandMeasurement b : bands) {
			if (b.row != row) continue;
			// the detector matches one band per lane into a row; two would be its bug, not a choice
			if (byLane.put(b.lane, b) != null) throw new IllegalArgumentException("lane " + b.lane +
				" has two bands in row " + row);
		}
		return new TargetBands(row, byLane, warnings);
	}

	static double median(List<Double> v) {
		List<Double> s = new ArrayList<>(v);
		Collections.sort(s);
		int n = s.size();
		return n % 2 == 1 ? s.get(n / 2) : 0.5 * (s.get(n / 2 - 1) + s.get(n / 2));
	}
}
