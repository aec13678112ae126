package org.blotfig.commands;

import java.io.File;

import org.blotfig.core.InputException;
import org.blotfig.flow.DebrisGate;
import org.blotfig.flow.DensityPlot;
import org.blotfig.flow.FcsDataset;
import org.blotfig.flow.FcsReader;
import org.blotfig.flow.GatingOptions;
import org.blotfig.flow.QuadrantGate;
import org.blotfig.flow.QuadrantReport;
import org.blotfig.ij.FlowImages;
import org.blotfig.io.OutputDir;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.log.LogService;
import org.scijava.menu.MenuConstants;
import org.scijava.plugin.Menu;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.ui.UIService;

import ij.ImagePlus;
import ij.measure.ResultsTable;

/**
 * Analyze > blotfig > Flow Cytometry > Quadrant Gate: counts and percentages of the four
 * quadrants of two channels (Annexin V on x, PI on y: live, early apoptotic, late apoptotic,
 * necrotic), thresholds given or the control's percentile. Same quadrants.csv as
 * {@code blotfig flow quadrants}; returns the dot plot with the threshold lines.
 */
@Plugin(type = Command.class, headless = true, menu = {
	@Menu(label = MenuConstants.ANALYZE_LABEL, weight = MenuConstants.ANALYZE_WEIGHT),
	@Menu(label = Menus.ROOT), @Menu(label = Menus.FLOW),
	@Menu(label = "Quadrant Gate", weight = 2) })
public class QuadrantGateCommand implements Command {

	@Parameter
	private LogService log;

	@Parameter
	private UIService ui;

	@Parameter(label = "Sample FCS file", style = "open", persist = false)
	private File fcs_file;

	@Parameter(label = "X channel (e.g. Annexin V)", persist = false)
	private String x_channel = "FL1-H";

	@Parameter(label = "Y channel (e.g. PI)", persist = false)
	private String y_channel = "FL2-H";

	@Parameter(label = "X threshold (empty = from control)", required = false, persist = false)
	private String x_threshold = "";

	@Parameter(label = "Y threshold (empty = from control)", required = false, persist = false)
	private String y_threshold = "";

	@Parameter(label = "Control FCS file (unstained)", style = "open", required = false, persist = false)
	private File control_file;

	@Parameter(label = "Control percentile", min = "0", max = "100", persist = false)
	private double percentile = 99;

	@Parameter(label = "Dataset", min = "1", persist = false)
	private int dataset = 1;

	@Parameter(label = "Compensate (file's spillover matrix)", persist = false)
	private boolean compensate = false;

	@Parameter(label = "Debris gate: FSC channel (empty = no gate)", required = false, persist = false)
	private String debris_fsc = "";

	@Parameter(label = "Debris gate: SSC channel", required = false, persist = false)
	private String debris_ssc = "";

	@Parameter(label = "Debris gate: keep FSC/SSC rectangle xmin,xmax,ymin,ymax", required = false, persist = false)
	private String debris_rectangle = "";

	@Parameter(label = "Output folder (optional)", required = false, style = "directory", persist = false)
	private File output_folder;

	@Parameter(type = ItemIO.OUTPUT)
	private ImagePlus quadrant_plot;

	@Override
	public void run() {
		try {
			if (fcs_file == null) throw new InputException("Quadrant Gate: choose a sample FCS file");
			boolean given = !blank(x_threshold) || !blank(y_threshold);
			boolean hasControl = control_file != null && !control_file.getPath().isEmpty();
			if (given == hasControl) throw new InputException("Quadrant Gate: give both thresholds or a control " +
				"file (not both)");
			FcsDataset s = FcsReader.read(fcs_file.toPath()).dataset(dataset);
			FcsDataset c = hasControl ? FcsReader.read(control_file.toPath()).dataset(dataset) : null;
			QuadrantReport r = QuadrantReport.analyse(fcs_file.toPath(), s, x_channel, y_channel,
				given ? number("x_threshold", x_threshold) : Double.NaN, given ? number("y_threshold", y_threshold) :
					Double.NaN, hasControl ? control_file.toPath() : null, c, new GatingOptions().percentile(percentile)
					.compensate(compensate).debris(debris()));
			if (output_folder != null && !output_folder.getPath().isEmpty())
				new OutputDir(output_folder.toPath()).writeText("quadrants.csv", r.toCsv());
			int xi = s.channelIndex(x_channel), yi = s.channelIndex(y_channel);
			double[] x = s.values(xi, compensate), y = s.values(yi, compensate);
			DensityPlot p = DensityPlot.of(x, y, DensityPlot.autoScale(s, xi, x), DensityPlot.autoScale(s, yi, y), 256);
			quadrant_plot = FlowImages.densityPlot(fcs_file.getName() + " quadrants", p);
			FlowImages.addThresholds(quadrant_plot, p, r.result.xThreshold, r.result.yThreshold);
			if (!ui.isHeadless()) table(r).show("Quadrants " + fcs_file.getName());
		}
		catch (InputException e) {
			CommandErrors.stop(ui, log, "Quadrant Gate", e);
		}
	}

	private DebrisGate debris() {
		if (blank(debris_fsc) && blank(debris_ssc) && blank(debris_rectangle)) return null;
		if (blank(debris_fsc) || blank(debris_ssc) || blank(debris_rectangle)) throw new InputException(
			"Quadrant Gate: a debris gate needs debris_fsc, debris_ssc and debris_rectangle");
		return DebrisGate.parse(debris_fsc.trim(), debris_ssc.trim(), "rectangle", debris_rectangle);
	}

	static ResultsTable table(QuadrantReport r) {
		ResultsTable t = new ResultsTable();
		for (int q = 0; q < 4; q++) {
			t.incrementCounter();
			t.addValue("quadrant", r.quadrantName(q));
			t.addValue("label", QuadrantGate.APOPTOSIS_LABELS[q]);
			t.addValue("count", r.result.counts[q]);
			t.addValue("percent", r.result.percent(q));
			t.addValue("x_threshold", r.result.xThreshold);
			t.addValue("y_threshold", r.result.yThreshold);
			t.addValue("threshold_source", r.thresholdSource);
			t.addValue("debris_gate", r.debrisGate);
			t.addValue("excluded", r.result.excluded);
		}
		return t;
	}

	private static boolean blank(String s) {
		return s == null || s.trim().isEmpty();
	}

	private static double number(String key, String s) {
		try {
			double v = Double.parseDouble(s.trim());
			if (Double.isNaN(v) || Double.isInfinite(v)) throw new NumberFormatException();
			return v;
		}
		catch (NumberFormatException e) {
			throw new InputException("Quadrant Gate: " + key + " '" + s + "' is not a number");
		}
	}
}
