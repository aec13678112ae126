package org.blotfig.stats;

import java.util.Locale;

/**
 * GraphPad Prism's presentation of P values: "&lt;0.0001", "&gt;0.9999" or four decimals, and
 * the asterisk summary. Stars always come from the unrounded P, so P = 0.04996 (displayed
 * "0.0500") still gets "*".
 */
public final class PrismFormat {

	private PrismFormat() {}

	/** Empty for an undefined (NaN) P. */
	public static String p(double p) {
		if (Double.isNaN(p)) return "";
		if (p < 1e-4) return "<0.0001";
		if (p > 0.9999) return ">0.9999";
		return String.format(Locale.ROOT, "%.4f", p);
	}

	/** ns (P &ge; 0.05), * (&lt; 0.05), ** (&lt; 0.01), *** (&lt; 0.001), **** (&lt; 0.0001); empty for NaN. */
	public static String stars(double p) {
		if (Double.isNaN(p)) return "";
		if (p < 1e-4) return "****";
		if (p < 1e-3) return "***";
		if (p < 0.01) return "**";
		if (p < 0.05) return "*";
		return "ns";
	}
}
