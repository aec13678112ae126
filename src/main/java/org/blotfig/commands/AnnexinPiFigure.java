package org.blotfig.commands;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.blotfig.core.InputException;
import org.blotfig.io.OutputDir;
import org.blotfig.study.ApoptosisFigure;
import org.scijava.command.Command;
import org.scijava.log.LogService;
import org.scijava.menu.MenuConstants;
import org.scijava.plugin.Menu;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.ui.UIService;

import ij.measure.ResultsTable;

/**
 * Analyze > blotfig > Flow Cytometry > Annexin V PI Figure: quadrants of every FCS file of a
 * sheet (thresholds from its unstained control), dot plots and the early / late apoptosis bar
 * chart with two-way ANOVA + Sidak. Same files as {@code blotfig flow apoptosis}.
 */
@Plugin(type = Command.class, headless = true, menu = {
	@Menu(label = MenuConstants.ANALYZE_LABEL, weight = MenuConstants.ANALYZE_WEIGHT),
	@Menu(label = Menus.ROOT), @Menu(label = Menus.FLOW),
	@Menu(label = "Annexin V PI Figure", weight = 5) })
public class AnnexinPiFigure implements Command {

	@Parameter
	private LogService log;

	@Parameter
	private UIService ui;

	@Parameter(label = "Sheet sample,group,replicate,file,control,annexin,pi (CSV)", style = "open", persist = false)
	private File sheet_file;

	@Parameter(label = "File name stem", required = false, persist = false)
	private String file_name = "apoptosis";

	@Parameter(label = "Output folder", style = "directory", persist = false,
		description = "NAME_dots and NAME_bars .svg/.png/.pdf, NAME_quadrants.csv, NAME_anova/comparisons/cells.csv")
	private File output_folder;

	ApoptosisFigure result;

	@Override
	public void run() {
		String title = "Annexin V PI Figure";
		try {
			if (sheet_file == null) throw new InputException("choose the sheet");
			if (output_folder == null) throw new InputException("choose an output folder");
			String name = file_name == null || file_name.trim().isEmpty() ? "apoptosis" : file_name.trim();
			OutputDir.checkFolder(output_folder.toPath());
			OutputDir.checkInputsKept(output_folder.toPath(), ApoptosisFigure.files(name), sheet_file.toPath());
			result = ApoptosisFigure.load(sheet_file.toPath());
			List<java.nio.file.Path> inputs = new ArrayList<>();
			for (ApoptosisFigure.Sample s : result.samples) {
				inputs.add(s.file);
				inputs.add(s.control);
			}
			OutputDir.checkInputsKept(output_folder.toPath(), ApoptosisFigure.files(name), inputs.toArray(
				new java.nio.file.Path[0]));
			result.write(new OutputDir(output_folder.toPath()), name);
			ResultsTable t = new ResultsTable();
			for (String pop : ApoptosisFigure.populations())
				for (String g : result.groups) {
					t.incrementCounter();
					t.addValue("population", pop);
					t.addValue("group", g);
					t.addValue("n", result.n(pop, g));
					t.addValue("mean %", result.mean(pop, g));
					t.addValue("SD", result.sd(pop, g));
					t.addValue("stars", g.equals(result.groups.get(0)) ? "" : result.stars(pop));
				}
			for (String pop : ApoptosisFigure.populations())
				log.info(title + ": " + pop + " P " + result.p(pop) + " " + result.stars(pop));
			if (!java.awt.GraphicsEnvironment.isHeadless()) t.show("Annexin V PI");
		}
		catch (InputException e) {
			CommandErrors.stop(ui, log, title, e);
		}
	}
}
