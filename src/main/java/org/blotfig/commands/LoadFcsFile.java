package org.blotfig.commands;

import java.io.File;
import java.nio.charset.StandardCharsets;

import org.blotfig.core.InputException;
import org.blotfig.flow.DensityPlot;
import org.blotfig.flow.EventsCsv;
import org.blotfig.flow.FcsDataset;
import org.blotfig.flow.FcsReader;
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
 * Analyze > blotfig > Flow Cytometry > Load FCS File: reads an FCS 2.0/3.0/3.1 file, shows its
 * events as a table (the first max_rows events: big files would swamp the table window) and
 * returns a density-coloured dot plot of two channels. With an output folder, all events go to
 * events.csv there.
 */
@Plugin(type = Command.class, headless = true, menu = {
	@Menu(label = MenuConstants.ANALYZE_LABEL, weight = MenuConstants.ANALYZE_WEIGHT),
	@Menu(label = Menus.ROOT), @Menu(label = Menus.FLOW),
	@Menu(label = "Load FCS File", weight = 1) })
public class LoadFcsFile implements Command {

	@Parameter
	private LogService log;

	@Parameter
	private UIService ui;

	@Parameter(label = "FCS file", style = "open", persist = false)
	private File fcs_file;

	@Parameter(label = "Dataset", min = "1", persist = false)
	private int dataset = 1;

	@Parameter(label = "X channel ($PnN, $PnS or number)", persist = false)
	private String x_channel = "1";

	@Parameter(label = "Y channel", persist = false)
	private String y_channel = "2";

	@Parameter(label = "Table values", choices = { "value", "raw" }, persist = false,
		description = "value: $PnE/$PnG/$TIMESTEP decoded; raw: channel values as stored")
	private String scale = "value";

	@Parameter(label = "Plot scale", choices = { "auto", "logicle", "arcsinh", "log", "linear" }, persist = false)
	private String display = "auto";

	@Parameter(label = "Table rows (at most)", min = "0", persist = false)
	private int max_rows = 100000;

	@Parameter(label = "Output folder (optional)", required = false, style = "directory", persist = false,
		description = "if given, all events are written to events.csv there")
	private File output_folder;

	@Parameter(type = ItemIO.OUTPUT)
	private ImagePlus dot_plot;

	@Override
	public void run() {
		try {
			if (fcs_file == null) throw new InputException("Load FCS File: choose an FCS file");
			FcsDataset ds = FcsReader.read(fcs_file.toPath()).dataset(dataset);
			int xi = QuadrantReport.channel(fcs_file.toPath(), ds, x_channel);
			int yi = QuadrantReport.channel(fcs_file.toPath(), ds, y_channel);
			boolean scaled = !"raw".equals(scale);
			double[] x = ds.values(xi), y = ds.values(yi);
			DensityPlot p;
			try {
				p = DensityPlot.of(x, y, DensityPlot.scale(display, ds, xi, x), DensityPlot.scale(display, ds, yi, y), 256);
			}
			catch (IllegalArgumentException e) {
				throw new InputException("Load FCS File: " + e.getMessage());
			}
			String name = fcs_file.getName();
			dot_plot = FlowImages.densityPlot(name + " " + ds.channels.get(xi).name + " vs " +
				ds.channels.get(yi).name, p);
			for (String w : ds.warnings) log.warn(name + ": " + w);
			if (output_folder != null && !output_folder.getPath().isEmpty()) {
				new OutputDir(output_folder.toPath()).write("events.csv", os -> {
					java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(os,
						StandardCharsets.UTF_8), 1 << 16);
					EventsCsv.write(w, ds, scaled);
					w.flush();
				});
			}
			if (!ui.isHeadless()) {
				ResultsTable t = FlowImages.eventsTable(ds, scaled, max_rows);
				String title = name + (ds.eventCount > max_rows ? " (first " + max_rows + " of " + ds.eventCount +
					" events)" : "");
				if (ds.eventCount > max_rows) log.info("Load FCS File: table shows the first " + max_rows + " of " +
					ds.eventCount + " events; all are in the plot" + (output_folder != null ? " and events.csv" : ""));
				t.show(title);
			}
		}
		catch (InputException e) {
			CommandErrors.stop(ui, log, "Load FCS File", e);
		}
	}
}
