package org.blotfig.gel;

import java.util.Locale;

/** Warnings attached to a measured band. */
public enum BandFlag {
	/** Pixels at the detector's ceiling (type maximum or a flat clipped top): the volume is a lower bound. */
	SATURATED,
	/** The input file was lossy (JPEG, palette): small bands are unreliable. */
	LOSSY,
	/** Peak height less than {@link GelParams#lowSnr} times the lane noise. */
	LOW_SNR,
	/** The band's region ends on a valley shared with a neighbouring band, not on background. */
	TOUCHING;

	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}
}
