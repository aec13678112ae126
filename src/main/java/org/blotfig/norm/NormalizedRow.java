package org.blotfig.norm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One lane's result for one target: volumes, ratio to the control, fold change, and why not. */
public final class NormalizedRow {

	/** Prefix of the flags that remove a lane from ratio and fold change. */
	public static final String EXCLUDED = "excluded:";

	public final SampleLane sample;
	public final String target;
	public final double targetVolume;
	public final double controlVolume;
	/** Target / control volume; NaN when the lane is excluded. */
	public final double ratio;
	/** Ratio / mean ratio of the reference group on the same membrane; NaN when not computable. */
	public final double foldChange;
	/** Apparent MW of the target band in kDa (NaN without a ladder). */
	public final double mwKda;
	public final List<String> flags;

	public NormalizedRow(SampleLane sample, String target, double targetVolume, double controlVolume,
		double ratio, double foldChange, double mwKda, List<String> flags)
	{
		this.sample = sample;
		this.target = target;
		this.targetVolume = targetVolume;
		this.controlVolume = controlVolume;
		this.ratio = ratio;
		this.foldChange = foldChange;
		this.mwKda = mwKda;
		this.flags = Collections.unmodifiableList(new ArrayList<>(flags));
	}

	public boolean isExcluded() {
		for (String f : flags) if (f.startsWith(EXCLUDED)) return true;
		return false;
	}

	/** Flags joined for a table cell. */
	public String flagText() {
		return String.join(";", flags);
	}

	@Override
	public String toString() {
		return target + " " + sample + ": ratio " + ratio + ", fold " + foldChange +
			(flags.isEmpty() ? "" : " [" + flagText() + "]");
	}
}
