package org.blotfig.gel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.blotfig.core.ProgressListener;
import org.junit.jupiter.api.Test;

/**
 * The valley baseline's sideways check ({@link LaneGap}, {@link BandFlag#UNEVEN_BACKGROUND}): a
 * blotch centred under one band, which the valley windows above and below it cannot see, flags
 * that band and widens its SE to cover the volume's error; a flat membrane flags nothing.
 */
class UnevenBackgroundTest {

	static TestBlot blot(long seed) {
		TestBlot t = new TestBlot();
		t.seed = seed;
		// lanes a little apart, as on the generated blot sets (boxes that touch leave no gap to check)
		t.pitch = 66;
		t.width = 460;
		for (int l = 0; l < t.lanes; l++) {
			t.band(l, 100, 4, 20000);
			t.band(l, 200, 5, 20000);
		}
		return t;
	}

	static GelResult analyze(TestBlot t) {
		GelParams p = new GelParams();
		p.lanes = t.lanes;
		return new GelAnalyzer().analyze(t.image(), p, ProgressListener.NONE);
	}

	static Band band(GelResult r, int lane, double y) {
		Band best = null;
		for (Band b : r.bandsOfLane(lane)) if (best == null || Math.abs(b.y - y) < Math.abs(best.y - y)) best = b;
		return best;
	}

	/**
	 * A blotch under lane 3's lower band, stretched across the lane (three Gaussians side by side,
	 * about 30 % of the band's peak): the valley windows above and below see too little of it.
	 */
	@Test
	void blotchUnderOneBand() {
		for (long seed = 1; seed <= 3; seed++) {
			TestBlot t = blot(seed);
			for (int k = -1; k <= 1; k++) t.blotch(t.laneX(2) + 30 * k, 200, 20, 8);
			GelResult r = analyze(t);
			assertEquals(12, r.bands.size());
			Band hit = band(r, 3, 200.5);
			double err = hit.volume - 20000;
			// the valley baseline misses the blotch under the band by tens of per cent (measured 36-40 %) ...
			assertTrue(err > 0.2 * 20000, "seed " + seed + ": error " + err);
			// ... the gaps see it: flagged, and the SE now covers the error
			assertTrue(hit.flags.contains(BandFlag.UNEVEN_BACKGROUND), "seed " + seed + ": " + hit.flagString());
			assertFalse(hit.flags.contains(BandFlag.WIDER_THAN_BOX), "seed " + seed + ": " + hit.flagString());
			assertTrue(Math.abs(err) < 2 * hit.volumeSe, "seed " + seed + ": " + err + " vs SE " + hit.volumeSe);
			// bands far from the blotch are not flagged
			for (Band b : r.bands)
				if (b.lane == 1 || b.lane == 5 || b.lane == 6 || b.y < 150)
					assertFalse(b.flags.contains(BandFlag.UNEVEN_BACKGROUND), "seed " + seed + " lane " + b.lane + " y " + b.y);
			System.out.printf("seed %d: volume error %+.1f %%, SE %.1f %%%n", seed, 100 * err / 20000, 100 * hit.volumeSe / 20000);
		}
	}

	/**
	 * Lanes drawn narrower than the bands (boxes 25 px for 36 px bands): both gaps show the band
	 * itself, row by row as its profile, and the flag says so instead of a blotch.
	 */
	@Test
	void bandsWiderThanTheirBoxes() {
		TestBlot t = blot(1);
		GelImage img = t.image();
		List<LanePath> narrow = new ArrayList<>();
		for (int l = 0; l < t.lanes; l++) narrow.add(LanePath.straight(t.laneX(l), t.laneX(l), t.height, 12));
		GelParams p = new GelParams();
		GelResult r = new GelAnalyzer().quantify(img, narrow, p, ProgressListener.NONE);
		assertEquals(12, r.bands.size());
		int wider = 0;
		for (Band b : r.bands) {
			assertFalse(b.flags.contains(BandFlag.UNEVEN_BACKGROUND), "lane " + b.lane + " y " + b.y + ": " + b.flagString());
			if (b.flags.contains(BandFlag.WIDER_THAN_BOX)) {
				wider++;
				// the box holds about 25 / 36 of the band: the SE stands for the missing part's size
				assertTrue(b.volumeSe > 0.1 * b.volume, "lane " + b.lane + ": SE " + b.volumeSe + " volume " + b.volume);
			}
		}
		// the outer lanes' margins are 1 px (the typical gap is too): the inner ten bands are checked
		assertTrue(wider >= 8, "flagged wider_than_box: " + wider);
	}

	/** The same blots without the blotch: no band is flagged, so their SEs are as before. */
	@Test
	void flatMembraneFlagsNothing() {
		for (long seed = 1; seed <= 5; seed++) {
			GelResult r = analyze(blot(seed));
			assertEquals(12, r.bands.size());
			for (Band b : r.bands) {
				assertFalse(b.flags.contains(BandFlag.UNEVEN_BACKGROUND), "seed " + seed + " lane " + b.lane);
				assertFalse(b.flags.contains(BandFlag.WIDER_THAN_BOX), "seed " + seed + " lane " + b.lane);
			}
		}
	}
}
