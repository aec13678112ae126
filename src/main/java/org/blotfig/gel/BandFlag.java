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
	TOUCHING,
	/**
	 * Both gaps beside the lane depart from the lane's baseline model over the band's rows by more
	 * than their noise, not in the band's own profile: a blotch under the band that the valley
	 * windows above and below cannot see, so the baseline under the band is likely off too
	 * ({@link Band#volumeSe} includes the departure; the volume is not corrected).
	 */
	UNEVEN_BACKGROUND,
	/**
	 * Both gaps beside the lane show the band itself (their departure follows the band's profile
	 * row by row): the band is wider than its box and spills out of it, so the volume is short of
	 * the mass outside the box ({@link Band#volumeSe} includes the gaps' departure); draw wider lanes.
	 */
	WIDER_THAN_BOX;

	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}
}
