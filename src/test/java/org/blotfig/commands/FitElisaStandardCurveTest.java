package org.blotfig.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.blotfig.cli.Main;
import org.blotfig.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

import ij.ImagePlus;

/** The Fiji command gives the same files as the CLI (the group figure too) and a plot per analyte; bad input stops it. */
class FitElisaStandardCurveTest {

	static final File PLATE = Paths.get("test-images", "elisa", "plate_96_450_570.csv").toFile();
	static final File MAP = Paths.get("test-images", "elisa", "plate_map_96.csv").toFile();

	@TempDir
	Path dir;

	@Test
	void sameResultsAsTheCliAndOnePlotPerAnalyte() throws Exception {
		Path fiji = dir.resolve("fiji"), cli = dir.resolve("cli");
		try (Context c = new Context()) {
			CommandModule m = c.service(CommandService.class).run(FitElisaStandardCurve.class, true,
				"plate", PLATE, "layout", MAP, "model", "5PL", "weighting", "1/Ycurve^2", "wavelength", "450",
				"reference", "570", "output_folder", fiji.toFile()).get();
			ImagePlus plot = (ImagePlus) m.getOutput("curve_plot");
			assertEquals(3, plot.getStackSize());
			assertEquals("IL-4", plot.getStack().getSliceLabel(2));
		}
		assertEquals(0, Main.run("elisa", PLATE.toString(), "--layout", MAP.toString(), "--model", "5pl",
			"--weight", "1/ycurve2", "--wavelength", "450", "--reference", "570", "--out", cli.toString()));
		for (String a : new String[] { "IL-2", "IL-4", "IL-15" })
			for (String f : new String[] { "curve.csv", "standards.csv", "samples.csv" }) {
				List<String> expected = Files.readAllLines(cli.resolve(a).resolve(f));
				assertTrue(expected.size() > 5);
				assertEquals(expected, Files.readAllLines(fiji.resolve(a).resolve(f)), a + "/" + f);
			}
		assertEquals(tree(cli), tree(fiji));
		assertTrue(tree(fiji).contains("figure.pdf") && tree(fiji).contains("comparisons.csv"), tree(fiji).toString());
		org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(cli.resolve("figure.pdf")),
			Files.readAllBytes(fiji.resolve("figure.pdf")), "figure.pdf");
		for (String a : new String[] { "IL-2", "IL-4", "IL-15" })
			org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(cli.resolve(a).resolve("curve.pdf")),
				Files.readAllBytes(fiji.resolve(a).resolve("curve.pdf")), a + "/curve.pdf");
	}

	/** Every file under a folder, relative, sorted. */
	private static List<String> tree(Path root) throws java.io.IOException {
		try (java.util.stream.Stream<Path> s = Files.walk(root)) {
			return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted()
				.collect(java.util.stream.Collectors.toList());
		}
	}

	@Test
	void layoutNamingAnAbsentWellStopsTheCommand() throws Exception {
		Path map = dir.resolve("map.csv");
		Files.write(map, (new String(Files.readAllBytes(MAP.toPath()), "UTF-8") + "J2,sample,IL-2,X,control,,1\n")
			.getBytes("UTF-8"));
		try (Context c = new Context()) {
			ExecutionException e = assertThrows(ExecutionException.class, () -> c.service(CommandService.class)
				.run(FitElisaStandardCurve.class, true, "plate", PLATE, "layout", map.toFile(), "wavelength",
					"450", "output_folder", dir.resolve("out").toFile()).get());
			Throwable t = e;
			while (t.getCause() != null && !(t instanceof InputException)) t = t.getCause();
			assertTrue(t instanceof InputException && t.getMessage().contains("well J2 is not on the 96-well plate"),
				String.valueOf(t));
		}
		assertFalse(Files.exists(dir.resolve("out")));
	}
}
