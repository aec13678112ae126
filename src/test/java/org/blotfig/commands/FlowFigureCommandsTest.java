package org.blotfig.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.ExecutionException;

import org.blotfig.cli.Main;
import org.blotfig.study.ApoptosisFigure;
import org.blotfig.study.MarkerFigure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandService;

/** Flow Marker Figure and Annexin V PI Figure: the CLI's numbers and files from Fiji, clear errors. */
class FlowFigureCommandsTest {

	static final Path FLOW = Paths.get("test-images", "study", "flow");

	@TempDir
	Path dir;

	@Test
	void markerFigureMatchesTheCli() throws Exception {
		Path fiji = dir.resolve("fiji"), cli = dir.resolve("cli");
		MarkerFigure f;
		try (Context c = new Context()) {
			FlowMarkerFigure cmd = (FlowMarkerFigure) c.service(CommandService.class).run(FlowMarkerFigure.class, true,
				"sheet_file", FLOW.resolve("markers.csv").toFile(), "figure", "1", "file_name", "fig1", "output_folder",
				fiji.toFile()).get().getCommand();
			f = cmd.result;
		}
		assertEquals(4, f.markers.size());
		assertEquals(95.2, f.marker("1", "CD73").percent(), 1e-9);
		assertEquals(0, Main.run("flow", "markers", FLOW.resolve("markers.csv").toString(), "--figure", "1", "--name",
			"fig1", "--out", cli.toString()));
		for (String n : MarkerFigure.files("fig1")) assertTrue(Files.size(fiji.resolve(n)) > 0, n);
		assertEquals(Files.readAllLines(cli.resolve("fig1_positive.csv")), Files.readAllLines(fiji.resolve("fig1_positive.csv")));
	}

	@Test
	void annexinPiFigureMatchesTheCli() throws Exception {
		Path fiji = dir.resolve("fiji"), cli = dir.resolve("cli");
		ApoptosisFigure f;
		try (Context c = new Context()) {
			AnnexinPiFigure cmd = (AnnexinPiFigure) c.service(CommandService.class).run(AnnexinPiFigure.class, true,
				"sheet_file", FLOW.resolve("apoptosis.csv").toFile(), "output_folder", fiji.toFile()).get().getCommand();
			f = cmd.result;
		}
		assertEquals("****", f.stars(ApoptosisFigure.LATE));
		assertEquals(21.8, f.mean(ApoptosisFigure.LATE, "co-culture"), 1e-9);
		assertEquals(0, Main.run("flow", "apoptosis", FLOW.resolve("apoptosis.csv").toString(), "--out", cli.toString()));
		for (String n : ApoptosisFigure.files("apoptosis")) assertTrue(Files.size(fiji.resolve(n)) > 0, n);
		for (String n : new String[] { "apoptosis_quadrants.csv", "apoptosis_comparisons.csv", "apoptosis_cells.csv" })
			assertEquals(Files.readAllLines(cli.resolve(n)), Files.readAllLines(fiji.resolve(n)), n);
	}

	@Test
	void aMissingSheetIsAClearError() {
		try (Context c = new Context()) {
			ExecutionException e = assertThrows(ExecutionException.class, () -> c.service(CommandService.class).run(
				AnnexinPiFigure.class, true, "sheet_file", dir.resolve("gone.csv").toFile(), "output_folder",
				dir.resolve("out").toFile()).get());
			assertTrue(String.valueOf(e.getCause()).contains("gone.csv") || String.valueOf(e.getCause().getCause())
				.contains("gone.csv"), String.valueOf(e.getCause()));
		}
		assertTrue(!Files.exists(dir.resolve("out")));
	}
}
