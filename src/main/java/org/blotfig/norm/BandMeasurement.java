package org.blotfig.norm;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One quantified band as the normalisation needs it, independent of how it was detected: band
 * detection results (or a table a user measured by hand) adapt to this in a few lines.
 */
public final class BandMeasurement {

	/** Flag of a measurement that is a whole lane's total signal (total-protein stains), not one band. */
	public static final String LANE_TOTAL = "lane-total";

	/** Identifies the image (or strip) the band was measured on, e.g. its file name. */
	public final String image;
	/** Lane number, 1-based, counted left to right over all lanes of the image (ladders included). */
	public final int lane;
	/** Band row, 1-based, top to bottom, matched across lanes by the detector; 0 = no row. */
	public final int row;
	/** Migration coordinate used for MW calibration: the band centre's y in px (or an Rf). */
	public final double position;
	/** The band centre's x in px (NaN when unknown): lets rows be followed across a tilted or smiling blot. */
	public final double x;
	/** Background-subtracted integrated intensity, in raw image units. */
	public final double volume;
	/** Standard error of {@link #volume} from measurement (pixel noise, background estimate); NaN when unknown. */
	public final double volumeSe;
	/** Pixels at the type maximum (or a clipped top) inside the band: any makes the volume a lower bound. */
	public final int saturatedPx;
	/** Flags from the detector (e.g. "saturated", "low-snr"), kept for the output. */
	public final Set<String> flags;
	/** Whether the volume is a lower bound because the band is clipped (see {@link #isSaturated()}). */
	private final boolean saturated;

	public BandMeasurement(String image, int lane, int row, double position, double volume,
		int saturatedPx, String... flags)
	{
		this(image, lane, row, Double.NaN, position, volume, saturatedPx, flags);
	}

	public BandMeasurement(String image, int lane, int row, double x, double position, double volume,
		int saturatedPx, String... flags)
	{
		this(image, lane, row, x, position, volume, Double.NaN, saturatedPx,
			saturatedPx > 0 || Arrays.asList(flags).contains("saturated"), flags);
	}

	/**
	 * A band as a detector reports it, with the detector's own judgement of saturation: a few
	 * clipped pixels (noise, a speck, the darkest grains of an exported figure) need not make
	 * the volume a lower bound, a flat clipped top does. {@code volumeSe} is the standard error of
	 * the volume from the detector's noise and background estimate.
	 */
	public static BandMeasurement detected(String image, int lane, int row, double x, double position,
		double volume, double volumeSe, int saturatedPx, boolean saturated, String... flags)
	{
		return new BandMeasurement(image, lane, row, x, position, volume, volumeSe, saturatedPx, saturated, flags);
	}

	private BandMeasurement(String image, int lane, int row, double x, double position, double volume,
		double volumeSe, int saturatedPx, boolean saturated, String... flags)
	{
		if (lane < 1) throw new IllegalArgumentException("lane must be >= 1: " + lane);
		if (row < 0) throw new IllegalArgumentException("row must be >= 0: " + row);
		this.image = image;
		this.lane = lane;
		this.row = row;
		this.position = position;
		this.x = x;
		this.volume = volume;
		this.volumeSe = volumeSe;
		this.saturatedPx = saturatedPx;
		this.flags = Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(flags)));
		this.saturated = saturated;
	}

	/**
	 * True when the volume is a lower bound: the detector judged the band saturated, or (for
	 * measurements without that judgement) any pixel was clipped.
	 */
	public boolean isSaturated() {
		return saturated;
	}

	/** The same band at another migration coordinate. */
	public BandMeasurement at(double newPosition) {
		return new BandMeasurement(image, lane, row, x, newPosition, volume, volumeSe, saturatedPx, saturated,
			flags.toArray(new String[0]));
	}

	@Override
	public String toString() {
		return image + " lane " + lane + " row " + row + " @" + position + " volume " + volume +
			(isSaturated() ? " (saturated)" : "");
	}
}
