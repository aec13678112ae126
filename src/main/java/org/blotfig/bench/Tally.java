package org.blotfig.bench;

import java.util.ArrayList;
import java.util.List;

/** Sums image scores into the figures of one table row (all images, or one bucket of them). */
public final class Tally {

	private int images, lanesExact, trueLanes, missedLanes, extraLanes, ladders, laddersRecognised;
	private int trueBands, missedBands, foundBands, falseBands, saturated, saturatedFlagged, falseSaturationFlags;
	private final List<Double> laneErrors = new ArrayList<>();
	private final List<Double> ours = new ArrayList<>(), imagej = new ArrayList<>(), oracle = new ArrayList<>();
	private final List<Double> ratioOurs = new ArrayList<>(), ratioImageJ = new ArrayList<>();

	public void add(ImageScore s) {
		images++;
		if (s.lanesExact()) lanesExact++;
		trueLanes += s.trueLanes;
		missedLanes += s.missedLanes;
		extraLanes += s.extraLanes;
		ladders += s.ladderLanes;
		laddersRecognised += s.laddersRecognised;
		laneErrors.addAll(s.laneCentreErrors);
		foundBands += s.foundBands;
		falseBands += s.falseBands;
		falseSaturationFlags += s.falseSaturationFlags;
		for (BandScore b : s.bands) {
			trueBands++;
			if (!b.matched) missedBands++;
			if (b.saturated) {
				saturated++;
				// a saturated band that was not found was not flagged either
				if (b.matched && b.flaggedSaturated) saturatedFlagged++;
			}
			if (b.scored()) {
				ours.add(Stats.relativeError(b.ours, b.trueVolume));
				// same bands on both sides, so the medians compare like with like
				if (!Double.isNaN(b.imagej)) imagej.add(Stats.relativeError(b.imagej, b.trueVolume));
				if (!Double.isNaN(b.oracle)) oracle.add(Stats.relativeError(b.oracle, b.trueVolume));
			}
		}
		ratioOurs.addAll(s.ratioErrorsOurs);
		ratioImageJ.addAll(s.ratioErrorsImageJ);
	}

	public int images() { return images; }
	public double lanesExactRate() { return images == 0 ? Double.NaN : lanesExact / (double) images; }
	public int trueLanes() { return trueLanes; }
	public int missedLanes() { return missedLanes; }
	public int extraLanes() { return extraLanes; }
	public int ladders() { return ladders; }
	public int laddersRecognised() { return laddersRecognised; }
	public double laneErrorMedian() { return Stats.median(arr(laneErrors)); }
	public double laneErrorP95() { return Stats.percentile(arr(laneErrors), 95); }
	public int trueBands() { return trueBands; }
	public double missRate() { return trueBands == 0 ? Double.NaN : missedBands / (double) trueBands; }
	/** False bands over all bands found. */
	public double falseRate() { return foundBands == 0 ? 0 : falseBands / (double) foundBands; }
	public int scoredBands() { return ours.size(); }
	public double oursMedian() { return Stats.median(arr(ours)); }
	public double oursP95() { return Stats.percentile(arr(ours), 95); }
	public double imagejMedian() { return Stats.median(arr(imagej)); }
	public double imagejP95() { return Stats.percentile(arr(imagej), 95); }
	public double oracleMedian() { return Stats.median(arr(oracle)); }
	public double oracleP95() { return Stats.percentile(arr(oracle), 95); }
	public int ratioLanes() { return ratioOurs.size(); }
	public double ratioOursMedian() { return Stats.median(arr(ratioOurs)); }
	public double ratioImageJMedian() { return Stats.median(arr(ratioImageJ)); }
	public int saturated() { return saturated; }
	public int saturatedFlagged() { return saturatedFlagged; }
	public int falseSaturationFlags() { return falseSaturationFlags; }

	static double[] arr(List<Double> l) {
		double[] a = new double[l.size()];
		for (int i = 0; i < a.length; i++) a[i] = l.get(i);
		return a;
	}
}
