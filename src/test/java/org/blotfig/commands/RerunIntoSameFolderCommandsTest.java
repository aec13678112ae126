package org.blotfig.commands;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandService;

/**
 * The Fiji commands, like the CLI: a re-run into the same output folder does not leave the
 * earlier run's files that this run does not write (statistics of three analytes beside a
 * one-analyte figure without statistics).
 */
class RerunIntoSameFolderCommandsTest {

	@TempDir
	Path dir;

	@Test
	void fitElisaForOneAnalyteRemovesTheEarlierRunsStatistics() throws Exception {
		File plate = Paths.get("test-images", "elisa", "plate_96_450_570.csv").toFile();
		File map = Paths.get("test-images", "elisa", "plate_map_96.csv").toFile();
		File out = dir.resolve("out").toFile();
		try (Context c = new Context()) {
			CommandService cs = c.service(CommandService.class);
			cs.run(FitElisaStandardCurve.class, true, "plate", plate, "layout", map, "wavelength", "450", "reference",
				"570", "output_folder", out).get();
			assertTrue(Files.exists(out.toPath().resolve("anova.csv")));
			cs.run(FitElisaStandardCurve.class, true, "plate", plate, "layout", map, "wavelength", "450", "reference",
				"570", "analyte", "IL-4", "output_folder", out).get();
		}
		assertTrue(Files.exists(out.toPath().resolve("curve.csv")) && Files.exists(out.toPath().resolve("figure.svg")));
		assertFalse(Files.exists(out.toPath().resolve("anova.csv")), "anova.csv of the earlier run is still there");
		assertFalse(Files.exists(out.toPath().resolve("comparisons.csv")));
	}
}
