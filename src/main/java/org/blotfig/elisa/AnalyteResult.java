package org.blotfig.elisa;

import java.util.List;

/** Everything measured for one analyte: its curve, standards and the samples read from it. */
public final class AnalyteResult {

	/** One sample (or control) read off the curve. */
	public static final class Sample {
		public final ReplicateGroup replicates;
		/** Blank-subtracted mean response. */
		public final double y;
		public final BackCalculation.Reading reading;
		/**
		 * The reading's flag plus ";CV>15%" for imprecise replicates and ";unstable_curve" when
		 * the curve is not determined, so no caveat is lost in a one-column table.
		 */
		public final String flag;

		Sample(ReplicateGroup replicates, BackCalculation.Reading reading, boolean unstableCurve) {
			this.replicates = replicates;
			this.y = replicates.corrected;
			this.reading = reading;
			String f = reading.flag.label;
			if (replicates.imprecise()) f += ";CV>15%";
			if (unstableCurve) f += ";unstable_curve";
			this.flag = f;
		}
	}

	public final String analyte;
	/** Mean blank response subtracted from every other well (NaN when there are no blanks). */
	public final double blank;
	public final int blankWells;
	public final CurveFit fit;
	/** Every standard well back-calculated (ICH M10 judges each calibration standard). */
	public final List<BackCalculation.Standard> standards;
	/** Replicate statistics of standard levels and samples. */
	public final List<ReplicateGroup> replicates;
	public final List<Sample> samples;

	AnalyteResult(String analyte, double blank, int blankWells, CurveFit fit,
		List<BackCalculation.Standard> standards, List<ReplicateGroup> replicates, List<Sample> samples)
	{
		this.analyte = analyte;
		this.blank = blank;
		this.blankWells = blankWells;
		this.fit = fit;
		this.standards = standards;
		this.replicates = replicates;
		this.samples = samples;
	}
}
