package org.blotfig.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;

import org.blotfig.core.InputException;
import org.blotfig.ij.BlotTiff;
import org.blotfig.synth.BlotGenerator;
import org.blotfig.synth.BlotSpec;
import org.blotfig.synth.Polarity;
import org.blotfig.synth.Preset;
import org.blotfig.synth.SyntheticBlot;
import org.blotfig.synth.Truth;
import org.blotfig.synth.TruthJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

import ij.ImagePlus;

class GenerateTestBlotTest {

	@TempDir
	Path dir;

	@Test
	void generatesTheImageAndSavesImageAndTruth() throws Exception {
		try (Context c = new Context()) {
			CommandModule m = c.service(CommandService.class).run(GenerateTestBlot.class, true,
				"preset", "hard", "seed", 3L, "lanes", 6, "bit_depth", "16", "polarity", "dark-bands",
				"geometry", "custom", "tilt", -2.0, "smile", 5.0, "noise", 0.5, "saturate_lane", 2, "output_folder", dir.toFile(),
				"name", "demo").get();
			ImagePlus imp = (ImagePlus) m.getOutput("image");
			assertNotNull(imp);
			assertEquals(16, imp.getBitDepth());
			// the same spec through the library gives the same pixels
			SyntheticBlot expected = BlotGenerator.generate(Preset.HARD.spec(new BlotSpec().bitDepth(16)
				.polarity(Polarity.DARK_BANDS).lanes(6).height(360)).seed(3).tiltDeg(-2).smile(5).scaleNoise(0.5)
				.saturate(1, 0, 1.5));
			assertArrayEquals(expected.pixels16(), (short[]) imp.getProcessor().getPixels());
			BlotTiff.Raster r = BlotTiff.read(dir.resolve("demo.tif"));
			assertArrayEquals(expected.pixels16(), (short[]) r.pixels);
			Truth t = TruthJson.read(dir.resolve("demo.truth.json"));
			assertEquals(6, t.lanes.size());
			assertEquals("dark-bands", t.polarity);
			assertEquals(-2.0, t.params.tiltDeg(), 0);
			assertTrue(t.band(1, 0).saturated, "saturate_lane=2 overdrives lane 2 (index 1)");
		}
	}

	@Test
	void withoutAFolderNothingIsWritten() throws Exception {
		try (Context c = new Context()) {
			CommandModule m = c.service(CommandService.class).run(GenerateTestBlot.class, true,
				"preset", "clean", "seed", 1L).get();
			ImagePlus imp = (ImagePlus) m.getOutput("image");
			assertEquals(16, imp.getBitDepth());
			assertEquals(Preset.CLEAN.spec().width(), imp.getWidth());
			assertArrayEquals(BlotGenerator.generate(Preset.CLEAN.spec().seed(1)).pixels16(),
				(short[]) imp.getProcessor().getPixels(), "defaults give exactly the preset");
		}
		try (java.util.stream.Stream<Path> s = Files.list(dir)) {
			assertEquals(0, s.count());
		}
	}

	@Test
	void badInputFailsWithoutWriting() {
		try (Context c = new Context()) {
			ExecutionException e = assertThrows(ExecutionException.class, () -> c.service(CommandService.class)
				.run(GenerateTestBlot.class, true, "preset", "typical", "geometry", "custom", "tilt", 9.0, "output_folder",
					new File(dir.toFile(), "out")).get());
			Throwable t = e;
			while (t.getCause() != null && !(t instanceof InputException)) t = t.getCause();
			assertTrue(t instanceof InputException && t.getMessage().contains("tilt"), String.valueOf(t));
		}
		assertTrue(!Files.exists(dir.resolve("out")));
	}
}
