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
	 * The background in the gaps beside the lane departs from the lane's baseline model over the
	 * band's rows by more than its noise: a blotch the valley windows above and below the band
	 * cannot see, so the baseline under the band is likely off too ({@link Band#volumeSe} includes
	 * the departure).
	 */
	UNEVEN_BACKGROUND;

	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}
}
