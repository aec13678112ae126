package org.blotfig.gel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Everything one analysis found: lanes (all kinds), bands, the polarity used and any warnings. */
public final class GelResult {

	public final List<Lane> lanes;
	public final List<Band> bands;
	/** The polarity of the pixel values that was used (never AUTO). */
	public final Polarity polarity;
	/** True when the polarity came from automatic detection. */
	public final boolean polarityDetected;
	/**
	 * Rotation of the blot in degrees, clockwise on screen like ImageJ's Rotate (positive: lanes
	 * lean left going down).
	 */
	public final double tiltDeg;
	public final GelParams params;
	public final List<String> warnings;

	public GelResult(List<Lane> lanes, List<Band> bands, Polarity polarity, boolean polarityDetected,
		double tiltDeg, GelParams params, List<String> warnings)
	{
		this.lanes = Collections.unmodifiableList(new ArrayList<>(lanes));
		this.bands = Collections.unmodifiableList(new ArrayList<>(bands));
		this.polarity = polarity;
		this.polarityDetected = polarityDetected;
		this.tiltDeg = tiltDeg;
		this.params = params.copy();
		this.warnings = Collections.unmodifiableList(new ArrayList<>(warnings));
	}

	public List<Band> bandsOfLane(int lane) {
		List<Band> out = new ArrayList<>();
		for (Band b : bands) if (b.lane == lane) out.add(b);
		return out;
	}

	public long count(LaneKind kind) {
		long n = 0;
		for (Lane l : lanes) if (l.kind == kind) n++;
		return n;
	}
}
