package org.blotfig.commands;

import java.io.File;
import java.nio.file.Path;

import org.blotfig.core.InputException;
import org.blotfig.ij.BlotSetImages;
import org.blotfig.io.OutputDir;
import org.blotfig.norm.BlotSetResult;
import org.blotfig.norm.BlotSetRun;
import org.blotfig.norm.NormalizedRow;
import org.blotfig.study.BlotSetOutputs;
import org.blotfig.study.FoldChangeFigure;
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
 * Analyze > blotfig > Western Blot > Quantify Blot Set: the images listed in a blot-set CSV and
 * a sample sheet in; bands detected on each image, every target normalised to its lane's
 * loading control (or total protein), fold change against the reference group per membrane,
 * apparent MW from the ladder, QC flags. Out: the ResultsTable "Normalized" (the columns of
 * normalized.csv) and, with an output folder, the same files as {@code blotfig normalize}.
 */
@Plugin(type = Command.class, headless = true, menu = {
	@Menu(label = MenuConstants.ANALYZE_LABEL, weight = MenuConstants.ANALYZE_WEIGHT),
	@Menu(label = Menus.ROOT), @Menu(label = Menus.BLOTS),
	@Menu(label = "Quantify Blot Set", weight = 10) })
public class QuantifyBlotSet implements Command {

	@Parameter
	private LogService log;

	@Parameter
	private UIService ui;

	@Parameter(required = false)
	private StatusService status;

	@Parameter(label = "Blot set (CSV: image,target,role,...)", style = "open", persist = false)
	private File blot_set;

	/*
	 * A path as text, not a File: SciJava's FilePreprocessor opens a file chooser for a lone
	 * unresolved File input, and headless (no chooser) that silently cancels the command; the
	 * override is rarely needed because the set names its sample sheet.
	 */
	@Parameter(label = "Sample sheet (empty = the one the set names)", required = false, persist = false)
	private String sample_sheet = "";

	@Parameter(label = "Reference group (empty = first in the sample sheet)", required = false, persist = false)
	private String reference_group = "";

	@Parameter(label = "Ladder fit", choices = { "log-linear", "cubic" }, persist = false)
	private String mw_fit = "log-linear";

	@Parameter(label = "MW tolerance (fraction)", min = "0.01", max = "0.9", persist = false)
	private double mw_tolerance = 0.15;

	@Parameter(label = "Lanes per image (0 = automatic)", min = "0", persist = false)
	private int lanes = 0;

	@Parameter(label = "Band background", choices = { "valley", "border", "rolling-ball", "none" }, persist = false)
	private String background = "valley";

	@Parameter(label = "Polarity", choices = { "auto", "light-bands", "dark-bands" }, persist = false)
	private String polarity = "auto";

	@Parameter(label = "Output folder (optional)", style = "directory", required = false, persist = false)
	private File output_folder;

	private ResultsTable table;

	@Override
	public void run() {
		try {
			if (blot_set == null || blot_set.getPath().isEmpty()) throw new InputException("choose a blot-set CSV");
			BlotSetRun.Settings s = new BlotSetRun.Settings();
			s.referenceGroup = reference_group;
			s.mwFit = mw_fit;
			s.mwTolerance = mw_tolerance;
			s.lanes = lanes;
			s.background = background;
			s.polarity = polarity;
			Path sheet = sample_sheet == null || sample_sheet.trim().isEmpty() ? null :
				java.nio.file.Paths.get(sample_sheet.trim());
			BlotSetRun run = BlotSetRun.prepare(blot_set.toPath(), sheet, s);
			boolean save = output_folder != null && !output_folder.getPath().isEmpty();
			if (save) run.checkOutput(output_folder.toPath(), FoldChangeFigure.FILES);
			BlotSetImages images = new BlotSetImages();
			BlotSetResult r = run.run(images, images.warnings(), new StatusProgress(status));
			table = table(r);
			if (save) {
				FoldChangeFigure fig = FoldChangeFigure.of(r);
				OutputDir dir = new OutputDir(output_folder.toPath());
				BlotSetOutputs.write(dir, run, r, fig);
				// an earlier run's files this one does not write (checkOutput above keeps inputs clear of these names)
				java.util.List<String> stale = dir.removeStale(BlotSetOutputs.files());
				if (!stale.isEmpty()) log.info("Quantify Blot Set: removed what an earlier run left in " + output_folder +
					": " + String.join(", ", stale));
				if (fig != null) log.info("Quantify Blot Set: " + fig.summary());
			}
			for (String w : r.warnings) log.warn("Quantify Blot Set: " + w);
			String imprecise = r.impreciseNote();
			if (imprecise != null) log.warn("Quantify Blot Set: " + imprecise);
			if (!ui.isHeadless()) table.show("Normalized");
		}
		catch (InputException e) {
			CommandErrors.stop(ui, log, "Quantify Blot Set", e);
		}
	}

	/** The "Normalized" table (also after a headless run, for scripts and tests). */
	public ResultsTable table() {
		return table;
	}

	static ResultsTable table(BlotSetResult r) {
		ResultsTable t = new ResultsTable();
		for (NormalizedRow row : r.rows) {
			t.incrementCounter();
			t.addValue("sample", row.sample.sample);
			t.addValue("group", row.sample.group);
			t.addValue("replicate", row.sample.replicate);
			t.addValue("membrane", row.sample.membrane);
			t.addValue("target", row.target);
			t.addValue("target_volume", row.targetVolume);
			t.addValue("control_volume", row.controlVolume);
			t.addValue("ratio", row.ratio);
			t.addValue("fold_change", row.foldChange);
			t.addValue("mw_kda", row.mwKda);
			t.addValue("flags", row.flagText());
			t.addValue("fold_change_se", row.foldChangeSe);
		}
		return t;
	}
}
