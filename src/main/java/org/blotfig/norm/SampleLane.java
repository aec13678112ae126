package org.blotfig.norm;

/** One row of a sample sheet: which sample sits in which lane of which membrane. */
public final class SampleLane {

	public final int lane;
	public final String sample;
	public final String group;
	public final String replicate;
	/** Membrane (or experiment): the unit within which fold change is computed. */
	public final String membrane;
	/** Amount loaded (any unit, e.g. ug) for dilution-series lanes; NaN when not given. */
	public final double load;

	public SampleLane(int lane, String sample, String group, String replicate, String membrane) {
		this(lane, sample, group, replicate, membrane, Double.NaN);
	}

	public SampleLane(int lane, String sample, String group, String replicate, String membrane, double load) {
		this.lane = lane;
		this.sample = sample;
		this.group = group;
		this.replicate = replicate;
		this.membrane = membrane;
		this.load = load;
	}

	@Override
	public String toString() {
		return sample + " (" + group + ", membrane " + membrane + ", lane " + lane + ")";
	}
}
