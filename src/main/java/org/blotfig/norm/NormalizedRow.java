package org.blotfig.norm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One lane's result for one target: volumes, ratio to the control, fold change, and why not. */
public final class NormalizedRow {

	/** Prefix of the flags that remove a lane from ratio and fold change. */
	public static final String EXCLUDED = "excluded:";
	/**
	 * Flag of a lane whose fold change cannot be trusted to {@link #PRECISION}: its 95 % interval
	 * from measurement error (1.96 {@link #foldChangeSe}) is wider than that. The lane stays in.
	 */
	public static final String IMPRECISE = "imprecise";
	/** The relative precision {@link #IMPRECISE} refers to: +-3 % (the fold-change accuracy blot sets aim at). */
	public static final double PRECISION = 0.03;
	/** Two-sided 95 % normal quantile. */
	public static final double Z95 = 1.959964;

	public final SampleLane sample;
	public final String target;
	public final double targetVolume;
	public final double controlVolume;
	/** Target / control volume; NaN when the lane is excluded. */
	public final double ratio;
	/** Ratio / mean ratio of the reference group on the same membrane; NaN when not computable. */
	public final double foldChange;
	/**
	 * Standard error of {@link #foldChange} from measurement (pixel noise and background estimates
	 * of the target, the control and the reference lanes); not the biological spread between lanes.
	 * NaN when not computable (no fold change, or measurements without SEs).
	 */
	public final double foldChangeSe;
	/** Apparent MW of the target band in kDa (NaN without a ladder). */
	public final double mwKda;
	public final List<String> flags;

	public NormalizedRow(SampleLane sample, String target, double targetVolume, double controlVolume,
		double ratio, double foldChange, double mwKda, List<String> flags)
	{
		this(sample, target, targetVolume, controlVolume, ratio, foldChange, Double.NaN, mwKda, flags);
	}

	public NormalizedRow(SampleLane sample, String target, double targetVolume, double controlVolume,
		double ratio, double foldChange, double foldChangeSe, double mwKda, List<String> flags)
	{
		this.sample = sample;
		this.target = target;
		this.targetVolume = targetVolume;
		this.controlVolume = controlVolume;
		this.ratio = ratio;
		this.foldChange = foldChange;
		this.foldChangeSe = foldChangeSe;
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
