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
	 * than their noise: a blotch under the band that the valley windows above and below cannot
	 * see, so the baseline under the band is likely off too ({@link Band#volumeSe} includes the
	 * departure; the volume is not corrected). On real scans it also fires when the band itself
	 * spills out of its box into both gaps (bands wider than the lane box): the volume is then
	 * short of the band's mass outside the box, which the wider SE stands for as well.
	 */
	UNEVEN_BACKGROUND;

	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}
}
