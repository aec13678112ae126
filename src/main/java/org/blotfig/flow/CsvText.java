package org.blotfig.flow;

import java.util.Locale;

/** RFC 4180 output helpers for the small result tables flow writes (core has no CSV library). */
public final class CsvText {

	private CsvText() {}

	/** One CSV line ending in "\n", quoting cells that need it. */
	public static String line(String... cells) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) sb.append(',');
			String c = cells[i] == null ? "" : cells[i];
			if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0)
				sb.append('"').append(c.replace("\"", "\"\"")).append('"');
			else sb.append(c);
		}
		return sb.append('\n').toString();
	}

	/** Full precision, integers without ".0", NaN as empty. */
	public static String num(double v) {
		if (Double.isNaN(v)) return "";
		if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format(Locale.ROOT, "%d", (long) v);
		return Double.toString(v);
	}
}
