package org.blotfig.norm;

import java.util.ArrayList;
import java.util.List;

import org.blotfig.gel.Band;
import org.blotfig.gel.BandFlag;
import org.blotfig.gel.GelResult;

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
			out.add(BandMeasurement.detected(image, b.lane, b.row, b.x, b.y, b.volume, b.saturatedPx, saturated,
				flags.toArray(new String[0])));
		}
		return out;
	}
}
