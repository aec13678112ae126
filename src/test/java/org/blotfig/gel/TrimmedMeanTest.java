package org.blotfig.gel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

class TrimmedMeanTest {

	/** Bisection on the values gives the sorted trimmed mean to the last bit on whole numbers (what 8/16-bit rows hold). */
	@Test
	void bisectionEqualsSortOnWholeNumbers() {
		Random rnd = new Random(5);
		for (int trial = 0; trial < 4000; trial++) {
			int n = 1 + rnd.nextInt(90), from = rnd.nextInt(5);
			int[] a = new int[from + n + 3];
			double[] d = new double[n];
			int lo = Integer.MAX_VALUE, hi = Integer.MIN_VALUE;
			for (int i = 0; i < a.length; i++) a[i] = rnd.nextInt(trial % 3 == 0 ? 8 : 65536) - (trial % 5 == 0 ? 30000 : 0);
			for (int i = 0; i < n; i++) {
				int v = a[from + i];
				d[i] = v;
				lo = Math.min(lo, v);
				hi = Math.max(hi, v);
			}
			int[] before = a.clone();
			double sorted = LaneProfile.trimmedMean(d, n, -1);
			double bisected = LaneProfile.trimmedMeanOfInts(a, from, n, lo, hi);
			assertEquals(Double.doubleToLongBits(sorted), Double.doubleToLongBits(bisected), "n " + n + ", trial " + trial);
			assertArrayEquals(before, a, "values left in place");
		}
		assertEquals(3.0, LaneProfile.trimmedMeanOfInts(new int[] { 1000, 3, 3, 3, -50 }, 0, 5, -50, 1000), 0);
		assertEquals(7.0, LaneProfile.trimmedMeanOfInts(new int[] { 9, 7, 9 }, 1, 1, 7, 7), 0);
	}
}
