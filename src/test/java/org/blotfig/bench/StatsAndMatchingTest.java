package org.blotfig.bench;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Percentile definition and one-to-one matching on hand-made cases. */
class StatsAndMatchingTest {

	@Test
	void percentilesInterpolateBetweenOrderStatistics() {
		// R: quantile(c(4, 1, 3, 2), c(0.5, 0.95)) = 2.5, 3.85 (type 7)
		double[] v = { 4, 1, 3, 2 };
		assertEquals(2.5, Stats.median(v), 1e-12);
		assertEquals(3.85, Stats.percentile(v, 95), 1e-12);
		assertEquals(1, Stats.percentile(v, 0), 0);
		assertEquals(4, Stats.percentile(v, 100), 0);
		assertEquals(7, Stats.median(new double[] { 7 }), 0);
		assertEquals(3, Stats.median(new double[] { 5, 3, 1 }), 0);
		assertTrue(Double.isNaN(Stats.median(new double[0])));
		assertArrayEquals(new double[] { 4, 1, 3, 2 }, v, "input left unsorted");
		assertThrows(IllegalArgumentException.class, () -> Stats.percentile(v, 101));
	}

	@Test
	void relativeErrorIsAbsoluteAndScaleFree() {
		assertEquals(0, Stats.relativeError(5, 5), 0);
		assertEquals(0.1, Stats.relativeError(90, 100), 1e-12);
		assertEquals(0.1, Stats.relativeError(110, 100), 1e-12);
		assertThrows(IllegalArgumentException.class, () -> Stats.relativeError(1, 0));
	}

	@Test
	void closestPairsFirstAndNeverTwice() {
		// found 12 is nearest to both 10 and 13; 13 gets it (1 px), 10 falls back to 8 (2 px)
		int[] m = Matching.match(new double[] { 10, 13 }, new double[] { 8, 12 }, new double[] { 5, 5 });
		assertArrayEquals(new int[] { 0, 1 }, m);
		// with a tolerance of 1.5 px the 10 has no partner left: a miss
		m = Matching.match(new double[] { 10, 13 }, new double[] { 8, 12 }, new double[] { 1.5, 1.5 });
		assertArrayEquals(new int[] { -1, 1 }, m);
		assertEquals(1, Matching.unmatchedFound(m, 2));
		// nothing found: all missed
		assertArrayEquals(new int[] { -1, -1 }, Matching.match(new double[] { 1, 2 }, new double[0], new double[] { 9, 9 }));
		// an extra found item is left over
		m = Matching.match(new double[] { 100 }, new double[] { 50, 101, 150 }, new double[] { 20 });
		assertArrayEquals(new int[] { 1 }, m);
		assertEquals(2, Matching.unmatchedFound(m, 3));
	}
}
