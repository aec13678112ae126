package org.blotfig.figures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class SwarmRendererTest {

	@Test
	void dotsFarApartStayOnTheBarsMiddle() {
		assertArrayEquals(new double[] { 0, 0, 0 }, SwarmRenderer.offsets(new double[] { 10, 30, 50 }, 6), 0);
	}

	@Test
	void overlappingDotsAreSetSideBySideNeverCloserThanADiameter() {
		Random rnd = new Random(3);
		for (int trial = 0; trial < 50; trial++) {
			double[] y = new double[1 + rnd.nextInt(30)];
			for (int i = 0; i < y.length; i++) y[i] = 100 + 15 * rnd.nextGaussian();
			double[] dx = SwarmRenderer.offsets(y, 6);
			for (int i = 0; i < y.length; i++)
				for (int j = i + 1; j < y.length; j++)
					assertTrue(Math.hypot(dx[i] - dx[j], y[i] - y[j]) >= 6 * 0.999, "dots " + i + " and " + j + " overlap");
			assertArrayEquals(dx, SwarmRenderer.offsets(y.clone(), 6), 0, "deterministic");
		}
		// equal values: middle, right, left, right, left
		assertArrayEquals(new double[] { 0, 6, -6, 12, -12 }, SwarmRenderer.offsets(new double[] { 5, 5, 5, 5, 5 }, 6), 0);
		assertEquals(0, SwarmRenderer.offsets(new double[] { 7 }, 6)[0], 0);
	}
}
