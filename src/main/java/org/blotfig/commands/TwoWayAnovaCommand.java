package org.blotfig.commands;

import java.io.File;

import org.blotfig.core.InputException;
import org.blotfig.stats.AnovaRow;
import org.blotfig.stats.Comparison;
import org.blotfig.stats.LongTable;
import org.blotfig.stats.Posthoc;
import org.blotfig.stats.StatsAnalysis;
import org.blotfig.stats.io.StatsInputs;
import org.blotfig.stats.io.StatsReport;
import org.scijava.command.Command;
import org.scijava.log.LogService;
import org.scijava.menu.MenuConstants;
import org.scijava.plugin.Menu;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.ui.UIService;

import ij.measure.ResultsTable;

/**
 * Analyze > blotfig > Statistics > Two-Way ANOVA: Type III two-way ANOVA (Prism's method) with
 * within-row post-hoc comparisons, on a long CSV (row,col[,rep],value) or, when no file is
 * given, on the active ResultsTable with columns row, col and value. Shows the ANOVA,
 * comparisons and cells tables (not when headless) and writes anova.csv, comparisons.csv and
 * cells.csv when an output folder is given.
 */
@Plugin(type = Command.class, headless = true, menu = {
	@Menu(label = MenuConstants.ANALYZE_LABEL, weight = MenuConstants.ANALYZE_WEIGHT),
	@Menu(label = Menus.ROOT), @Menu(label = Menus.STATS),
	@Menu(label = "Two-Way ANOVA", weight = 1) })
public class TwoWayAnovaCommand implements Command {

	@Parameter
	private LogService log;

	@Parameter
	private UIService ui;

	@Parameter(label = "Data (long CSV: row,col,value; empty = active Results table)", required = false,
		persist = false)
	private File data;

	@Parameter(label = "Post-hoc test", choices = { "sidak", "tukey", "dunnett", "bonferroni", "holm-sidak",
		"none" }, persist = false)
	private String posthoc = "sidak";

	@Parameter(label = "Comparison test", choices = { "pooled", "student", "welch", "mann-whitney" },
		persist = false, description = "pooled = t from the ANOVA's residual mean square (Prism)")
	private String test = "pooled";

	@Parameter(label = "Figure y axis label", required = false, persist = false)
	private String y_label = "Value";

	@Parameter(label = "Output folder (optional)", required = false, style = "directory", persist = false,
		description = "anova.csv, comparisons.csv, cells.csv and the bar chart figure.svg/.png/.pdf")
	private File output_folder;

	@Override
	public void run() {
		try {
			Posthoc p = Posthoc.parse(posthoc);
			StatsAnalysis.Test t = StatsAnalysis.Test.parse(test);
			StatsAnalysis.validate(StatsAnalysis.Design.TWO_WAY, p, t);
			LongTable table = data != null && !data.getPath().isEmpty() ? StatsInputs.load(data.toPath())
				: fromResultsTable(ResultsTable.getResultsTable());
			StatsAnalysis.Result r = StatsAnalysis.run(table, StatsAnalysis.Design.TWO_WAY, p, t);
			if (output_folder != null && !output_folder.getPath().isEmpty()) {
				if (data != null) org.blotfig.io.OutputDir.checkInputsKept(output_folder.toPath(),
					org.blotfig.study.TableFigure.files("figure"), data.toPath());
				org.blotfig.io.OutputDir out = new org.blotfig.io.OutputDir(output_folder.toPath());
				StatsReport.write(out, r);
				org.blotfig.study.TableFigure.write(out, "figure", org.blotfig.study.TableFigure.of(table, r, "",
					y_label == null || y_label.trim().isEmpty() ? "Value" : y_label), table);
			}
			for (AnovaRow a : r.anova)
				if (!Double.isNaN(a.p)) log.info("Two-Way ANOVA: " + a.source + " P " + a.pDisplay() + " " + a.stars());
			for (String w : r.warnings()) log.warn("Two-Way ANOVA: " + w);
			if (!ui.isHeadless()) {
				anovaTable(r).show("Two-way ANOVA");
				comparisonsTable(r).show("Two-way ANOVA comparisons");
			}
		}
		catch (InputException e) {
			CommandErrors.stop(ui, log, "Two-Way ANOVA", e);
		}
	}

	/** A long table from a ResultsTable with text or numeric columns row, col and a numeric value. */
	static LongTable fromResultsTable(ResultsTable rt) {
		if (rt == null || rt.size() == 0) throw new InputException("Two-Way ANOVA: no data file given " +
			"and no Results table with rows is open");
		for (String c : new String[] { "row", "col", "value" })
			if (!rt.columnExists(c)) throw new InputException("Results table: missing column '" + c +
				"' (needs row, col and value)");
		LongTable.Builder b = LongTable.builder("Results table");
		for (int i = 0; i < rt.size(); i++)
			b.add(rt.getStringValue("row", i), rt.getStringValue("col", i), rt.getValue("value", i),
				"row " + (i + 1));
		return b.build();
	}

	static ResultsTable anovaTable(StatsAnalysis.Result r) {
		ResultsTable t = new ResultsTable();
		for (AnovaRow a : r.anova) {
			t.incrementCounter();
			t.addValue("source", a.source);
			t.addValue("SS", a.ss);
			t.addValue("DF", a.df);
			t.addValue("MS", a.ms);
			t.addValue("F", a.f);
			t.addValue("P", a.p);
			t.addValue("P summary", a.pDisplay() + " " + a.stars());
			t.addValue("% of total variation", a.pctTotal);
		}
		return t;
	}

	static ResultsTable comparisonsTable(StatsAnalysis.Result r) {
		ResultsTable t = new ResultsTable();
		for (Comparison c : r.comparisons) {
			t.incrementCounter();
			t.addValue("row", c.row);
			t.addValue("group1", c.group1);
			t.addValue("group2", c.group2);
			t.addValue("diff", c.diff);
			t.addValue("CI low", c.ciLow);
			t.addValue("CI high", c.ciHigh);
			t.addValue("t", c.t);
			t.addValue("DF", c.df);
			t.addValue("P", c.pAdj);
			t.addValue("P display", c.pDisplay());
			t.addValue("stars", c.stars());
		}
		return t;
	}
}
