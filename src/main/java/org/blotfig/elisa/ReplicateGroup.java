package org.blotfig.elisa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Replicate wells of one standard level or one sample: mean, SD and CV of their responses.
 * The CV is taken on the responses before blank subtraction: subtracting a blank moves the
 * mean, not the spread, and would inflate the CV of low wells.
 */
public final class ReplicateGroup {

	/** Above this CV (%) replicates are flagged as imprecise. */
	public static final double CV_LIMIT_PCT = 15;

	public final WellType type;
	public final String analyte, sample, group;
	public final double concentration, dilution;
	public final List<String> wells;
	public final int n;
	/** Mean and sample SD of the responses before blank subtraction. */
	public final double mean, sd;
	/** 100 SD / mean; NaN for a single well. */
	public final double cvPct;
	/** Mean response after blank subtraction (what is read off the curve). */
	public final double corrected;

	ReplicateGroup(Measurement first, List<Measurement> members, double blank) {
		this.type = first.type;
		this.analyte = first.analyte;
		this.sample = first.sample;
		this.group = first.group;
		this.concentration = first.concentration;
		this.dilution = first.dilution;
		List<String> w = new ArrayList<>();
		double s = 0;
		for (Measurement m : members) {
			w.add(m.where);
			s += m.response;
		}
		this.wells = Collections.unmodifiableList(w);
		this.n = members.size();
		this.mean = s / n;
		double ss = 0;
		for (Measurement m : members)
			ss += (m.response - mean) * (m.response - mean);
		this.sd = n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN;
		this.cvPct = n > 1 ? 100 * sd / Math.abs(mean) : Double.NaN;
		this.corrected = mean - (Double.isNaN(blank) ? 0 : blank);
	}

	/** True when the replicates disagree by more than {@link #CV_LIMIT_PCT}. */
	public boolean imprecise() {
		return cvPct > CV_LIMIT_PCT;
	}
}
