package org.blotfig.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Prism's P display and asterisks, including the rounding edges where stars use the unrounded P. */
class PrismFormatTest {

	@Test
	void displayRoundsToFourDecimalsWithPrismsLimits() {
		assertEquals("<0.0001", PrismFormat.p(6.7e-16));
		assertEquals("<0.0001", PrismFormat.p(0.0000999));
		assertEquals("0.0001", PrismFormat.p(0.0001));
		assertEquals("0.0216", PrismFormat.p(0.02163116042054103));
		assertEquals("0.0500", PrismFormat.p(0.04996));
		assertEquals("0.9999", PrismFormat.p(0.9999));
		assertEquals(">0.9999", PrismFormat.p(0.99991));
		assertEquals(">0.9999", PrismFormat.p(1));
		assertEquals("", PrismFormat.p(Double.NaN));
	}

	@Test
	void starsComeFromTheUnroundedP() {
		assertEquals("*", PrismFormat.stars(0.04996)); // displays 0.0500 but is < 0.05
		assertEquals("ns", PrismFormat.stars(0.05));
		assertEquals("**", PrismFormat.stars(0.00999));
		assertEquals("*", PrismFormat.stars(0.01));
		assertEquals("***", PrismFormat.stars(0.000999));
		assertEquals("**", PrismFormat.stars(0.001));
		assertEquals("****", PrismFormat.stars(0.0000999));
		assertEquals("***", PrismFormat.stars(0.0001));
		assertEquals("", PrismFormat.stars(Double.NaN));
	}
}
