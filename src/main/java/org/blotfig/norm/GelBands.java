package org.blotfig.norm;

import java.util.ArrayList;
import java.util.List;

import org.blotfig.gel.Band;
import org.blotfig.gel.BandFlag;
import org.blotfig.gel.GelResult;
import org.blotfig.gel.Lane;
import org.blotfig.gel.LaneTotal;

/** Adapts automatic band detection ({@link GelResult}) to the normalisation's input type. */
public final class GelBands {

	private GelBands() {}

	/**
	 * The detected bands as measurements. The migration coordinate is the band centre's y in
	 * full-image pixels: images of one membrane scanned in the same frame share it.
	 */
	public static List<BandMeasurement> of(String image, GelResult r) {
		List<BandMeasurement> out = new ArrayList<>();
		for (Band b : r.bands) {
			List<String> flags = new ArrayList<>();
			for (BandFlag f : b.flags) flags.add(f.label());
			boolean saturated = b.flags.contains(BandFlag.SATURATED);
			// clipped pixels the detector did not judge a clipped top: shown, not excluded
			if (!saturated && b.saturatedPx > 0) flags.add("clipped-pixels");
			out.add(BandMeasurement.detected(image, b.lane, b.row, b.x, b.y, b.volume, b.volumeSe, b.saturatedPx,
				saturated, flags.toArray(new String[0])));
		}
		return out;
	}

	/** Fewest clipped pixels that make a lane total a lower bound (as for bands: not one stray pixel). */
	static final int LANE_CLIPPED_PX = 3;

	/**
	 * Whole-lane totals as measurements flagged {@link BandMeasurement#LANE_TOTAL}, positioned at
	 * the lane's centre, for total-protein normalisation.
	 */
	public static List<BandMeasurement> ofLaneTotals(String image, GelResult r, List<LaneTotal> totals) {
		List<BandMeasurement> out = new ArrayList<>();
		for (LaneTotal t : totals) {
			Lane l = r.lanes.get(t.lane - 1);
			int mid = (l.path.top() + l.path.bottom()) / 2;
			boolean saturated = t.saturatedPx >= LANE_CLIPPED_PX;
			List<String> flags = new ArrayList<>();
			flags.add(BandMeasurement.LANE_TOTAL);
			if (saturated) flags.add("saturated");
			else if (t.saturatedPx > 0) flags.add("clipped-pixels");
			out.add(BandMeasurement.detected(image, t.lane, 0, l.xAt(mid), l.originY + mid + 0.5, t.volume,
				t.volumeSe, t.saturatedPx, saturated, flags.toArray(new String[0])));
		}
		return out;
	}
}
