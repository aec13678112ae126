package org.blotfig.gel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.blotfig.core.ProgressListener;
import org.blotfig.synth.BlotGenerator;
import org.blotfig.synth.BlotSpec;
import org.blotfig.synth.Preset;
import org.blotfig.synth.SyntheticBlot;
import org.blotfig.synth.Truth;
import org.junit.jupiter.api.Test;

/**
 * Doublets without a dip between them, on generated blots with known volumes: split into two
 * bands with their own volumes and rows when resolvable; lone bands never split.
 */
class DoubletsTest {

	static final int LANES = 6;
	static final double SIGMA = 4;

	/**
	 * Single bands at y 80 and 300 and a doublet at y 180 and 180 + sep; peak heights as
	 * fractions of the headroom.
	 */
	static SyntheticBlot blot(Preset preset, long seed, double sep, double upper, double lower) {
		BlotSpec s = preset.spec().seed(seed).lanes(LANES).clearRows().loadingCv(0).volumeJitter(0).rowJitter(0);
		for (int l = 0; l < LANES; l++) s.laneKind(l, org.blotfig.synth.LaneKind.SAMPLE).loading(l, 1);
		double room = s.headroom();
		s.addRow("single a", 80, SIGMA, s.volumeForPeak(SIGMA, 0.3 * room));
		if (upper > 0) s.addRow("doublet upper", 180, SIGMA, s.volumeForPeak(SIGMA, upper * room));
		if (lower > 0) s.addRow("doublet lower", 180 + sep, SIGMA, s.volumeForPeak(SIGMA, lower * room));
		s.addRow("single b", 300, 5, s.volumeForPeak(5, 0.2 * room));
		return BlotGenerator.generate(s);
	}

	static GelResult run(SyntheticBlot b) {
		GelImage img = b.bitDepth() == 8 ? GelImage.of8Bit(b.width(), b.height(), b.pixels8()) :
			GelImage.of16Bit(b.width(), b.height(), b.pixels16());
		return new GelAnalyzer().analyze(img, new GelParams(), ProgressListener.NONE);
	}

	/**
	 * Every true band is found once in its lane, near its place, within {@code tol} of its volume,
	 * no other band is called, and each true row is one detected row.
	 */
	static void assertFound(SyntheticBlot b, GelResult r, double tol) {
		Truth t = b.truth();
		assertEquals(LANES, r.lanes.size());
		assertEquals(t.bands.size(), r.bands.size(), "bands " + r.bands);
		Map<Integer, Set<Integer>> rowsOf = new HashMap<>();
		List<Band> used = new ArrayList<>();
		for (Truth.Band tb : t.bands) {
			Band best = null;
			for (Band d : r.bands)
				if (d.lane == tb.lane + 1 && (best == null || Math.abs(d.y - tb.y) < Math.abs(best.y - tb.y))) best = d;
			String what = "lane " + (tb.lane + 1) + " true y " + tb.y + " volume " + tb.volume + ": " + best;
			assertTrue(best != null && Math.abs(best.y - tb.y) <= 2.5, what);
			assertTrue(!used.contains(best), what);
			used.add(best);
			assertEquals(tb.volume, best.volume, tol * tb.volume, what);
			rowsOf.computeIfAbsent(tb.row, k -> new HashSet<>()).add(best.row);
		}
		Set<Integer> all = new HashSet<>();
		for (Set<Integer> rows : rowsOf.values()) {
			assertEquals(1, rows.size(), "one true row, one detected row: " + rowsOf);
			all.addAll(rows);
		}
		assertEquals(rowsOf.size(), all.size(), "true rows stay apart: " + rowsOf);
	}

	@Test
	void equalDoubletTwoSigmaApartIsSplit() {
		SyntheticBlot b = blot(Preset.CLEAN, 1, 2 * SIGMA, 0.25, 0.25);
		assertFound(b, run(b), 0.10);
	}

	/** With a dip between them (found by the band caller itself): each keeps its own width and volume. */
	@Test
	void equalDoubletTwoAndAHalfSigmaApartIsSplit() {
		SyntheticBlot b = blot(Preset.CLEAN, 2, 2.5 * SIGMA, 0.25, 0.25);
		assertFound(b, run(b), 0.10);
	}

	@Test
	void threeToOneDoubletIsSplit() {
		SyntheticBlot b = blot(Preset.CLEAN, 3, 2.5 * SIGMA, 0.3, 0.1);
		assertFound(b, run(b), 0.10);
	}

	@Test
	void oneToThreeDoubletIsSplit() {
		SyntheticBlot b = blot(Preset.CLEAN, 4, 2.25 * SIGMA, 0.1, 0.3);
		assertFound(b, run(b), 0.10);
	}

	/** Noise, gradient, blotches, dust, 1 degree tilt and smile (the TYPICAL preset). */
	@Test
	void noisyDoubletsAreSplit() {
		SyntheticBlot b = blot(Preset.TYPICAL, 5, 2 * SIGMA, 0.25, 0.25);
		assertFound(b, run(b), 0.10);
		b = blot(Preset.TYPICAL, 7, 2.5 * SIGMA, 0.3, 0.1);
		assertFound(b, run(b), 0.10);
	}

	/** Lone bands (one of them broader than the rest) are not split, on a clean and on a noisy blot. */
	@Test
	void singleBandsAreNotSplit() {
		for (Preset p : new Preset[] { Preset.CLEAN, Preset.TYPICAL }) {
			SyntheticBlot b = blot(p, 6, 0, 0.25, 0);
			assertFound(b, run(b), 0.05);
		}
	}
}
