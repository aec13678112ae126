package org.blotfig.bench;

import java.util.ArrayList;
import java.util.List;

/** The outcome of one benchmark image: lanes, bands and ratios, against the truth. */
public final class ImageScore {

	public int trueLanes, foundLanes;
	/** |found - true| lane centre x at mid-height, for each matched lane (px). */
	public final List<Double> laneCentreErrors = new ArrayList<>();
	public int missedLanes, extraLanes;
	public int ladderLanes, laddersRecognised;
	public final List<BandScore> bands = new ArrayList<>();
	public int foundBands, falseBands;
	/** Unsaturated true bands that blotfig nevertheless flagged saturated. */
	public int falseSaturationFlags;
	/** |measured ratio / true ratio - 1| of target over loading control, per sample lane where both are scored. */
	public final List<Double> ratioErrorsOurs = new ArrayList<>();
	public final List<Double> ratioErrorsImageJ = new ArrayList<>();

	public boolean lanesExact() {
		return foundLanes == trueLanes;
	}
}
