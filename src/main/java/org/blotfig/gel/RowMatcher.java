package org.blotfig.gel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups bands at the same migration distance across lanes into rows. Lanes are visited left
 * to right and each band joins the row whose most recent band (in the nearest lane to the
 * left) is closest, within a tolerance: rows may drift gradually across the blot (smile,
 * frown, tilt) but a row never takes two bands of one lane. A row that drifts steadily by more
 * than the tolerance per lane (a strip whose band row descends across it) is followed by its
 * trend as well: a band also joins when it lies within the tolerance of the line through the
 * row's last few bands, carried on to its lane. Along a tilted blot rows are perpendicular to
 * the lanes, so positions are compared on y + slope * x (slope = lanes' dx/dy).
 */
final class RowMatcher {

	private RowMatcher() {}

	/** Sets {@link Band#row} (1-based, top to bottom) on the given bands. */
	static void assign(List<Band> bands, double slope) {
		if (bands.isEmpty()) return;
		double[] widths = new double[bands.size()];
		for (int i = 0; i < widths.length; i++) widths[i] = bands.get(i).width;
		double tol = Math.max(3, 0.8 * Peaks.median(widths));
		Map<Integer, List<Band>> byLane = new TreeMap<>();
		for (Band b : bands) byLane.computeIfAbsent(b.lane, k -> new ArrayList<>()).add(b);
		List<List<Band>> rows = new ArrayList<>();
		for (List<Band> lb : byLane.values()) {
			int lane = lb.get(0).lane;
			int nRows = rows.size();
			boolean[] taken = new boolean[nRows];
			// closest pairs first, so a band does not steal the row of a better match
			List<double[]> pairs = new ArrayList<>(); // {distance, band index, row index}
			for (int i = 0; i < lb.size(); i++) {
				double k = key(lb.get(i), slope);
				for (int r = 0; r < nRows; r++) {
					List<Band> row = rows.get(r);
					Band last = row.get(row.size() - 1);
					double d = Math.abs(k - key(last, slope));
					// a row may drift further when it skipped lanes (a band missing in between)
					double allowed = tol * (1 + 0.5 * Math.max(0, lane - last.lane - 1));
					// the trend only into the next lane: carried across skipped lanes its slope's error
					// (two or three bands' position errors) grows with every lane and can reach the next
					// row, whose band it would then take ahead of the row's own (RowMatcherTest); the
					// line through two bands only reaches further than the last band, it does not
					// outrank it (MIN_TREND_BANDS)
					if (lane == last.lane + 1 && (row.size() >= MIN_TREND_BANDS || d > allowed))
						d = Math.min(d, Math.abs(k - trend(row, lane, slope)));
					if (d <= allowed) pairs.add(new double[] { d, i, r });
				}
			}
			Collections.sort(pairs, (a, b) -> Double.compare(a[0], b[0]));
			boolean[] placed = new boolean[lb.size()];
			for (double[] p : pairs) {
				int i = (int) p[1], r = (int) p[2];
				if (placed[i] || taken[r]) continue;
				placed[i] = true;
				taken[r] = true;
				rows.get(r).add(lb.get(i));
			}
			for (int i = 0; i < lb.size(); i++) {
				if (placed[i]) continue;
				List<Band> row = new ArrayList<>();
				row.add(lb.get(i));
				rows.add(row);
			}
		}
		Collections.sort(rows, (a, b) -> Double.compare(meanKey(a, slope), meanKey(b, slope)));
		for (int r = 0; r < rows.size(); r++) for (Band b : rows.get(r)) b.row = r + 1;
	}

	/** Bands a row's trend is taken from: enough to average one band's position error out, few enough to follow a curve. */
	private static final int TREND_BANDS = 4;
	/**
	 * A row is followed by its trend from this many bands on; with fewer, only where its last band
	 * is out of reach (a steep strip: chibidragon test_image2). The line through two bands is the
	 * last band plus its last step, which doubles one band's position error (a 3 px error put a
	 * row onto the next row's band 10 px below, ahead of the row's own band: RowMatcherTest).
	 */
	private static final int MIN_TREND_BANDS = 3;

	/**
	 * Where the row's last bands put it in {@code lane}: the least-squares line of position against
	 * lane number through its last {@link #TREND_BANDS} bands (the last position itself for one band).
	 */
	static double trend(List<Band> row, int lane, double slope) {
		int n = Math.min(TREND_BANDS, row.size());
		List<Band> tail = row.subList(row.size() - n, row.size());
		double mx = 0, my = 0;
		for (Band b : tail) {
			mx += b.lane;
			my += key(b, slope);
		}
		mx /= n;
		my /= n;
		double sxy = 0, sxx = 0;
		for (Band b : tail) {
			sxy += (b.lane - mx) * (key(b, slope) - my);
			sxx += (b.lane - mx) * (b.lane - mx);
		}
		return sxx == 0 ? my : my + sxy / sxx * (lane - mx);
	}

	static double key(Band b, double slope) {
		return b.y + slope * b.x;
	}

	private static double meanKey(List<Band> row, double slope) {
		double s = 0;
		for (Band b : row) s += key(b, slope);
		return s / row.size();
	}
}
