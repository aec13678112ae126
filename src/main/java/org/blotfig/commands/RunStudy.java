package org.blotfig.commands;

import java.io.File;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.blotfig.core.InputException;
import org.blotfig.ij.BlotSetImages;
import org.blotfig.study.StudyExpected;
import org.blotfig.study.StudyJob;
import org.blotfig.study.StudyReport;
import org.blotfig.study.StudyRun;
import org.scijava.app.StatusService;
import org.scijava.command.Command;
import org.scijava.log.LogService;
import org.scijava.menu.MenuConstants;
import org.scijava.plugin.Menu;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.ui.UIService;

import ij.measure.ResultsTable;

/**
 * Analyze > blotfig > Figures > Run Study: a study sheet in (one row per figure: blot sets, ELISA
 * plates), the whole figure set out, as {@code blotfig study} writes it: a folder per figure,
 * report.html, report.md and numbers.csv, and the ResultsTable "Study" with every number.
 */
@Plugin(type = Command.class, headless = true, menu = {
	@Menu(label = MenuConstants.ANALYZE_LABEL, weight = MenuConstants.ANALYZE_WEIGHT),
	@Menu(label = Menus.ROOT), @Menu(label = Menus.FIGURES),
	@Menu(label = "Run Study", weight = 1) })
public class RunStudy implements Command {

	@Parameter
	private LogService log;

	@Parameter
	private UIService ui;

	@Parameter(required = false)
	private StatusService status;

	@Parameter(label = "Study sheet (CSV: figure,assay,input,...)", style = "open", persist = false)
	private File study_sheet;

	@Parameter(label = "Output folder", style = "directory", persist = false)
	private File output_folder;

	/* a path as text: an optional File input would open a chooser (see QuantifyBlotSet) */
	@Parameter(label = "Expected values (empty = expected.csv beside the sheet, if any)", required = false,
		persist = false)
	private String expected_values = "";

	private ResultsTable table;

	@Override
	public void run() {
		try {
			if (study_sheet == null || study_sheet.getPath().isEmpty()) throw new InputException("choose a study sheet");
			if (output_folder == null || output_folder.getPath().isEmpty()) throw new InputException("choose an output folder");
			Path expected = expected_values == null || expected_values.trim().isEmpty() ? null :
				Paths.get(expected_values.trim());
			BlotSetImages images = new BlotSetImages();
			StudyJob job = StudyJob.prepare(study_sheet.toPath(), expected, images, images.warnings());
			List<StudyRun.PanelResult> results = job.run(output_folder.toPath(), new StatusProgress(status));
			table = table(results, job.expected);
			for (StudyRun.PanelResult p : results)
				log.info("Run Study: " + p.panel.figure + ": " + String.join(", ", p.files));
			log.info("Run Study: report in " + output_folder.toPath().resolve(StudyReport.HTML));
			if (!ui.isHeadless()) table.show("Study");
		}
		catch (InputException e) {
			CommandErrors.stop(ui, log, "Run Study", e);
		}
	}

	/** The "Study" table (also after a headless run, for scripts and tests). */
	public ResultsTable table() {
		return table;
	}

	/** The rows of numbers.csv ({@link StudyReport#rows()}): numbers as numbers, no number as an empty cell. */
	static ResultsTable table(List<StudyRun.PanelResult> results, StudyExpected expected) {
		ResultsTable t = new ResultsTable();
		for (Object[] row : new StudyReport("", results, expected).rows()) {
			t.incrementCounter();
			for (int i = 0; i < row.length; i++) {
				String column = StudyReport.COLUMNS.get(i);
				Object v = row[i];
				if (v instanceof Number && !Double.isNaN(((Number) v).doubleValue()))
					t.addValue(column, ((Number) v).doubleValue());
				else t.addValue(column, v instanceof Number ? "" : v.toString());
			}
		}
		return t;
	}
}
