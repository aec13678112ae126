package org.blotfig.norm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LadderTest {

	@Test
	void builtInLaddersByLooseName() {
		assertArrayEquals(new double[] { 250, 130, 100, 70, 55, 35, 25, 15, 10 },
			Ladder.parse("pageruler plus prestained").kda(), 0);
		assertArrayEquals(new double[] { 250, 150, 100, 75, 50, 37, 25, 20, 15, 10 },
			Ladder.parse("Precision-Plus Protein").kda(), 0);
		assertEquals(7, Ladder.builtInNames().size());
		for (String n : Ladder.builtInNames()) {
			double[] k = Ladder.parse(n).kda();
			for (int i = 1; i < k.length; i++) assertTrue(k[i] < k[i - 1], n + " must be listed largest first");
		}
	}

	@Test
	void explicitListsAreSortedLargestFirst() {
		assertArrayEquals(new double[] { 100, 70, 40, 3.5 }, Ladder.parse("70; 100;3.5 40").kda(), 0);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ladder.parse("Foo Marker"));
		assertTrue(e.getMessage().contains("PageRuler Plus Prestained"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> Ladder.parse("100;100;50"));
		assertThrows(IllegalArgumentException.class, () -> Ladder.parse("100"));
	}

	/** Bands of a ladder lane placed on a known log-linear curve log10 kDa = 2.6 - 1.8 Rf. */
	static List<BandMeasurement> ladderLane(double[] kda, int lane) {
		List<BandMeasurement> out = new ArrayList<>();
		for (int i = 0; i < kda.length; i++)
			out.add(new BandMeasurement("img", lane, i + 1, (2.6 - Math.log10(kda[i])) / 1.8, 1000, 0));
		return out;
	}

	@Test
	void allBandsPairedTopToBottom() {
		Ladder l = Ladder.parse("PageRuler Plus Prestained");
		LadderFit f = LadderFit.fit(ladderLane(l.kda(), 1), l, MwCalibration.Model.LOG_LINEAR);
		assertTrue(f.warnings.isEmpty(), f.warnings.toString());
		assertEquals(55, f.calibration.kdaAt((2.6 - Math.log10(55)) / 1.8), 1e-9);
		assertEquals(42, f.calibration.kdaAt((2.6 - Math.log10(42)) / 1.8), 1e-9);
	}

	@Test
	void missingTopBandsAreFoundAndReported() {
		Ladder l = Ladder.parse("PageRuler Plus Prestained");
		double[] visible = { 100, 70, 55, 35, 25, 15, 10 }; // 250 and 130 ran into the stacking gel
		LadderFit f = LadderFit.fit(ladderLane(visible, 1), l, MwCalibration.Model.LOG_LINEAR);
		assertEquals(1, f.warnings.size());
		assertTrue(f.warnings.get(0).contains("assumed 100-10 kDa"), f.warnings.get(0));
		assertArrayEquals(visible, f.calibration.nominalKda(), 0);
		assertEquals(0, f.calibration.maxAbsResidualPercent(), 1e-9);
	}

	@Test
	void tooManyBandsIsAnError() {
		Ladder l = Ladder.parse("100;50;25");
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> LadderFit.fit(ladderLane(new double[] { 120, 100, 50, 25 }, 1), l, MwCalibration.Model.LOG_LINEAR));
		assertTrue(e.getMessage().contains("4 bands"), e.getMessage());
	}

	@Test
	void evenlySpacedLadderWithMissingBandsIsNotGuessed() {
		// sizes halving each step: every run of 3 fits a straight line equally well
		Ladder l = Ladder.parse("160;80;40;20;10");
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> LadderFit.fit(ladderLane(new double[] { 80, 40, 20 }, 1), l, MwCalibration.Model.LOG_LINEAR));
		assertTrue(e.getMessage().contains("explicit list"), e.getMessage());
	}
}
