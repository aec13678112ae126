package org.blotfig.elisa;

import java.util.Locale;

/** Well names ("A1", "a01", "P24") to zero-based row/column and back. */
public final class Wells {

	private Wells() {}

	/** {row, column}, zero-based, or null when the text is not a well name. */
	public static int[] parse(String well) {
		String w = well == null ? "" : well.trim().toUpperCase(Locale.ROOT);
		if (w.length() < 2 || w.charAt(0) < 'A' || w.charAt(0) > 'Z') return null;
		String digits = w.substring(1);
		if (!digits.matches("[0-9]{1,3}")) return null;
		int col = Integer.parseInt(digits);
		return col < 1 ? null : new int[] { w.charAt(0) - 'A', col - 1 };
	}

	/** "A1" style name of a zero-based position. */
	public static String name(int row, int col) {
		return (char) ('A' + row) + Integer.toString(col + 1);
	}

	/** Canonical name ("a01" -> "A1"), or null when not a well name. */
	public static String canonical(String well) {
		int[] rc = parse(well);
		return rc == null ? null : name(rc[0], rc[1]);
	}
}
