package org.blotfig.norm;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Everything a blot-set quantification produced: per-lane rows, QC, ladder fits and warnings. */
public final class BlotSetResult {

	public final String referenceGroup;
	public final List<NormalizedRow> rows;
	public final List<ControlQc> controlQc;
	/** Dilution-series checks (only when the sample sheet gives loads). */
	public final List<DilutionQc> dilution;
	/** Ladder calibration per image that has one. */
	public final Map<BlotSet.Source, LadderFit> ladders;
	/** Set-level notes a user must see (high CV, ambiguous rows, ladder assumptions). */
	public final List<String> warnings;

	BlotSetResult(String referenceGroup, List<NormalizedRow> rows, List<ControlQc> controlQc,
		List<DilutionQc> dilution, Map<BlotSet.Source, LadderFit> ladders, List<String> warnings)
	{
		this.referenceGroup = referenceGroup;
		this.rows = Collections.unmodifiableList(rows);
		this.controlQc = Collections.unmodifiableList(controlQc);
		this.dilution = Collections.unmodifiableList(dilution);
		this.ladders = Collections.unmodifiableMap(ladders);
		this.warnings = Collections.unmodifiableList(warnings);
	}

	/** Rows excluded by QC (their reason in the row's flags). */
	public int excluded() {
		int n = 0;
		for (NormalizedRow row : rows) if (row.isExcluded()) n++;
		return n;
	}

	/** Rows whose fold change cannot be trusted to +-3 % (flag {@link NormalizedRow#IMPRECISE}). */
	public int imprecise() {
		int n = 0;
		for (NormalizedRow row : rows) if (row.flags.contains(NormalizedRow.IMPRECISE)) n++;
		return n;
	}

	/** The note a user reads beside the results when some fold changes are imprecise, else null. */
	public String impreciseNote() {
		int n = imprecise();
		return n == 0 ? null : n + " lane(s) flagged " + NormalizedRow.IMPRECISE + ": the 95 % interval of their fold " +
			"change is wider than +-3 % (fold_change_se in normalized.csv)";
	}
}
