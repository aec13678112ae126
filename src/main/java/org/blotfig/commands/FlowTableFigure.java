package org.blotfig.commands;

import java.io.File;

import org.blotfig.core.InputException;
import org.blotfig.io.OutputDir;
import org.blotfig.stats.Comparison;
import org.blotfig.study.FlowPercentFiles;
import org.blotfig.study.FlowPercentStudy;
import org.scijava.command.Command;
import org.scijava.log.LogService;
import org.scijava.menu.MenuConstants;
import org.scijava.plugin.Menu;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.ui.UIService;

import ij.measure.ResultsTable;

/**
 * Analyze > blotfig > Flow Cytometry > Flow Table Figure: a FlowJo statistics export (with a
 * sample sheet) or a long sample,group,population,percent table as the study's figure: % per
 * population and group, two-way ANOVA + Sidak within each population. Same files as
 * {@code blotfig flow table}.
 */
@Plugin(type = Command.class, headless = true, menu = {
	@Menu(label = MenuConstants.ANALYZE_LABEL, weight = MenuConstants.ANALYZE_WEIGHT),
	@Menu(label = Menus.ROOT), @Menu(label = Menus.FLOW),
	@Menu(label = "Flow Table Figure", weight = 3) })
public class FlowTableFigure implements Command {

	@Parameter
	private LogService log;

	@Parameter
	private UIService ui;

	@Parameter(label = "FlowJo table or long table (CSV)", style = "open", persist = false)
	private File table_file;

	@Parameter(label = "Sample sheet sample,group (FlowJo tables)", style = "open", required = false, persist = false)
	private File sample_sheet;

	@Parameter(label = "Annexin V channel (empty = every gate)", required = false, persist = false)
	private String annexin_channel = "";

	@Parameter(label = "PI channel", required = false, persist = false)
	private String pi_channel = "";

	@Parameter(label = "Reference group (empty = first)", required = false, persist = false)
	private String reference_group = "";

	@Parameter(label = "Figure y axis label", required = false, persist = false)
	private String y_label = "Cells (%)";

	@Parameter(label = "Output folder", style = "directory", persist = false,
		description = "percent.csv, anova.csv, comparisons.csv, cells.csv, figure.svg/.png/.pdf")
	private File output_folder;

	FlowPercentStudy study;

	@Override
	public void run() {
		String title = "Flow Table Figure";
		try {
			if (table_file == null) throw new InputException("choose the exported table");
			if (output_folder == null) throw new InputException("choose an output folder");
			OutputDir.checkFolder(output_folder.toPath());
			OutputDir.checkInputsKept(output_folder.toPath(), FlowPercentFiles.FILES, table_file.toPath(),
				sample_sheet == null ? null : sample_sheet.toPath());
			study = FlowPercentFiles.load(table_file.toPath(), sample_sheet == null ? null : sample_sheet.toPath(),
				blank(annexin_channel), blank(pi_channel), blank(reference_group));
			FlowPercentFiles.write(new OutputDir(output_folder.toPath()), study, blank(y_label) == null ? "Cells (%)" :
				y_label);
			if (study.stats == null) log.info(title + ": " + study.note);
			else {
				ResultsTable t = new ResultsTable();
				for (Comparison c : study.stats.comparisons) {
					t.incrementCounter();
					t.addValue("population", c.row);
					t.addValue("group1", c.group1);
					t.addValue("group2", c.group2);
					t.addValue("diff", c.diff);
					t.addValue("P", c.pAdj);
					t.addValue("stars", c.stars());
					log.info(title + ": " + c.row + " " + c.group1 + " vs " + c.group2 + " P " + c.pDisplay() + " " +
						c.stars());
				}
				if (!java.awt.GraphicsEnvironment.isHeadless()) t.show("Flow comparisons");
			}
		}
		catch (InputException e) {
			CommandErrors.stop(ui, log, title, e);
		}
	}

	private static String blank(String s) {
		return s == null || s.trim().isEmpty() ? null : s.trim();
	}
}
