package org.blotfig.commands;

import java.io.File;
import java.util.List;

import org.blotfig.core.InputException;
import org.blotfig.ij.GelBatch;
import org.scijava.app.StatusService;
import org.scijava.command.Command;
import org.scijava.log.LogService;
import org.scijava.menu.MenuConstants;
import org.scijava.plugin.Menu;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.ui.UIService;

/**
 * Analyze > blotfig > Western Blot > Detect Lanes and Bands in Folder: the same analysis as
 * "Detect Lanes and Bands" on every image of a folder, for batch runs (headless included). Each
 * image gets a result subfolder; summary.csv lists them all; an image that fails is logged and
 * listed, and the batch goes on.
 */
@Plugin(type = Command.class, headless = true, menu = {
	@Menu(label = MenuConstants.ANALYZE_LABEL, weight = MenuConstants.ANALYZE_WEIGHT),
	@Menu(label = Menus.ROOT), @Menu(label = Menus.BLOTS),
	@Menu(label = "Detect Lanes and Bands in Folder", weight = 2) })
public class DetectLanesAndBandsInFolder implements Command {

	@Parameter
	private LogService log;

	@Parameter
	private UIService ui;

	@Parameter(required = false)
	private StatusService status;

	@Parameter(label = "Folder of blot images", style = "directory", persist = false)
	private File input_folder;

	@Parameter(label = "File filter", persist = false, description = "';'-separated patterns, e.g. *.tif;*.png")
	private String file_filter = GelBatch.DEFAULT_FILTER;

	@Parameter(label = "Output folder", style = "directory", persist = false,
		description = "one subfolder of results per image, and summary.csv")
	private File output_folder;

	@Parameter(label = "Lanes (0 = automatic)", min = "0", persist = false)
	private int lanes = 0;

	@Parameter(label = "Background", choices = { "valley", "rolling-ball", "border", "rolling-ball-2d", "none" },
		persist = false)
	private String background = "valley";

	@Parameter(label = "Polarity", choices = { "auto", "light-bands", "dark-bands" }, persist = false)
	private String polarity = "auto";

	@Parameter(label = "Rolling-ball radius (px)", min = "1", persist = false)
	private double radius = 50;

	List<GelBatch.Item> items;

	@Override
	public void run() {
		String title = "Detect Lanes and Bands in Folder";
		try {
			if (input_folder == null) throw new InputException("choose a folder of blot images");
			if (output_folder == null) throw new InputException("choose an output folder");
			List<java.nio.file.Path> files = GelBatch.images(input_folder.toPath(), file_filter);
			items = GelBatch.run(files, output_folder.toPath(), GelOutputs.params(lanes, background, polarity, radius),
				line -> log.warn(title + ": " + line), new StatusProgress(status) {
					@Override
					public void progress(double fraction, String message) {
						// "3/12: blot.tif", as Fiji users know it from other batch commands
						super.progress(fraction, message);
						log.info(title + ": " + message);
					}
				});
			int failed = 0;
			for (GelBatch.Item it : items) if (!it.ok()) failed++;
			log.info(title + ": " + items.size() + (items.size() == 1 ? " image, " : " images, ") + (items.size() - failed) + " analysed, " + failed +
				" failed; see " + new File(output_folder, GelBatch.SUMMARY));
		}
		catch (InputException e) {
			CommandErrors.stop(ui, log, title, e);
		}
	}
}
