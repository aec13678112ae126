package org.blotfig.commands;

import java.io.File;

import org.blotfig.core.InputException;
import org.blotfig.ij.BlotTiff;
import org.blotfig.ij.SynthFiles;
import org.blotfig.io.OutputDir;
import org.blotfig.synth.BlotGenerator;
import org.blotfig.synth.BlotSpec;
import org.blotfig.synth.Polarity;
import org.blotfig.synth.Preset;
import org.blotfig.synth.SyntheticBlot;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.log.LogService;
import org.scijava.menu.MenuConstants;
import org.scijava.plugin.Menu;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.ui.UIService;

import ij.ImagePlus;

/**
 * Analyze > blotfig > Western Blot > Generate Test Blot: draws a synthetic blot with known band
 * volumes, returns it as an image (Fiji displays outputs itself) and, when an output folder is
 * given, saves the TIFF and its truth.json there. Lanes replace the preset's count; tilt and smile
 * replace the preset's only with geometry=custom; noise multiplies the preset's noise.
 */
@Plugin(type = Command.class, headless = true, menu = {
	@Menu(label = MenuConstants.ANALYZE_LABEL, weight = MenuConstants.ANALYZE_WEIGHT),
	@Menu(label = Menus.ROOT), @Menu(label = Menus.BLOTS),
	@Menu(label = "Generate Test Blot", weight = 90) })
public class GenerateTestBlot implements Command {

	@Parameter
	private LogService log;

	@Parameter
	private UIService ui;

	@Parameter(label = "Preset", choices = { "clean", "typical", "hard" }, persist = false,
		description = "clean: flat background, light noise; typical: gradient, blotches, dust, mild tilt; " +
			"hard: 8-bit film, heavy noise, strong distortions, one saturated band")
	private String preset = "typical";

	@Parameter(label = "Random seed", persist = false, description = "same seed, same image")
	private long seed = 1;

	@Parameter(label = "Lanes", min = "1", max = "200", persist = false,
		description = "lane 1 is a ladder; the others are sample lanes")
	private int lanes = 8;

	@Parameter(label = "Bit depth", choices = { "preset", "8", "16" }, persist = false)
	private String bit_depth = "preset";

	@Parameter(label = "Polarity", choices = { "preset", "light-bands", "dark-bands" }, persist = false,
		description = "light-bands: chemiluminescence; dark-bands: film or colorimetric")
	private String polarity = "preset";

	@Parameter(label = "Geometry", choices = { "preset", "custom" }, persist = false,
		description = "preset: the preset's tilt and smile; custom: the two values below")
	private String geometry = "preset";

	@Parameter(label = "Tilt (degrees, custom)", min = "-5", max = "5", persist = false)
	private double tilt = 0;

	@Parameter(label = "Smile (px, custom; negative = frown)", persist = false)
	private double smile = 0;

	@Parameter(label = "Noise (x preset)", min = "0", persist = false)
	private double noise = 1;

	@Parameter(label = "Saturate lane (0 = none)", min = "0", persist = false,
		description = "overdrive the first band row of this lane so that it clips")
	private int saturate_lane = 0;

	@Parameter(label = "Output folder (optional)", required = false, style = "directory", persist = false,
		description = "if given, <name>.tif and <name>.truth.json are written here")
	private File output_folder;

	@Parameter(label = "Name", persist = false)
	private String name = "synthetic_blot";

	@Parameter(type = ItemIO.OUTPUT)
	private ImagePlus image;

	@Override
	public void run() {
		try {
			SyntheticBlot blot = BlotGenerator.generate(spec());
			image = BlotTiff.toImagePlus(name, blot);
			if (output_folder != null && !output_folder.getPath().isEmpty()) {
				SynthFiles.write(new OutputDir(output_folder.toPath()), name, blot);
			}
		}
		catch (InputException e) {
			CommandErrors.stop(ui, log, "Generate Test Blot", e);
		}
	}

	BlotSpec spec() {
		Preset p = Preset.parse(preset);
		if (p == null) throw new InputException("synth: unknown preset '" + preset + "' (clean, typical, hard)");
		BlotSpec natural = p.spec();
		int bits = "preset".equals(bit_depth) ? natural.bitDepth() : parseBits(bit_depth);
		Polarity pol = "preset".equals(polarity) ? natural.polarity() : Polarity.parse(polarity);
		if (pol == null) throw new InputException("synth: unknown polarity '" + polarity + "'");
		if (!name.matches("[A-Za-z0-9._-]+")) throw new InputException("synth: name '" + name +
			"' must use only letters, digits, '.', '_' and '-'");
		BlotSpec s = p.spec(new BlotSpec().bitDepth(bits).polarity(pol).lanes(lanes).laneWidth(40).laneGap(14)
			.marginX(30).height(360)).seed(seed).scaleNoise(noise);
		if ("custom".equals(geometry)) s.tiltDeg(tilt).smile(smile);
		else if (!"preset".equals(geometry)) throw new InputException("synth: geometry must be preset or custom, got '" +
			geometry + "'");
		if (saturate_lane > 0) s.saturate(saturate_lane - 1, 0, 1.5);
		return s;
	}

	private static int parseBits(String s) {
		if ("8".equals(s)) return 8;
		if ("16".equals(s)) return 16;
		throw new InputException("synth: bit depth must be 8 or 16, got '" + s + "'");
	}
}
