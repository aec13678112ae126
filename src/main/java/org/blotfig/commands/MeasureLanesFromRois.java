package org.blotfig.commands;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.blotfig.core.InputException;
import org.blotfig.core.ProgressListener;
import org.blotfig.gel.GelAnalyzer;
import org.blotfig.gel.GelImage;
import org.blotfig.gel.GelResult;
import org.blotfig.gel.LanePath;
import org.blotfig.ij.GelImages;
import org.blotfig.ij.GelRois;
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
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.measure.ResultsTable;
import ij.plugin.frame.RoiManager;

/**
 * Analyze > blotfig > Western Blot > Measure Lanes from ROIs: re-quantifies with lanes the user
 * drew or edited, taken from the ROI Manager when it holds ROIs, otherwise from the image's
 * overlay (the lane polygons "Detect Lanes and Bands" left there), left to right.
 */
@Plugin(type = Command.class, headless = true, menu = {
	@Menu(label = MenuConstants.ANALYZE_LABEL, weight = MenuConstants.ANALYZE_WEIGHT),
	@Menu(label = Menus.ROOT), @Menu(label = Menus.BLOTS),
	@Menu(label = "Measure Lanes from ROIs", weight = 2) })
public class MeasureLanesFromRois implements Command {

	@Parameter
	private LogService log;

	@Parameter
	private UIService ui;

	@Parameter(label = "Blot image")
	private ImagePlus image;

	@Parameter(label = "Background", choices = { "valley", "rolling-ball", "border", "rolling-ball-2d", "none" },
		persist = false)
	private String background = "valley";

	@Parameter(label = "Polarity", choices = { "auto", "light-bands", "dark-bands" }, persist = false)
	private String polarity = "auto";

	@Parameter(label = "Rolling-ball radius (px)", min = "1", persist = false)
	private double radius = 50;

	@Parameter(label = "Output folder (optional)", required = false, style = "directory", persist = false)
	private File output_folder;

	GelResult result;
	ResultsTable[] tables;

	@Override
	public void run() {
		try {
			List<Roi> rois = laneRois();
			if (rois.isEmpty()) throw new InputException("no lane ROIs: add lanes to the ROI Manager or run " +
				"Detect Lanes and Bands first (its lanes stay on the overlay)");
			rois.sort((a, b) -> Double.compare(a.getBounds().getCenterX(), b.getBounds().getCenterX()));
			GelImages.Converted full = GelImages.convert(image, null);
			GelImage img = full.image;
			List<LanePath> paths = new ArrayList<>();
			for (Roi r : rois) paths.add(GelRois.toLane(r, img.width(), img.height(), 0, 0));
			result = new GelAnalyzer(new RollingBall2D()).quantify(img, paths,
				GelOutputs.params(0, background, polarity, radius), ProgressListener.NONE);
			List<String> warnings = ScanAnalysis.combined(full.warnings, result.warnings);
			for (String w : warnings) log.warn("Measure Lanes from ROIs: " + w);
			tables = GelOutputs.deliver(image, img, result, output_folder, warnings);
		}
		catch (InputException e) {
			CommandErrors.stop(ui, log, "Measure Lanes from ROIs: " + image.getTitle(), e);
		}
	}

	private List<Roi> laneRois() {
		List<Roi> out = new ArrayList<>();
		RoiManager rm = RoiManager.getInstance();
		if (rm != null && rm.getCount() > 0) {
			for (Roi r : rm.getRoisAsArray()) if (r.isArea() || r.isLine()) out.add(r);
			return out;
		}
		Overlay o = image.getOverlay();
		if (o == null) return out;
		for (Roi r : o.toArray()) if (r.isArea() && r.getName() != null && r.getName().startsWith(GelRois.LANE)) out.add(r);
		return out;
	}
}
