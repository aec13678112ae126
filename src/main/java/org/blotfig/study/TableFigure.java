package org.blotfig.study;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.blotfig.figures.ChartFiles;
import org.blotfig.figures.FigureSize;
import org.blotfig.figures.GroupBarChart;
import org.blotfig.io.OutputDir;
import org.blotfig.stats.Comparison;
import org.blotfig.stats.Descriptives;
import org.blotfig.stats.LongTable;
import org.blotfig.stats.StatsAnalysis;
import org.blotfig.stats.io.StatsReport;

/**
 * The bar chart of a long table as Prism draws a grouped column graph: one cluster per row level
 * (protein, cytokine, quadrant), one bar per column level (group), mean +- SD with every value as
 * a dot. With two groups, each cluster carries the stars of its within-row comparison.
 */
public final class TableFigure {

	private TableFigure() {}

	/** @param stats the analysis of the same table (may be null: no stars) */
	public static GroupBarChart of(LongTable t, StatsAnalysis.Result stats, String title, String yLabel) {
		GroupBarChart c = new GroupBarChart(title, yLabel);
		for (int r = 0; r < t.rows(); r++) {
			String row = t.rowLevels().get(r);
			for (int k = 0; k < t.cols(); k++) {
				if (t.cellCount(r, k) == 0) continue;
				// the mean and SD of cells.csv and the report (StudyNumbers): the same call on the same values
				Descriptives d = Descriptives.of(t.cell(r, k));
				c.add(row, t.colLevels().get(k), d.mean, d.sd, t.cell(r, k));
			}
			// with more groups one star per cluster would not say which pair: left to comparisons.csv
			if (t.cols() == 2) {
				Comparison cmp = comparison(stats, row, t.colLevels().get(0), t.colLevels().get(1));
				if (cmp != null && !Double.isNaN(cmp.pAdj)) c.annotate(row, cmp.stars());
			}
		}
		return c;
	}

	/**
	 * The files a study figure called {@code name} and its statistics may write: the chart
	 * ({@link #write}) and {@link StatsReport}'s tables, for the check that no input is replaced.
	 */
	public static List<String> files(String name) {
		List<String> f = new ArrayList<>(ChartFiles.files(name));
		f.addAll(StatsReport.FILES);
		return Collections.unmodifiableList(f);
	}

	/** Writes {@code name.svg}, {@code .pdf} and {@code .png} of a table's chart at {@link #size}. */
	public static void write(OutputDir out, String name, GroupBarChart chart, LongTable t) {
		ChartFiles.write(chart.chart(), out, name, size(t.rows(), t.cols()));
	}

	/**
	 * The print size of a chart of {@code rows} clusters of {@code groups} bars: one column wide up
	 * to 6 bars (3 clusters of 2), one and a half columns (120 mm) up to 12, two columns up to 24,
	 * and beyond that 7.5 mm a bar (so that a bar stays wide enough for its dots and a cluster for
	 * its label on one line; such a figure is scaled down to the page).
	 */
	public static FigureSize size(int rows, int groups) {
		int bars = rows * Math.max(2, groups);
		if (bars <= 6) return FigureSize.oneColumn(65);
		if (bars <= 12) return FigureSize.mm(120, 65);
		return FigureSize.mm(Math.max(FigureSize.TWO_COLUMN_MM, 7.5 * bars), 70);
	}

	/** The comparison of two groups within a row, whichever way round it was computed; null if none. */
	public static Comparison comparison(StatsAnalysis.Result stats, String row, String a, String b) {
		if (stats == null) return null;
		for (Comparison c : stats.comparisons)
			if (c.row.equals(row) && (c.group1.equals(a) && c.group2.equals(b) || c.group1.equals(b) && c.group2.equals(a)))
				return c;
		return null;
	}
}
