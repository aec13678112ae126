package org.blotfig.stats.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

import org.apache.commons.csv.CSVPrinter;
import org.blotfig.io.Csv;
import org.blotfig.io.OutputDir;
import org.blotfig.stats.AnovaRow;
import org.blotfig.stats.Comparison;
import org.blotfig.stats.StatsAnalysis;

/**
 * Writes a {@link StatsAnalysis.Result} as anova.csv, comparisons.csv and cells.csv (full
 * precision numbers, empty for undefined values), each file atomically.
 */
public final class StatsReport {

	/** The files {@link #write} creates, in order. */
	public static final java.util.List<String> FILES = java.util.Collections.unmodifiableList(
		java.util.Arrays.asList("anova.csv", "comparisons.csv", "cells.csv"));


	public static final String[] ANOVA = { "source", "ss", "df", "ms", "f", "p", "pct_total" };
	public static final String[] COMPARISONS = { "row", "group1", "group2", "diff", "se", "t", "df",
		"p_raw", "p_adj", "p_display", "stars" };
	public static final String[] CELLS = { "row", "col", "n", "mean", "sd", "sem" };

	private StatsReport() {}

	public static void write(OutputDir out, StatsAnalysis.Result r) {
		out.writeWith(FILES.get(0), w -> anova(w, r));
		out.writeWith(FILES.get(1), w -> comparisons(w, r));
		out.writeWith(FILES.get(2), w -> cells(w, r));
	}

	/** The files {@link #write(OutputDir, String, StatsAnalysis.Result)} creates: each name with a prefix. */
	public static java.util.List<String> files(String prefix) {
		java.util.List<String> f = new java.util.ArrayList<>();
		for (String n : FILES) f.add(prefix + n);
		return java.util.Collections.unmodifiableList(f);
	}

	/** As {@link #write(OutputDir, StatsAnalysis.Result)}, the names prefixed (several figures in one folder). */
	public static void write(OutputDir out, String prefix, StatsAnalysis.Result r) {
		out.writeWith(prefix + FILES.get(0), w -> anova(w, r));
		out.writeWith(prefix + FILES.get(1), w -> comparisons(w, r));
		out.writeWith(prefix + FILES.get(2), w -> cells(w, r));
	}

	public static void write(Path dir, StatsAnalysis.Result r) {
		write(new OutputDir(dir), r);
	}

	static void anova(Writer w, StatsAnalysis.Result r) throws IOException {
		CSVPrinter p = Csv.printer(w, ANOVA);
		for (AnovaRow a : r.anova)
			p.printRecord(a.source, Csv.num(a.ss), Csv.num(a.df), Csv.num(a.ms), Csv.num(a.f), Csv.num(a.p),
				Csv.num(a.pctTotal));
		p.flush();
	}

	static void comparisons(Writer w, StatsAnalysis.Result r) throws IOException {
		CSVPrinter p = Csv.printer(w, COMPARISONS);
		for (Comparison c : r.comparisons)
			p.printRecord(c.row, c.group1, c.group2, Csv.num(c.diff), Csv.num(c.se), Csv.num(c.t),
				Csv.num(c.df), Csv.num(c.pRaw), Csv.num(c.pAdj), c.pDisplay(), c.stars());
		p.flush();
	}

	static void cells(Writer w, StatsAnalysis.Result r) throws IOException {
		CSVPrinter p = Csv.printer(w, CELLS);
		for (StatsAnalysis.Cell c : r.cells)
			p.printRecord(c.row, c.col, c.stats.n, Csv.num(c.stats.mean), Csv.num(c.stats.sd),
				Csv.num(c.stats.sem));
		p.flush();
	}
}
