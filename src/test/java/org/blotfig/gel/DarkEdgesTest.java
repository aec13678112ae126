package org.blotfig.gel;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Column projections built from known lanes: which are filled, and how. */
class DarkEdgesTest {

	static final int LANES = 6, WIDTH = 40, GAP = 12, LEFT = 30;

	/**
	 * Lanes of {@link #WIDTH} px with soft (Gaussian-blurred) sides: an edge peak of height
	 * {@code edge} 4 px inside each side over a floor of {@code middle} across the lane.
	 */
	static double[] lanes(double edge, double middle) {
		int n = LEFT * 2 + LANES * (WIDTH + GAP);
		double[] p = new double[n];
		for (int l = 0; l < LANES; l++) {
			int a = LEFT + l * (WIDTH + GAP), b = a + WIDTH;
			for (int x = a; x < b; x++) {
				double da = x - (a + 4), db = x - (b - 5);
				p[x] = middle + (edge - middle) * Math.max(Math.exp(-da * da / 18), Math.exp(-db * db / 18));
			}
		}
		return Peaks.smooth(p, 2);
	}

	@Test
	void darkEdgedLanesAreFilledBetweenTheirEdgesOnly() {
		double[] p = lanes(1.0, 0.3);
		double[] f = DarkEdges.fill(p, 0.05);
		for (int l = 0; l < LANES; l++) {
			int a = LEFT + l * (WIDTH + GAP);
			// the inside is raised to about the edges' level; the gap after the lane is untouched
			for (int x = a + 8; x < a + WIDTH - 8; x++) assertTrue(f[x] > 0.8, "lane " + l + " x " + x + ": " + f[x]);
			if (l + 1 < LANES) {
				int g = a + WIDTH + GAP / 2;
				assertTrue(f[g] == p[g] && f[g] < 0.3, "gap after lane " + l + ": " + f[g]);
			}
		}
	}

	/** Flat-topped lanes, and lanes with one peak in the middle, are left as they are. */
	@Test
	void ordinaryLanesAreLeftAlone() {
		double[] flat = lanes(1.0, 1.0);
		assertSame(flat, DarkEdges.fill(flat, 0.05));
		double[] peaked = lanes(0.3, 0.3);
		for (int l = 0; l < LANES; l++) {
			int c = LEFT + l * (WIDTH + GAP) + WIDTH / 2;
			for (int x = c - 10; x <= c + 10; x++) peaked[x] += 0.7 * Math.exp(-(x - c) * (x - c) / 30.0);
		}
		assertSame(peaked, DarkEdges.fill(peaked, 0.05));
	}

	/** Two peaks per lane whose dips go down to the membrane are two lanes each, not one. */
	@Test
	void edgesSeparatedByTheMembraneAreNotJoined() {
		double[] p = lanes(1.0, 0.0);
		assertSame(p, DarkEdges.fill(p, 0.05));
	}
}
