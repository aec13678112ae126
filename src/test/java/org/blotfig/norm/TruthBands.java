package org.blotfig.norm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.blotfig.synth.Truth;

/**
 * What a perfect detector would report for a synthetic blot: true volumes and clipping, lanes
 * 1-based, sample rows numbered 1.. by y (from the first sample lane), ladder bands with row 0.
 */
final class TruthBands {

	private TruthBands() {}

	static List<BandMeasurement> of(Truth t, String image) {
		List<Double> rowYs = new ArrayList<>();
		int firstSample = -1;
		for (Truth.Lane l : t.lanes) if ("SAMPLE".equals(l.kind) && firstSample < 0) firstSample = l.index;
		for (Truth.Band b : t.bands) if ("SAMPLE".equals(b.kind) && b.lane == firstSample) rowYs.add(b.y);
		Collections.sort(rowYs);
		List<BandMeasurement> out = new ArrayList<>();
		for (Truth.Band b : t.bands) {
			int row = 0;
			if ("SAMPLE".equals(b.kind)) {
				double best = Double.POSITIVE_INFINITY;
				for (int i = 0; i < rowYs.size(); i++) {
					double d = Math.abs(rowYs.get(i) - b.y);
					if (d < best) {
						best = d;
						row = i + 1;
					}
				}
			}
			out.add(new BandMeasurement(image, b.lane + 1, row, b.y, b.volume, b.clippedPixels));
		}
		return out;
	}
}
