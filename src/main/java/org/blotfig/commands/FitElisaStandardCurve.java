package org.blotfig.commands;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.List;

import org.blotfig.core.InputException;
import org.blotfig.core.ProgressListener;
import org.blotfig.elisa.AnalyteResult;
import org.blotfig.elisa.BackCalculation;
import org.blotfig.elisa.CurveModel;
import org.blotfig.elisa.ElisaAnalysis;
import org.blotfig.elisa.Weighting;
import org.blotfig.elisa.io.ElisaInputs;
import org.blotfig.elisa.io.ElisaReport;
import org.blotfig.io.OutputDir;
import org.blotfig.study.ElisaFigure;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.log.LogService;
import org.scijava.menu.MenuConstants;
import org.scijava.plugin.Menu;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.ui.UIService;

import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.ResultsTable;
import ij.process.ColorProcessor;

/**
 * Analyze > blotfig > ELISA > Fit ELISA Standard Curve: plate read + plate map (or a standards
 * table) to a fitted curve and back-calculated samples. Shows the curve, standards and samples
 * tables (not when headless), returns the curve plot (one slice per analyte) and writes the same
 * files as {@code blotfig elisa} when an output folder is given.
 */
@Plugin(type = Command.class, headless = true, menu = {
	@Menu(label = MenuConstants.ANALYZE_LABEL, weight = MenuConstants.ANALYZE_WEIGHT),
	@Menu(label = Menus.ROOT), @Menu(label = Menus.ELISA),
	@Menu(label = "Fit ELISA Standard Curve", weight = 1) })
public class FitElisaStandardCurve implements Command {

	@Parameter
	private LogService log;

	@Parameter
	private UIService ui;

	@Parameter(label = "Plate read (CSV)", required = false, persist = false,
		description = "96/384-well matrix or long CSV (well,value[,wavelength]); leave empty to use a standards table")
	private File plate;

	@Parameter(label = "Plate map (CSV)", required = false, persist = false,
		description = "well,type,analyte,sample,group,concentration,dilution")
	private File layout;

	@Parameter(label = "Standards table (CSV, instead of a plate)", required = false, persist = false,
		description = "conc,od")
	private File standards;

	@Parameter(label = "Unknowns table (CSV, with a standards table)", required = false, persist = false,
		description = "sample,od[,group][,dilution]")
	private File samples;

	@Parameter(label = "Model", choices = { "4PL", "5PL", "linear", "log-log" }, persist = false)
	private String model = "4PL";

	@Parameter(label = "Weighting", choices = { "none", "1/Y^2", "1/Ycurve^2" }, persist = false,
		description = "1/Ycurve^2 is Prism 5+'s iterated weighting by the fitted curve")
	private String weighting = "none";

	@Parameter(label = "Wavelength (when the plate has several)", required = false, persist = false)
	private String wavelength = "";

	@Parameter(label = "Reference wavelength to subtract (optional)", required = false, persist = false)
	private String reference = "";

	@Parameter(label = "Analyte (empty = all)", required = false, persist = false)
	private String analyte = "";

	@Parameter(label = "Output folder (optional)", required = false, style = "directory", persist = false,
		description = "if given, per analyte curve.csv, standards.csv, samples.csv and curve.svg/.png/.pdf, and when " +
			"the plate map gives samples groups, figure.svg/.png/.pdf with its statistics, are written here")
	private File output_folder;

	@Parameter(label = "Figure y axis", required = false, persist = false,
		description = "y axis of the group figure, e.g. pg/mL")
	private String y_label = "Concentration";

	@Parameter(type = ItemIO.OUTPUT)
	private ImagePlus curve_plot;

	@Override
	public void run() {
		try {
			CurveModel m = CurveModel.forName(model);
			Weighting w = Weighting.forKey(weighting);
			boolean save = output_folder != null && !output_folder.getPath().isEmpty();
			if (save) OutputDir.checkFolder(output_folder.toPath());
			if (save) OutputDir.checkInputsKept(output_folder.toPath(), ElisaFigure.ALL_FILES, path(plate), path(layout),
				path(standards), path(samples));
			ElisaInputs in = ElisaInputs.load(path(plate), path(layout), path(standards), path(samples),
				wavelength, reference, analyte);
			if (!in.readChosen.isEmpty()) log.info("Fit ELISA Standard Curve: using " + in.readChosen);
			List<AnalyteResult> results = new ElisaAnalysis(m, w).analyze(in.source, in.wells,
				ProgressListener.NONE);
			ElisaFigure figure = ElisaFigure.of(results);
			if (save) {
				OutputDir dir = new OutputDir(output_folder.toPath());
				ElisaFigure.writeAll(dir, results, figure, y_label == null || y_label.trim().isEmpty() ? "Concentration" :
					y_label);
				// an earlier run's files this one does not write (checkInputsKept above keeps inputs clear of these names)
				List<String> stale = dir.removeStale(ElisaFigure.ALL_FILES);
				if (!stale.isEmpty()) log.info("Fit ELISA Standard Curve: removed what an earlier run left in " +
					output_folder + ": " + String.join(", ", stale));
			}
			curve_plot = plots(results);
			for (AnalyteResult a : results) {
				log.info("Fit ELISA Standard Curve: " + (a.analyte.isEmpty() ? "" : a.analyte + ": ") +
					a.fit.model.name() + " " + a.fit.weighting.key + ", R2 " + (float) a.fit.r2);
				if (a.fit.unstable) log.warn("Fit ELISA Standard Curve: " + a.analyte + " unstable fit: " +
					a.fit.problem);
			}
			if (!ui.isHeadless()) {
				curveTable(results).show("ELISA curve");
				standardsTable(results).show("ELISA standards");
				samplesTable(results).show("ELISA samples");
			}
		}
		catch (InputException e) {
			CommandErrors.stop(ui, log, "Fit ELISA Standard Curve", e);
		}
	}

	private static Path path(File f) {
		return f == null || f.getPath().isEmpty() ? null : f.toPath();
	}

	/** The curve plots, one slice per analyte. */
	static ImagePlus plots(List<AnalyteResult> results) {
		ImageStack stack = new ImageStack(640, 480);
		for (AnalyteResult a : results) {
			BufferedImage img = ElisaReport.chart(a).createBufferedImage(640, 480);
			stack.addSlice(a.analyte.isEmpty() ? "curve" : a.analyte, new ColorProcessor(img));
		}
		return new ImagePlus("ELISA standard curve", stack);
	}

	static ResultsTable curveTable(List<AnalyteResult> results) {
		ResultsTable t = new ResultsTable();
		for (AnalyteResult a : results) {
			for (org.blotfig.elisa.CurveModel.ReportedParameter p : a.fit.parameters()) {
				t.incrementCounter();
				t.addValue("analyte", a.analyte);
				t.addValue("parameter", p.name);
				t.addValue("value", p.value);
				t.addValue("se", p.se);
			}
			String[] names = { "R2", "SyX", "unstable" };
			double[] values = { a.fit.r2, a.fit.syx, a.fit.unstable ? 1 : 0 };
			for (int i = 0; i < names.length; i++) {
				t.incrementCounter();
				t.addValue("analyte", a.analyte);
				t.addValue("parameter", names[i]);
				t.addValue("value", values[i]);
				t.addValue("se", Double.NaN);
			}
		}
		return t;
	}

	static ResultsTable standardsTable(List<AnalyteResult> results) {
		ResultsTable t = new ResultsTable();
		for (AnalyteResult a : results)
			for (BackCalculation.Standard s : a.standards) {
				t.incrementCounter();
				t.addValue("analyte", a.analyte);
				t.addValue("conc", s.conc);
				t.addValue("y", s.y);
				t.addValue("backcalc", s.backcalc);
				t.addValue("recovery_pct", s.recoveryPct);
				t.addValue("pass", Boolean.toString(s.pass));
			}
		return t;
	}

	static ResultsTable samplesTable(List<AnalyteResult> results) {
		ResultsTable t = new ResultsTable();
		for (AnalyteResult a : results)
			for (AnalyteResult.Sample s : a.samples) {
				t.incrementCounter();
				t.addValue("sample", s.replicates.sample);
				t.addValue("group", s.replicates.group);
				t.addValue("analyte", a.analyte);
				t.addValue("y", s.y);
				t.addValue("conc", s.reading.conc);
				t.addValue("flag", s.flag);
			}
		return t;
	}
}
