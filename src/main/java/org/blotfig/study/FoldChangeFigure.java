package org.blotfig.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.blotfig.figures.GroupBarChart;
import org.blotfig.io.OutputDir;
import org.blotfig.norm.BlotSetResult;
import org.blotfig.norm.NormalizedRow;
import org.blotfig.stats.Comparison;
import org.blotfig.stats.LongTable;
import org.blotfig.stats.StatsAnalysis;
import org.blotfig.stats.io.StatsReport;

/**
 * The Western blot figure of a study, as the reference paper drew it in Prism: fold change of
 * each target against the reference group (mean +- SD of the sample lanes, every lane a dot),
 * tested by two-way ANOVA (target x group) with Sidak's comparisons of the groups within each
 * target, stars above each target. Lanes excluded by QC are left out (their reason stays in
 * normalized.csv).
 */
public final class FoldChangeFigure {

	/** Every file {@link #write} may create. */
	public static final List<String> FILES = TableFigure.files("fold_change");

	public final LongTable table;
	/** Null when there is nothing to test (one group, or no replication); see {@link #note}. */
	public final StatsAnalysis.Result stats;
	/** Why there are no statistics, or empty. */
	public final String note;
	public final String referenceGroup;

	private FoldChangeFigure(LongTable table, StatsAnalysis.Result stats, String note, String referenceGroup) {
		this.table = table;
		this.stats = stats;
		this.note = note;
		this.referenceGroup = referenceGroup;
	}

	/** @return null when no row has a fold change (everything excluded) */
	public static FoldChangeFigure of(BlotSetResult r) {
		return of(r.rows, r.referenceGroup);
	}

	/**
	 * @param rows normalised rows (excluded ones and those without a fold change are skipped)
	 * @param referenceGroup the group shown first, against which the others are compared
	 * @return null when no row has a fold change
	 */
	public static FoldChangeFigure of(List<NormalizedRow> rows, String referenceGroup) {
		LongTable.Builder b = LongTable.builder("normalized fold changes");
		int n = 0;
		List<String> groups = new ArrayList<>();
		groups.add(referenceGroup);
		for (NormalizedRow row : rows) if (!groups.contains(row.sample.group)) groups.add(row.sample.group);
		// the reference group first, so that it is the first column (and bar) of every target
		for (String g : groups)
			for (NormalizedRow row : rows) {
				if (!row.sample.group.equals(g) || row.isExcluded() || !Double.isFinite(row.foldChange)) continue;
				b.add(row.target, g, row.foldChange, row.sample.sample + " " + row.target);
				n++;
			}
		if (n == 0) return null;
		LongTable t = b.build();
		GroupStats g = GroupStats.of(t);
		return new FoldChangeFigure(t, g.result, g.note, referenceGroup);
	}

	/** Sidak-adjusted comparison of the reference group with another group, per target. */
	public Comparison comparison(String target, String group) {
		return TableFigure.comparison(stats, target, referenceGroup, group);
	}

	public GroupBarChart chart() {
		return TableFigure.of(table, stats, "", "Fold change (normalised, " + referenceGroup + " = 1)").referenceLine(1);
	}

	/** fold_change.png/.svg/.pdf and, with statistics, anova.csv, comparisons.csv, cells.csv. */
	public void write(OutputDir out) {
		TableFigure.write(out, "fold_change", chart(), table);
		if (stats != null) StatsReport.write(out, stats);
	}

	/** One line for the console: each target's comparison of every group with the reference group. */
	public String summary() {
		if (stats == null) return note;
		List<String> parts = new ArrayList<>();
		for (int r = 0; r < table.rows(); r++) {
			String target = table.rowLevels().get(r);
			for (int g = 1; g < table.cols(); g++) {
				Comparison c = comparison(target, table.colLevels().get(g));
				if (c != null) parts.add(String.format(Locale.ROOT, "%s%s %s (P %s)", target, table.cols() == 2 ? "" :
					" " + table.colLevels().get(g), c.stars(), c.pDisplay()));
			}
		}
		return "two-way ANOVA + Sidak: " + String.join("; ", parts);
	}
}
