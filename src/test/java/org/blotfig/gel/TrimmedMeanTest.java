package org.blotfig.gel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

class TrimmedMeanTest {

	/** Selection gives the sorted trimmed mean to the last bit on whole numbers (what 8/16-bit rows hold). */
	@Test
	void selectionEqualsSortOnWholeNumbers() {
		Random rnd = new Random(5);
		for (int trial = 0; trial < 2000; trial++) {
			int n = 1 + rnd.nextInt(90);
			double[] a = new double[n];
			for (int i = 0; i < n; i++) a[i] = rnd.nextInt(trial % 2 == 0 ? 8 : 65536); // many ties, or few
			double sorted = LaneProfile.trimmedMean(a.clone(), n, -1);
			double selected = LaneProfile.trimmedMeanOfWholeNumbers(a.clone(), n, -1);
			assertEquals(Double.doubleToLongBits(sorted), Double.doubleToLongBits(selected), "n " + n + ", trial " + trial);
		}
		assertEquals(3.0, LaneProfile.trimmedMeanOfWholeNumbers(new double[] { 1000, 3, 3, 3, -50 }, 5, -1), 0);
		assertEquals(-1, LaneProfile.trimmedMeanOfWholeNumbers(new double[0], 0, -1), 0);
	}
}
