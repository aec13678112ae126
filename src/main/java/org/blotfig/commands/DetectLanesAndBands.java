package org.blotfig.commands;

import java.io.File;
import java.util.List;

import org.blotfig.core.InputException;
import org.blotfig.core.ProgressListener;
import org.blotfig.gel.GelAnalyzer;
import org.blotfig.gel.GelResult;
import org.blotfig.ij.GelImages;
import org.blotfig.ij.RollingBall2D;
import org.blotfig.ij.ScanAnalysis;
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
 * Analyze > blotfig > Western Blot > Detect Lanes and Bands: finds lanes and bands on the active
 * image (or inside its rectangular selection) and quantifies them. Lanes and band boxes go on
 * the image's overlay as editable ROIs ("Measure Lanes from ROIs" re-measures them after edits).
 */
@Plugin(type = Command.class, headless = true, menu = {
	@Menu(label = MenuConstants.ANALYZE_LABEL, weight = MenuConstants.ANALYZE_WEIGHT),
	@Menu(label = Menus.ROOT), @Menu(label = Menus.BLOTS),
	@Menu(label = "Detect Lanes and Bands", weight = 1) })
public class DetectLanesAndBands implements Command {

	@Parameter
	private LogService log;

	@Parameter
	private UIService ui;

	@Parameter(label = "Blot image")
	private ImagePlus image;

	@Parameter(label = "Lanes (0 = automatic)", min = "0", persist = false)
	private int lanes = 0;

	@Parameter(label = "Background", choices = { "valley", "rolling-ball", "border", "rolling-ball-2d", "none" },
		persist = false, description = "valley: baseline from valley to valley along each lane (default)")
	private String background = "valley";

	@Parameter(label = "Polarity", choices = { "auto", "light-bands", "dark-bands" }, persist = false,
		description = "as the image is displayed (an inverting LUT is taken into account)")
	private String polarity = "auto";

	@Parameter(label = "Rolling-ball radius (px)", min = "1", persist = false)
	private double radius = 50;

	@Parameter(label = "Output folder (optional)", required = false, style = "directory", persist = false,
		description = "lanes.csv, bands.csv, overlay.png and params.json are written here")
	private File output_folder;

	GelResult result;
	ResultsTable[] tables;

	@Override
	public void run() {
		try {
			GelImages.Converted c = GelImages.convert(image);
			boolean cropped = c.image.width() != image.getWidth() || c.image.height() != image.getHeight();
			boolean files = output_folder != null && !output_folder.getPath().isEmpty();
			// the whole image is converted a second time only for overlay.png of a selection
			GelImages.Converted full = cropped && files ? GelImages.convert(image, null) : c;
			result = new GelAnalyzer(new RollingBall2D()).analyze(c.image,
				GelOutputs.params(lanes, background, polarity, radius), ProgressListener.NONE);
			List<String> warnings = ScanAnalysis.combined(c.warnings, result.warnings);
			for (String w : warnings) log.warn("Detect Lanes and Bands: " + w);
			tables = GelOutputs.deliver(image, full.image, result, output_folder, warnings);
		}
		catch (InputException e) {
			CommandErrors.stop(ui, log, "Detect Lanes and Bands: " + image.getTitle(), e);
		}
	}
}
