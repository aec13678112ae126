package org.blotfig.gel;

import java.util.Locale;

/**
 * Whether bands are brighter (chemiluminescence, fluorescence) or darker (film, colorimetric,
 * inverted exports) than the membrane, in pixel values. AUTO lets the analyser decide.
 */
public enum Polarity {
	AUTO, LIGHT_BANDS, DARK_BANDS;

	/** The name used on the command line and in outputs: auto, light-bands, dark-bands. */
	public String label() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Polarity parse(String s) {
		for (Polarity p : values())
			if (p.label().equalsIgnoreCase(s.trim()) || p.name().equalsIgnoreCase(s.trim())) return p;
		throw new IllegalArgumentException("unknown polarity '" + s + "' (use auto, light-bands or dark-bands)");
	}

	public Polarity opposite() {
		return this == LIGHT_BANDS ? DARK_BANDS : this == DARK_BANDS ? LIGHT_BANDS : AUTO;
	}
}
