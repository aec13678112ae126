package org.blotfig.commands;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.blotfig.core.InputException;
import org.blotfig.io.OutputDir;
import org.blotfig.study.MarkerFigure;
import org.scijava.command.Command;
import org.scijava.log.LogService;
import org.scijava.menu.MenuConstants;
import org.scijava.plugin.Menu;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.ui.UIService;

import ij.measure.ResultsTable;

/**
 * Analyze > blotfig > Flow Cytometry > Flow Marker Figure: single-marker % positive of each stained
 * FCS file of a sheet against its control, with the histogram figure. Same files as
 * {@code blotfig flow markers}.
 */
@Plugin(type = Command.class, headless = true, menu = {
	@Menu(label = MenuConstants.ANALYZE_LABEL, weight = MenuConstants.ANALYZE_WEIGHT),
	@Menu(label = Menus.ROOT), @Menu(label = Menus.FLOW),
	@Menu(label = "Flow Marker Figure", weight = 4) })
public class FlowMarkerFigure implements Command {

	@Parameter
	private LogService log;

	@Parameter
	private UIService ui;

	@Parameter(label = "Marker sheet figure,marker,channel,file,control (CSV)", style = "open", persist = false)
	private File sheet_file;

	@Parameter(label = "Figure (empty = every row)", required = false, persist = false)
	private String figure = "";

	@Parameter(label = "File name stem", required = false, persist = false)
	private String file_name = "markers";

	@Parameter(label = "Output folder", style = "directory", persist = false,
		description = "NAME.svg/.png/.pdf (histograms), NAME_positive.csv")
	private File output_folder;

	MarkerFigure result;

	@Override
	public void run() {
		String title = "Flow Marker Figure";
		try {
			if (sheet_file == null) throw new InputException("choose the marker sheet");
			if (output_folder == null) throw new InputException("choose an output folder");
			String name = file_name == null || file_name.trim().isEmpty() ? "markers" : file_name.trim();
			OutputDir.checkFolder(output_folder.toPath());
			OutputDir.checkInputsKept(output_folder.toPath(), MarkerFigure.files(name), sheet_file.toPath());
			result = MarkerFigure.load(sheet_file.toPath(), figure == null || figure.trim().isEmpty() ? null :
				figure.trim());
			List<java.nio.file.Path> inputs = new ArrayList<>();
			for (MarkerFigure.Marker m : result.markers) inputs.add(m.file);
			OutputDir.checkInputsKept(output_folder.toPath(), MarkerFigure.files(name), inputs.toArray(
				new java.nio.file.Path[0]));
			result.write(new OutputDir(output_folder.toPath()), name);
			ResultsTable t = new ResultsTable();
			for (MarkerFigure.Marker m : result.markers) {
				t.incrementCounter();
				t.addValue("figure", m.figure);
				t.addValue("marker", m.marker);
				t.addValue("channel", m.channel);
				t.addValue("threshold", m.threshold);
				t.addValue("positive", m.positive);
				t.addValue("events", m.events);
				t.addValue("% positive", m.percent());
				log.info(title + ": " + m.marker + " " + String.format(java.util.Locale.ROOT, "%.2f", m.percent()) +
					" % positive");
			}
			if (!java.awt.GraphicsEnvironment.isHeadless()) t.show("Marker % positive");
		}
		catch (InputException e) {
			CommandErrors.stop(ui, log, title, e);
		}
	}
}
