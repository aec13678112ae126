package org.blotfig.bench;

/** One true band and what each method measured for it. */
public final class BandScore {

	/** 0-based lane and row as in the truth; kind SAMPLE or LADDER. */
	public int lane, row;
	public String kind;
	public double trueVolume;
	public boolean saturated;
	/** Part of the band's support lies outside the image: its true volume is only what is inside. */
	public boolean truncated;
	/** blotfig found a band for it (same lane, nearest centre, within tolerance). */
	public boolean matched;
	/** blotfig's volume (NaN when not matched) and whether it flagged the band saturated. */
	public double ours = Double.NaN;
	public boolean flaggedSaturated;
	/** Found centre minus true centre along the lane (px; NaN when not matched). */
	public double dy = Double.NaN;
	/** The ImageJ reference method's volume for the same band. */
	public double imagej = Double.NaN;
	/** The error floor: true background subtracted, summed over the true box ({@link OracleMethod}). */
	public double oracle = Double.NaN;
	/** Clipped footprint pixels in the truth, and blotfig's saturated-pixel count (0 when not matched). */
	public int clippedPixels, oursSaturatedPx;

	/** Counts towards the volume errors: matched, not saturated, wholly inside the image. */
	public boolean scored() {
		return matched && !saturated && !truncated;
	}
}
