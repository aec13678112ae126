package org.blotfig.norm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RowAlignmentTest {

	@Test
	void rowsAreFollowedToTheLadderLane() {
		List<BandMeasurement> bands = new ArrayList<>();
		// row 1 on 5 lanes: tilt 0.02 px/px plus a smile 1e-4 (x - 300)^2 -> at x = 50: 300 - 5 + 6.25
		for (int i = 0; i < 5; i++) {
			double x = 100 + 100 * i, d = x - 300;
			bands.add(new BandMeasurement("img", i + 2, 1, x, 300 + 0.02 * d + 1e-4 * d * d, 10, 0));
		}
		// row 2 on 3 lanes: a line 100 + 0.05 (x - 200) -> at x = 50: 92.5
		for (int i = 0; i < 3; i++) {
			double x = 200 + 100 * i;
			bands.add(new BandMeasurement("img", i + 3, 2, x, 100 + 0.05 * (x - 200), 10, 0));
		}
		bands.add(new BandMeasurement("img", 4, 3, 300, 50, 10, 0)); // a single band is left alone
		List<BandMeasurement> out = RowAlignment.toLadder(bands, 50);
		assertEquals(bands.size(), out.size());
		for (BandMeasurement b : out) {
			double expected = b.row == 1 ? 301.25 : b.row == 2 ? 92.5 : 50;
			assertEquals(expected, b.position, 1e-9, b.toString());
		}
	}

	@Test
	void withoutXNothingMoves() {
		List<BandMeasurement> bands = new ArrayList<>();
		bands.add(new BandMeasurement("img", 2, 1, 100, 10, 0));
		bands.add(new BandMeasurement("img", 3, 1, 104, 10, 0));
		assertSame(bands, RowAlignment.toLadder(bands, 50));
	}
}
