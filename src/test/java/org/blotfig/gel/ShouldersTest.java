package org.blotfig.gel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.blotfig.core.ProgressListener;
import org.junit.jupiter.api.Test;

/** Overlapping bands without a dip between them (a shoulder) are split, with known volumes. */
class ShouldersTest {

	static GelResult run(TestBlot t) {
		return new GelAnalyzer().analyze(t.image(), new GelParams(), ProgressListener.NONE);
	}

	/** Sigma 3, 6.5 px apart: one maximum between them (also after the caller's smoothing); equal volumes. */
	@Test
	void equalBandsTwoSigmaApartAreSplit() {
		TestBlot t = new TestBlot();
		for (int l = 0; l < t.lanes; l++) t.band(l, 140, 3, 30000).band(l, 146.5, 3, 30000);
		check(run(t), t);
	}

	/** A band half as strong 2.5 sigma below a strong one, a shoulder on its flank. */
	@Test
	void weakerShoulderIsSplit() {
		TestBlot t = new TestBlot();
		t.seed = 3;
		for (int l = 0; l < t.lanes; l++) t.band(l, 140, 4, 30000).band(l, 150, 4, 15000);
		check(run(t), t);
	}

	/** A lone band, also on a noisy 8-bit dark-band blot, stays one band. */
	@Test
	void singleBandsAreNotSplit() {
		TestBlot t = new TestBlot();
		t.bitDepth = 8;
		t.darkBands = true;
		t.background = 200;
		t.noise = 4;
		for (int l = 0; l < t.lanes; l++) t.band(l, 100, 3 + l, 8000 + 1000 * l).band(l, 200, 5, 6000);
		GelResult r = run(t);
		assertEquals(12, r.bands.size());
	}

	static void check(GelResult r, TestBlot t) {
		assertEquals(2 * t.lanes, r.bands.size());
		for (Band b : r.bands) {
			double[] truth = GelAnalyzerTest.truth(t, b);
			assertEquals(truth[1], b.y, 2.5, "lane " + b.lane + " y " + b.y);
			assertEquals(truth[3], b.volume, 0.08 * truth[3], "lane " + b.lane + " y " + b.y);
			assertTrue(b.flags.contains(BandFlag.TOUCHING));
		}
	}
}
