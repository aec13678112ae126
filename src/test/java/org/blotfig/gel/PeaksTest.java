package org.blotfig.gel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class PeaksTest {

	/**
	 * The early-stopping walk keeps every prominence at or above the bar to the last bit and
	 * drops only those below it; without a bar it is the plain prominence: noisy profiles with a trend (a gradient down the lane), bands,
	 * ties (whole numbers) and plateaus.
	 */
	@Test
	void prominenceAtLeastKeepsExactlyThoseAtTheBar() {
		Random rnd = new Random(3);
		int kept = 0, dropped = 0;
		for (int trial = 0; trial < 300; trial++) {
			int n = 5 + rnd.nextInt(600);
			double trend = (rnd.nextInt(3) - 1) * rnd.nextDouble() * 0.5, noise = 0.5 + 3 * rnd.nextDouble();
			double[] p = new double[n];
			for (int i = 0; i < n; i++) {
				p[i] = trend * i + noise * rnd.nextGaussian();
				for (int k = 0; k < 3; k++) p[i] += 40 * Math.exp(-0.5 * Math.pow((i - n * (k + 1) / 4.0) / 4, 2));
				if (trial % 4 == 0) p[i] = Math.round(p[i]);
			}
			double bar = trial % 7 == 0 ? 0 : 10 * noise * rnd.nextDouble();
			for (int i : Peaks.maxima(p)) {
				double full = plainProminence(p, i), walked = Peaks.prominenceAtLeast(p, i, bar);
				assertEquals(Double.doubleToLongBits(full), Double.doubleToLongBits(Peaks.prominence(p, i)),
					"trial " + trial + " at " + i);
				if (full >= bar) {
					assertEquals(Double.doubleToLongBits(full), Double.doubleToLongBits(walked), "trial " + trial + " at " + i);
					kept++;
				}
				else {
					assertTrue(walked == Double.NEGATIVE_INFINITY || walked == full, "trial " + trial + " at " + i);
					dropped++;
				}
			}
		}
		assertTrue(kept > 500 && dropped > 5000, kept + " kept, " + dropped + " dropped");
		// a peak at the profile's end (no left side: prominence 0), a plateau, and a NaN bar (never stops early)
		assertEquals(0.0, Peaks.prominenceAtLeast(new double[] { 5, 1, 2 }, 0, 0), 0);
		assertEquals(Double.NEGATIVE_INFINITY, Peaks.prominenceAtLeast(new double[] { 5, 1, 2 }, 0, 4), 0);
		assertEquals(Double.NEGATIVE_INFINITY, Peaks.prominenceAtLeast(new double[] { 0, 3, 3, 1, 9 }, 1, 3.5), 0);
		assertEquals(2.0, Peaks.prominenceAtLeast(new double[] { 0, 3, 1, 9 }, 1, Double.NaN), 0);
	}

	/** Prominence by the definition: each side walked to higher ground (or the end) on its own. */
	private static double plainProminence(double[] p, int i) {
		double h = p[i], leftMin = h, rightMin = h;
		for (int j = i - 1; j >= 0 && p[j] <= h; j--) leftMin = Math.min(leftMin, p[j]);
		for (int j = i + 1; j < p.length && p[j] <= h; j++) rightMin = Math.min(rightMin, p[j]);
		return h - Math.max(leftMin, rightMin);
	}

	/** The smoothing's tap loop without end tests gives the bits of the plain loop (each tap tested), ends included. */
	@Test
	void smoothEqualsThePlainLoop() {
		Random rnd = new Random(9);
		for (int trial = 0; trial < 200; trial++) {
			int n = 1 + rnd.nextInt(300);
			double sigma = trial % 10 == 0 ? 0.3 : 0.5 + 3 * rnd.nextDouble();
			double[] p = new double[n];
			for (int i = 0; i < n; i++) p[i] = 1000 * rnd.nextDouble() - 300;
			double[] got = Peaks.smooth(p, sigma);
			int r = (int) Math.ceil(3 * sigma);
			for (int i = 0; i < n; i++) {
				double t = 0, ws = 0;
				for (int j = -r; j <= r; j++) {
					if (i + j < 0 || i + j >= n) continue;
					double k = Math.exp(-0.5 * j * j / (sigma * sigma));
					t += k * p[i + j];
					ws += k;
				}
				assertEquals(Double.doubleToLongBits(t / ws), Double.doubleToLongBits(got[i]), "trial " + trial + " at " + i);
			}
		}
	}
}
