package org.blotfig.study;

import org.blotfig.stats.LongTable;
import org.blotfig.stats.Posthoc;
import org.blotfig.stats.StatsAnalysis;

/**
 * The statistics every study figure uses, as the reference paper did in Prism: two-way ANOVA
 * (rows x groups) with Sidak's comparisons of the groups within each row; or the reason there are
 * none (one group, no replication).
 */
final class GroupStats {

	/** Null when there is nothing to test. */
	final StatsAnalysis.Result result;
	/** Why there are no statistics, or empty. */
	final String note;

	private GroupStats(StatsAnalysis.Result result, String note) {
		this.result = result;
		this.note = note;
	}

	static GroupStats of(LongTable t) {
		if (t.cols() < 2) return new GroupStats(null, "one group only: nothing to compare");
		// not TwoWayAnova's "use the one-way design": a study figure has no design to choose
		if (t.rows() < 2) return new GroupStats(null, "no statistics: the figures' two-way ANOVA + Sidak needs at " +
			"least 2 items (analytes, targets or populations), found only " + t.rowLevels().get(0));
		try {
			return new GroupStats(StatsAnalysis.run(t, StatsAnalysis.Design.TWO_WAY, Posthoc.SIDAK,
				StatsAnalysis.Test.POOLED), "");
		}
		catch (RuntimeException e) {
			// e.g. one value per group and row: no residual to test against
			return new GroupStats(null, "no statistics: " + e.getMessage());
		}
	}
}
