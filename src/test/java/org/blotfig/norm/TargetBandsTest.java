package org.blotfig.norm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TargetBandsTest {

	/** Rf on the curve log10 kDa = 2.6 - 1.8 Rf. */
	static double rf(double kda) {
		return (2.6 - Math.log10(kda)) / 1.8;
	}

	static final MwCalibration CAL = MwCalibration.fit(new double[] { rf(250), rf(100), rf(50), rf(25), rf(10) },
		new double[] { 250, 100, 50, 25, 10 }, MwCalibration.Model.LOG_LINEAR);

	/** Three lanes; row 1 at 72 kDa is much stronger than the target row 2 at 53 kDa. */
	static List<BandMeasurement> bands() {
		List<BandMeasurement> b = new ArrayList<>();
		for (int lane = 1; lane <= 3; lane++) {
			b.add(new BandMeasurement("img", lane, 1, rf(72), 9000, 0));
			b.add(new BandMeasurement("img", lane, 2, rf(53 * (1 + 0.01 * lane)), 100 * lane, 0));
		}
		b.add(new BandMeasurement("img", 2, 3, rf(20), 50, 0)); // a degradation product in lane 2 only
		return b;
	}

	@Test
	void byRowTakesThatRowNotTheStrongest() {
		TargetBands t = TargetBands.byRow(bands(), 2);
		assertEquals(3, t.byLane.size());
		assertEquals(200, t.byLane.get(2).volume, 0);
		assertEquals(3, TargetBands.byRow(bands(), 3).row);
		assertEquals(1, TargetBands.byRow(bands(), 3).byLane.size());
	}

	@Test
	void byMwPicksTheNearestRow() {
		TargetBands t = TargetBands.byMw(bands(), CAL, 53, 0.15);
		assertEquals(2, t.row);
		assertTrue(t.warnings.isEmpty(), t.warnings.toString());
		assertEquals(300, t.byLane.get(3).volume, 0);
	}

	@Test
	void byMwReportsAnotherRowWithinTolerance() {
		TargetBands t = TargetBands.byMw(bands(), CAL, 63, 0.20); // 72 and ~54 kDa both within 20 % of 63
		assertEquals(1, t.row); // 72/63 = 1.14 is nearer in log scale than 54.06/63 = 0.86
		assertEquals(1, t.warnings.size());
		assertTrue(t.warnings.get(0).contains("row 2"), t.warnings.get(0));
	}

	@Test
	void byMwWithNoRowNearIsAnErrorListingTheRows() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> TargetBands.byMw(bands(), CAL, 150, 0.15));
		assertTrue(e.getMessage().contains("row 1 ~72.0 kDa"), e.getMessage());
	}

	@Test
	void onlyRowRefusesToGuess() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TargetBands.onlyRow(bands()));
		assertTrue(e.getMessage().contains("3 band rows"), e.getMessage());
		List<BandMeasurement> strip = new ArrayList<>();
		strip.add(new BandMeasurement("s", 1, 1, 10, 5, 0));
		strip.add(new BandMeasurement("s", 2, 1, 11, 6, 0));
		assertEquals(2, TargetBands.onlyRow(strip).byLane.size());
		assertThrows(IllegalArgumentException.class, () -> TargetBands.onlyRow(new ArrayList<>()));
	}
}
