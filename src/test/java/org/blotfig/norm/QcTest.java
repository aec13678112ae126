package org.blotfig.norm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class QcTest {

	@Test
	void controlCvByHand() {
		// 100 120 80: mean 100, sd 20 -> CV exactly 20 %, not above the limit
		ControlQc ok = ControlQc.of("A", "loading-control", NormalizerTest.lanes("A"),
			NormalizerTest.signals(1, 100, 120, 80));
		assertEquals(3, ok.n);
		assertEquals(100, ok.mean, 1e-12);
		assertEquals(20, ok.sd, 1e-12);
		assertEquals(20, ok.cvPercent, 1e-12);
		assertFalse(ok.isHigh());
		assertNull(ok.warning());
		// 100 130 70 (+ a saturated 500 that must not count): sd 30 -> CV 30 %
		Map<Integer, Signal> c = NormalizerTest.signals(1, 100, 130, 70);
		c.put(4, new Signal(500, true));
		ControlQc high = ControlQc.of("B", "loading-control", NormalizerTest.lanes("B"), c);
		assertEquals(3, high.n);
		assertEquals(30, high.cvPercent, 1e-12);
		assertTrue(high.isHigh());
		assertTrue(high.warning().contains("membrane B: loading-control CV 30.0 %"), high.warning());
	}

	@Test
	void dilutionSeriesAgainstNumpy() {
		// signal = 10 x load up to 8 ug, then the detector saturates
		double[] load = { 32, 1, 2, 4, 8, 16 };
		double[] signal = { 110, 10, 20, 40, 80, 100 };
		DilutionSeries d = DilutionSeries.check(load, signal, DilutionSeries.DEFAULT_MIN_R2);
		// numpy: corrcoef^2 = 0.7574982231698649, lstsq = [27.31343284, 3.1130064]
		assertEquals(0.7574982231698649, d.r2, 1e-12);
		assertEquals(3.1130064, d.slope, 1e-7);
		assertEquals(27.31343284, d.intercept, 1e-7);
		assertEquals(1, d.linearLow, 0);
		assertEquals(8, d.linearHigh, 0); // 1..16 has R2 0.9073 < 0.98
		assertEquals(1, d.linearR2, 1e-12);
		assertTrue(d.isLinearAt(5));
		assertFalse(d.isLinearAt(16));
	}

	@Test
	void dilutionSeriesWithoutLinearRunAndBadInput() {
		DilutionSeries d = DilutionSeries.check(new double[] { 1, 2, 3 }, new double[] { 1, 10, 2 }, 0.98);
		assertTrue(Double.isNaN(d.linearLow));
		assertThrows(IllegalArgumentException.class, () -> DilutionSeries.check(new double[] { 1, 2 },
			new double[] { 1, 2 }, 0.98));
		assertThrows(IllegalArgumentException.class, () -> DilutionSeries.check(new double[] { 2, 2, 2 },
			new double[] { 1, 2, 3 }, 0.98));
	}
}
