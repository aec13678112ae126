package org.blotfig.gel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.blotfig.core.ProgressListener;
import org.blotfig.synth.BlotGenerator;
import org.blotfig.synth.BlotSpec;
import org.blotfig.synth.Polarity;
import org.blotfig.synth.Preset;
import org.blotfig.synth.SyntheticBlot;
import org.blotfig.synth.Truth;
import org.junit.jupiter.api.Test;

/**
 * Scans with many lanes across (a 48-lane E-PAGE gel, 49 lanes on an 8000 px wide scan): the
 * lanes span only 13-20 px of the lane finder's reduced image. Before, the period search skipped
 * lags under a fortieth of the width (it took twice the pitch) and the lattice's noise bar, which
 * such narrow lanes' own flanks inflate, dropped the faint lanes. Generated scans, short to keep
 * the test fast; every lane found and each centre within a few px of the truth.
 */
class ManyLanesTest {

	/** The generated scan: {@code n} lanes of {@code laneWidth} px with {@code gap} px between, 40 px margins. */
	private static SyntheticBlot blot(Preset preset, int n, int laneWidth, int gap, int height, int bits, Polarity pol,
		long seed)
	{
		int width = 80 + n * laneWidth + (n - 1) * gap;
		BlotSpec layout = new BlotSpec().bitDepth(bits).polarity(pol).lanes(n).laneWidth(laneWidth).laneGap(gap)
			.marginX(40).height(height);
		return BlotGenerator.generate(preset.spec(layout).width(width).seed(seed));
	}

	private static void assertLanes(SyntheticBlot blot, double tolerancePx) {
		int w = blot.width(), h = blot.height();
		GelImage img = blot.truth().bitDepth == 16 ? GelImage.of16Bit(w, h, blot.pixels16()) : GelImage.of8Bit(w, h,
			blot.pixels8());
		GelResult r = new GelAnalyzer().analyze(img, new GelParams(), ProgressListener.NONE);
		Truth t = blot.truth();
		assertEquals(t.lanes.size(), r.lanes.size(), "lane count on " + w + " x " + h);
		int mid = h / 2;
		for (int i = 0; i < t.lanes.size(); i++)
			assertEquals(t.lanes.get(i).xAt(mid + 0.5), r.lanes.get(i).xAt(mid), tolerancePx, "lane " + (i + 1));
	}

	/** An E-PAGE-like gel: 48 lanes of 40 px, 12 px apart (2564 px wide, 17 px lanes in the reduced image). */
	@Test
	void fortyEightNarrowLanes() {
		assertLanes(blot(Preset.TYPICAL, 48, 40, 12, 400, 16, Polarity.LIGHT_BANDS, 1), 3);
	}

	/** 48 lanes of 20 px on an 8-bit dark-bands scan (1369 px wide; 13.5 px lanes in the reduced image). */
	@Test
	void fortyEightLanesOnASmallEightBitScan() {
		assertLanes(blot(Preset.CLEAN, 48, 20, 7, 300, 8, Polarity.DARK_BANDS, 3), 2);
	}

	/** The speed benchmark's 8000 px wide layout (49 lanes of 120 px, 40 px gaps), shortened to 400 rows. */
	@Test
	void fortyNineLanesOnAnEightThousandPixelScan() {
		assertLanes(blot(Preset.CLEAN, 49, 120, 40, 400, 16, Polarity.LIGHT_BANDS, 1), 6);
	}

	/** 30 lanes of 60 px (2460 px wide), dark bands: already found before, must stay so. */
	@Test
	void thirtyLanes() {
		assertLanes(blot(Preset.TYPICAL, 30, 60, 20, 400, 16, Polarity.DARK_BANDS, 2), 3);
	}

	/**
	 * 8 lanes of 14 px, 8 px apart, on HARD film (22 px period: below LaneFinder.FINE_PERIOD): a
	 * bump in the 40 px margin at 5 % of the strongest lane was a ninth lane on seeds 2 and 6.
	 */
	@Test
	void noExtraLaneInTheMarginOfANarrowLaneBlot() {
		for (long seed : new long[] { 2, 6 })
			assertLanes(blot(Preset.HARD, 8, 14, 8, 250, 16, Polarity.LIGHT_BANDS, seed), 2);
	}
}
