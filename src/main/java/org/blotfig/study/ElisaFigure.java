package org.blotfig.study;

import java.util.ArrayList;
import java.util.List;

import org.blotfig.elisa.AnalyteResult;
import org.blotfig.elisa.BackCalculation;
import org.blotfig.elisa.WellType;
import org.blotfig.elisa.io.ElisaReport;
import org.blotfig.io.OutputDir;
import org.blotfig.stats.LongTable;
import org.blotfig.stats.StatsAnalysis;
import org.blotfig.stats.io.StatsReport;

/**
 * The cytokine figure of a study, as the reference paper's Fig. 5: each analyte's back-calculated
 * sample concentrations per group (mean +- SD, every sample a dot), two-way ANOVA (analyte x
 * group) with Sidak's comparisons within each analyte. Only samples read inside the standards'
 * range count: an extrapolated value is no measurement (it stays in samples.csv with its flag,
 * and is listed in {@link #left}).
 */
public final class ElisaFigure {

	/** Every file {@link #write} may create. */
	public static final List<String> FILES = TableFigure.files("figure");
	/** Every file {@link #writeAll} may create: the ELISA report and the figure. */
	public static final List<String> ALL_FILES = allFiles();

	private static List<String> allFiles() {
		List<String> f = new ArrayList<>(ElisaReport.FILES);
		f.addAll(FILES);
		return java.util.Collections.unmodifiableList(f);
	}

	public final LongTable table;
	public final StatsAnalysis.Result stats;
	/** Why there are no statistics, or empty. */
	public final String note;
	/** Samples left out, "analyte sample: flag". */
	public final List<String> left;

	private ElisaFigure(LongTable table, StatsAnalysis.Result stats, String note, List<String> left) {
		this.table = table;
		this.stats = stats;
		this.note = note;
		this.left = left;
	}

	/** @return null when the samples have no groups (nothing to draw per group) */
	public static ElisaFigure of(List<AnalyteResult> results) {
		LongTable.Builder b = LongTable.builder("ELISA sample concentrations");
		List<String> left = new ArrayList<>();
		int n = 0;
		for (AnalyteResult a : results)
			for (AnalyteResult.Sample s : a.samples) {
				if (s.replicates.type != WellType.SAMPLE || s.replicates.group == null || s.replicates.group.isEmpty())
					continue;
				String name = (a.analyte.isEmpty() ? "" : a.analyte + " ") + s.replicates.sample;
				if (s.reading.flag != BackCalculation.Flag.IN_RANGE || !Double.isFinite(s.reading.conc)) {
					left.add(name + ": " + s.reading.flag.label);
					continue;
				}
				b.add(a.analyte.isEmpty() ? "sample" : a.analyte, s.replicates.group, s.reading.conc, name);
				n++;
			}
		if (n == 0) return null;
		LongTable t = b.build();
		GroupStats g = GroupStats.of(t);
		return new ElisaFigure(t, g.result, g.note, left);
	}

	/**
	 * The ELISA report (curves, samples) and the figure {@link #of} made from the same results
	 * (none when it is null: the samples have no groups).
	 */
	public static void writeAll(OutputDir out, List<AnalyteResult> results, ElisaFigure fig, String yLabel) {
		ElisaReport.write(out, results);
		if (fig != null) fig.write(out, yLabel);
	}

	public void write(OutputDir out, String yLabel) {
		TableFigure.write(out, "figure", TableFigure.of(table, stats, "", yLabel), table);
		if (stats != null) StatsReport.write(out, stats);
	}
}
