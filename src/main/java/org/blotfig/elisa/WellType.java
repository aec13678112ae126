package org.blotfig.elisa;

import java.util.Locale;

/** What a well holds, as written in the plate map's {@code type} column. */
public enum WellType {
	BLANK, STANDARD, SAMPLE, CONTROL;

	/** The type for a plate-map cell (case-insensitive), or null when it is not one. */
	public static WellType parse(String s) {
		String t = s == null ? "" : s.trim().toUpperCase(Locale.ROOT);
		for (WellType w : values())
			if (w.name().equals(t)) return w;
		return null;
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}
}
