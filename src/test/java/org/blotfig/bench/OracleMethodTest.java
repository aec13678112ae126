package org.blotfig.bench;

import static org.junit.jupiter.api.Assertions.*;

import org.blotfig.synth.BlotGenerator;
import org.blotfig.synth.Polarity;
import org.blotfig.synth.Preset;
import org.blotfig.synth.SyntheticBlot;
import org.junit.jupiter.api.Test;

/** The error floor is exact on a noise-free blot, for both polarities, and feels the noise of a noisy one. */
class OracleMethodTest {

	@Test
	void noiseFreeBlotGivesTheTrueVolumes() {
		for (Polarity p : Polarity.values()) {
			SyntheticBlot b = BlotGenerator.generate(Preset.TYPICAL.spec(16, p).scaleNoise(0).dust(0, 0, 1));
			double[] v = OracleMethod.volumes(b.pixelsAsFloat(), b.backgroundImage(), b.truth(), p.sign());
			for (int i = 0; i < v.length; i++) {
				double t = b.truth().bands.get(i).volume;
				// only rounding to integer pixel values remains: at most 0.5 per pixel of the box
				double area = b.truth().bands.get(i).box.width * (double) b.truth().bands.get(i).box.height;
				assertEquals(t, v[i], 0.5 * area, p + " band " + i);
			}
		}
	}

	@Test
	void noiseShowsInTheFloor() {
		SyntheticBlot b = BlotGenerator.generate(Preset.HARD.spec(8, Polarity.DARK_BANDS));
		double[] v = OracleMethod.volumes(b.pixelsAsFloat(), b.backgroundImage(), b.truth(), -1);
		double[] err = new double[v.length];
		for (int i = 0; i < v.length; i++) err[i] = Stats.relativeError(v[i], b.truth().bands.get(i).volume);
		assertTrue(Stats.percentile(err, 95) > 0.01, "p95 " + Stats.percentile(err, 95));
	}

}
