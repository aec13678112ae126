package org.blotfig.synth;

/**
 * How bands appear against the background. Chemiluminescence imagers record light bands on a
 * dark background; film and colorimetric scans show dark bands on a light background.
 */
public enum Polarity {
	/** Light bands on a dark background (chemiluminescence); saturation clips at the type's maximum. */
	LIGHT_BANDS("light-bands"),
	/** Dark bands on a light background (film, colorimetric); saturation clips at 0 (full black). */
	DARK_BANDS("dark-bands");

	private final String label;

	Polarity(String label) {
		this.label = label;
	}

	/** The name used on the command line and in macros. */
	public String label() {
		return label;
	}

	/** +1 when bands add to the background, -1 when they darken it. */
	public int sign() {
		return this == LIGHT_BANDS ? 1 : -1;
	}

	/** Parses "light-bands" / "dark-bands" (also the enum names), or returns null. */
	public static Polarity parse(String s) {
		if (s == null) return null;
		String t = s.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		for (Polarity p : values())
			if (p.label.equals(t)) return p;
		return null;
	}
}
