package org.blotfig.bench;

import java.util.Locale;

import org.blotfig.synth.BlotSpec;
import org.blotfig.synth.Preset;

/** One image of the accuracy grid: its spec and the labels it is bucketed by. */
public final class GridCase {

	public final int index;
	public final BlotSpec spec;
	public final Preset difficulty;
	/** A strong linear background gradient was added (else there is none). */
	public final boolean gradient;

	GridCase(int index, BlotSpec spec, Preset difficulty, boolean gradient) {
		this.index = index;
		this.spec = spec;
		this.difficulty = difficulty;
		this.gradient = gradient;
	}

	/** Tilt bucket: "0-1", "1-3" or "3-5" degrees (absolute). */
	public String tiltBucket() {
		double t = Math.abs(spec.tiltDeg());
		return t < 1 ? "0-1" : t < 3 ? "1-3" : "3-5";
	}

	/** One line naming everything that matters for reproducing this image. */
	public String describe() {
		return String.format(Locale.ROOT,
			"image %d: seed %d, %s, %s, %d-bit, %s, %d lanes of %d px (gap %d), %dx%d, tilt %.2f deg, smile %.1f px, " +
				"splay %.1f px, gradient %.2g/%.2g per px",
			index, spec.seed(), difficulty.label(), gradient ? "gradient" : "flat", spec.bitDepth(), spec.polarity().label(),
			spec.lanes(), spec.laneWidth(), spec.laneGap(), spec.width(), spec.height(), spec.tiltDeg(), spec.smile(),
			spec.splay(), spec.gradientX(), spec.gradientY());
	}
}
