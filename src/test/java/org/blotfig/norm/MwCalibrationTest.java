package org.blotfig.norm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MwCalibrationTest {

	@Test
	void logLinearThroughThreeExactPoints() {
		// log10: 2, 1.5, 1 at Rf 0.2, 0.5, 0.8 -> slope -5/3, intercept 7/3
		MwCalibration c = MwCalibration.fit(new double[] { 0.2, 0.5, 0.8 },
			new double[] { 100, Math.pow(10, 1.5), 10 }, MwCalibration.Model.LOG_LINEAR);
		assertEquals(Math.pow(10, 1.75), c.kdaAt(0.35), 1e-9); // 56.234 kDa
		assertEquals(0, c.maxAbsResidualPercent(), 1e-9);
		assertFalse(c.isExtrapolated(0.35));
		assertTrue(c.isExtrapolated(0.9));
		assertTrue(c.isExtrapolated(0.1));
	}

	@Test
	void logLinearResidualsByHand() {
		// log10 kDa 2, 1.6, 1 at 0, 0.5, 1: least squares slope -1, intercept 2.0333...
		MwCalibration c = MwCalibration.fit(new double[] { 0, 0.5, 1 },
			new double[] { 100, Math.pow(10, 1.6), 10 }, MwCalibration.Model.LOG_LINEAR);
		double a = 2.0 + 1.0 / 30;
		assertEquals(Math.pow(10, a), c.kdaAt(0), 1e-9);
		assertEquals(Math.pow(10, a - 1), c.kdaAt(1), 1e-9);
		double[] r = c.residualsPercent();
		assertEquals(100 * (Math.pow(10, a) - 100) / 100, r[0], 1e-9); // +7.98 %
		assertEquals(100 * (Math.pow(10, a - 0.5) - Math.pow(10, 1.6)) / Math.pow(10, 1.6), r[1], 1e-9); // -14.2 %
		assertEquals(7.98, r[0], 0.01);
		assertEquals(-14.23, r[1], 0.01);
	}

	@Test
	void cubicRecoversACubicExactlyAndLinearDoesNot() {
		double[] x = { 0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95 };
		double[] kda = new double[x.length];
		for (int i = 0; i < x.length; i++) kda[i] = Math.pow(10, cubic(x[i]));
		MwCalibration c = MwCalibration.fit(x, kda, MwCalibration.Model.CUBIC);
		assertEquals(0, c.maxAbsResidualPercent(), 1e-7);
		assertEquals(Math.pow(10, cubic(0.42)), c.kdaAt(0.42), 1e-7);
		assertTrue(c.isMonotonic());
		MwCalibration l = MwCalibration.fit(x, kda, MwCalibration.Model.LOG_LINEAR);
		assertTrue(l.maxAbsResidualPercent() > 1, "a straight line cannot follow the curvature");
	}

	private static double cubic(double x) {
		return 2.4 - 2 * x + 0.8 * x * x - 0.5 * x * x * x;
	}

	@Test
	void worksInPixelsToo() {
		// same curve in y px (Rf * 1000 + 50): the fit is invariant to an affine coordinate change
		MwCalibration rf = MwCalibration.fit(new double[] { 0.1, 0.3, 0.6, 0.9 }, new double[] { 200, 90, 40, 12 },
			MwCalibration.Model.LOG_LINEAR);
		MwCalibration px = MwCalibration.fit(new double[] { 150, 350, 650, 950 }, new double[] { 200, 90, 40, 12 },
			MwCalibration.Model.LOG_LINEAR);
		assertEquals(rf.kdaAt(0.45), px.kdaAt(500), 1e-9);
		assertArrayEquals(rf.residualsPercent(), px.residualsPercent(), 1e-9);
	}

	@Test
	void rejectsBadLadders() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MwCalibration.fit(
			new double[] { 0.1, 0.2, 0.3 }, new double[] { 100, 150, 10 }, MwCalibration.Model.LOG_LINEAR));
		assertTrue(e.getMessage().contains("out of order"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> MwCalibration.fit(new double[] { 0.1, 0.2, 0.3, 0.4 },
			new double[] { 100, 50, 20, 10 }, MwCalibration.Model.CUBIC));
		assertTrue(e.getMessage().contains("at least 5"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> MwCalibration.fit(new double[] { 0.1, Double.NaN, 0.3 },
			new double[] { 100, 50, 10 }, MwCalibration.Model.LOG_LINEAR));
	}
}
