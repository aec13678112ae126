package org.blotfig.bench;

import static org.junit.jupiter.api.Assertions.*;

import org.blotfig.synth.BlotGenerator;
import org.blotfig.synth.BlotSpec;
import org.blotfig.synth.Polarity;
import org.blotfig.synth.Preset;
import org.blotfig.synth.SyntheticBlot;
import org.junit.jupiter.api.Test;

/** The ImageJ reference recovers known volumes where its assumptions hold. */
class ImageJGelMethodTest {

	/** A noise-free, flat, straight blot: the rolling ball finds the flat background under every band. */
	static SyntheticBlot flatBlot(Polarity p) {
		BlotSpec s = Preset.CLEAN.spec(16, p).scaleNoise(0);
		return BlotGenerator.generate(s);
	}

	@Test
	void lightBandsOnFlatBackgroundMatchTruth() {
		check(flatBlot(Polarity.LIGHT_BANDS), false);
	}

	@Test
	void darkBandsUseImageJsLightBackgroundMode() {
		SyntheticBlot b = flatBlot(Polarity.DARK_BANDS);
		check(b, true);
		// the wrong mode (rolling from below on a light background) gives nonsense: the test can fail
		double[] wrong = ImageJGelMethod.volumes(b.pixelsAsFloat(), b.truth(), false, ImageJGelMethod.RADIUS);
		double[] err = new double[wrong.length];
		for (int i = 0; i < wrong.length; i++) err[i] = Stats.relativeError(wrong[i], b.truth().bands.get(i).volume);
		assertTrue(Stats.median(err) > 0.3, "wrong polarity, median error " + Stats.median(err));
	}

	static void check(SyntheticBlot b, boolean dark) {
		double[] v = ImageJGelMethod.volumes(b.pixelsAsFloat(), b.truth(), dark, ImageJGelMethod.RADIUS);
		int n = 0;
		for (int i = 0; i < v.length; i++) {
			double t = b.truth().bands.get(i).volume;
			if (t < 1e4) continue; // the weakest bands are dominated by rounding to integers
			// the rectangle is the lane width and the band's edges are soft (2 px): a little
			// falls outside, and the rolling ball rises a little into broad bands
			assertEquals(t, v[i], 0.03 * t, "band " + i);
			n++;
		}
		assertTrue(n >= 20, "bands checked: " + n);
	}

	@Test
	void sumsInclusiveBoxes() {
		float[] img = new float[4 * 3];
		for (int p = 0; p < img.length; p++) img[p] = p;
		// columns 1..2 of rows 1..2: 5 + 6 + 9 + 10
		assertEquals(30, ImageJGelMethod.sum(img, 4, 1, 2, 1, 2), 0);
	}
}
