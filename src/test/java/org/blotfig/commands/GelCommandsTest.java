package org.blotfig.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.blotfig.gel.Band;
import org.blotfig.gel.GelResult;
import org.blotfig.gel.LaneKind;
import org.blotfig.ij.BlotTiff;
import org.blotfig.synth.BlotGenerator;
import org.blotfig.synth.Preset;
import org.blotfig.synth.SyntheticBlot;
import org.blotfig.synth.Truth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

import ij.ImagePlus;
import ij.gui.Overlay;
import ij.gui.Roi;

class GelCommandsTest {

	@TempDir
	Path dir;

	/**
	 * Detect on the clean preset, then move one lane ROI sideways by a few pixels and measure
	 * again from the overlay: same volumes (the lane box still holds the band), the lanes are
	 * the user's.
	 */
	/** A JPEG's lossy-input warning is said once (the reader's), not again in the detector's words. */
	@Test
	void aLossyImageIsWarnedOnce() throws Exception {
		ImagePlus imp = BlotTiff.toImagePlus("scan.jpg", BlotGenerator.generate(Preset.CLEAN.spec().seed(5)));
		try (Context c = new Context()) {
			CommandService cs = c.service(CommandService.class);
			File detected = dir.resolve("detected").toFile(), measured = dir.resolve("measured").toFile();
			cs.run(DetectLanesAndBands.class, true, "image", imp, "lanes", 0, "background", "valley", "polarity", "auto",
				"radius", 50.0, "output_folder", detected).get();
			cs.run(MeasureLanesFromRois.class, true, "image", imp, "background", "valley", "polarity", "auto",
				"radius", 50.0, "output_folder", measured).get();
			for (File out : new File[] { detected, measured }) {
				String params = new String(Files.readAllBytes(new File(out, "params.json").toPath()),
					java.nio.charset.StandardCharsets.UTF_8);
				assertEquals(1, params.split("lossy", -1).length - 1, params);
			}
		}
	}

	@Test
	void detectThenMeasureTheEditedLanes() throws Exception {
		SyntheticBlot blot = BlotGenerator.generate(Preset.CLEAN.spec().seed(5));
		Truth t = blot.truth();
		ImagePlus imp = BlotTiff.toImagePlus("clean", blot);
		try (Context c = new Context()) {
			CommandService cs = c.service(CommandService.class);
			CommandModule m = cs.run(DetectLanesAndBands.class, true, "image", imp, "lanes", 0, "background", "valley",
				"polarity", "auto", "radius", 50.0, "output_folder", dir.toFile()).get();
			GelResult detected = ((DetectLanesAndBands) m.getCommand()).result;
			assertEquals(8, detected.lanes.size());
			assertEquals(LaneKind.LADDER, detected.lanes.get(0).kind);
			for (String f : new String[] { "lanes.csv", "bands.csv", "overlay.png", "params.json" })
				assertTrue(Files.exists(dir.resolve(f)), f);
			assertEquals(detected.bands.size(), ((DetectLanesAndBands) m.getCommand()).tables[0].size());
			Overlay o = imp.getOverlay();
			int laneRois = 0;
			for (Roi r : o.toArray()) if (r.getName() != null && r.getName().startsWith("Lane ")) laneRois++;
			assertEquals(8, laneRois);

			// the user nudges lane 4 three pixels to the right
			for (Roi r : o.toArray())
				if (r.getName() != null && r.getName().startsWith("Lane 4 ")) r.setLocation(r.getXBase() + 3, r.getYBase());
			File out2 = dir.resolve("measured").toFile();
			CommandModule m2 = cs.run(MeasureLanesFromRois.class, true, "image", imp, "background", "valley",
				"polarity", "auto", "radius", 50.0, "output_folder", out2).get();
			GelResult measured = ((MeasureLanesFromRois) m2.getCommand()).result;
			assertEquals(8, measured.lanes.size());
			assertEquals(detected.lanes.get(3).xTop() + 3, measured.lanes.get(3).xTop(), 0.6);
			assertTrue(new File(out2, "bands.csv").exists());
			int checked = 0;
			for (Truth.Band tb : t.bands) {
				if (!"SAMPLE".equals(tb.kind)) continue;
				for (Band b : measured.bands)
					if (b.lane == tb.lane + 1 && Math.abs(b.y - tb.y) < 4) {
						assertEquals(tb.volume, b.volume, 0.03 * tb.volume, "lane " + b.lane + " y " + b.y);
						checked++;
					}
			}
			assertEquals(21, checked);
		}
	}

	/** A rectangular selection is honoured: only lanes inside it, coordinates in the full image. */
	@Test
	void selectionLimitsTheAnalysis() throws Exception {
		SyntheticBlot blot = BlotGenerator.generate(Preset.CLEAN.spec().seed(5));
		ImagePlus imp = BlotTiff.toImagePlus("clean", blot);
		double x4 = blot.truth().lanes.get(3).xAt(180);
		imp.setRoi(new Roi((int) x4 - 27, 0, blot.width() - ((int) x4 - 27), blot.height()));
		try (Context c = new Context()) {
			CommandModule m = c.service(CommandService.class).run(DetectLanesAndBands.class, true, "image", imp,
				"lanes", 0, "background", "valley", "polarity", "auto", "radius", 50.0, "output_folder", null).get();
			GelResult r = ((DetectLanesAndBands) m.getCommand()).result;
			assertEquals(5, r.lanes.size(), "lanes 4..8");
			assertEquals(x4, r.lanes.get(0).xAt(180), 1.5);
		}
	}
}
