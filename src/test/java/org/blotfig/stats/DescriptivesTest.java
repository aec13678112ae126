package org.blotfig.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * n, mean, SD, SEM and the 95 % t interval against R:
 * {@code t.test(c(0.866, 1.062, 0.836))$conf.int}, {@code sd(...)},
 * {@code t.test(c(1:9, 10.5))$conf.int} (R 4.2.2, printed with 17 digits).
 */
class DescriptivesTest {

	@Test
	void matchesR() {
		Descriptives d = Descriptives.of(0.866, 1.062, 0.836);
		assertEquals(3, d.n);
		Oracle.rel(0.9213333333333333, d.mean, 1e-15, "mean");
		Oracle.rel(0.12274091955551475, d.sd, 1e-14, "sd");
		Oracle.rel(0.12274091955551475 / Math.sqrt(3), d.sem, 1e-14, "sem");
		Oracle.rel(0.61642798629056561, d.ci95Low, 1e-13, "CI low");
		Oracle.rel(1.22623868037610095, d.ci95High, 1e-13, "CI high");
		Descriptives e = Descriptives.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10.5);
		Oracle.rel(3.3229908137147448, e.ci95Low, 1e-13, "CI low n=10");
		Oracle.rel(7.7770091862852544, e.ci95High, 1e-13, "CI high n=10");
	}

	@Test
	void oneValueHasNoSpreadAndConstantDataHasZero() {
		Descriptives one = Descriptives.of(2.5);
		assertEquals(2.5, one.mean);
		assertTrue(Double.isNaN(one.sd) && Double.isNaN(one.sem) && Double.isNaN(one.ci95Low), "R gives NA");
		Descriptives same = Descriptives.of(2.5, 2.5, 2.5, 2.5);
		assertEquals(0.0, same.sd);
		assertEquals(2.5, same.ci95Low);
		assertEquals(2.5, same.ci95High);
	}
}
