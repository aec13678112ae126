package org.blotfig.gel;

import java.util.Locale;

/** How the background under each band is estimated; written into every output. */
public enum BackgroundMethod {
	/** A straight baseline from the lane profile's valley before the band to the valley after it (default). */
	VALLEY,
	/** A ball of the given radius rolled under each lane's profile (1-D). */
	ROLLING_BALL,
	/** The median of thin strips of pixels just above and below each band box (beside it are other lanes). */
	BORDER,
	/** ImageJ's 2-D rolling ball (BackgroundSubtracter) over the whole image, for comparison. */
	ROLLING_BALL_2D,
	/** No background subtraction: raw integrals. */
	NONE;

	/** The command-line name: valley, rolling-ball, border, rolling-ball-2d, none. */
	public String label() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static BackgroundMethod parse(String s) {
		for (BackgroundMethod m : values())
			if (m.label().equalsIgnoreCase(s.trim()) || m.name().equalsIgnoreCase(s.trim())) return m;
		throw new IllegalArgumentException("unknown background '" + s +
			"' (use valley, rolling-ball, border, rolling-ball-2d or none)");
	}
}
