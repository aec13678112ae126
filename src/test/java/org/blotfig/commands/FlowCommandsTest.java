package org.blotfig.commands;

import static org.junit.jupiter.api.Assertions.*;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.blotfig.cli.Main;
import org.blotfig.core.InputException;
import org.blotfig.testutil.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

import ij.ImagePlus;
import ij.gui.Overlay;

/** Load FCS File and Quadrant Gate: same outputs as the CLI, a density plot, clear errors. */
class FlowCommandsTest {

	@TempDir
	Path dir;

	@Test
	void loadFcsFileWritesEventsAndPlotsEveryEvent() throws Exception {
		File f = Shared.data("fcs/FlowKit/data/gate_ref/data1.fcs").toFile();
		Path out = dir.resolve("fiji");
		ImagePlus plot;
		try (Context c = new Context()) {
			CommandModule m = c.service(CommandService.class).run(LoadFcsFile.class, true, "fcs_file", f,
				"x_channel", "FSC-H", "y_channel", "SSC-H", "scale", "raw", "display", "linear", "output_folder",
				out.toFile()).get();
			plot = (ImagePlus) m.getOutput("dot_plot");
		}
		assertEquals(256, plot.getWidth());
		// every event lies in [0, top] on a linear scale: histogram total = event count
		byte[] px = (byte[]) plot.getProcessor().getPixels();
		int nonEmpty = 0;
		for (byte b : px) if (b != 0) nonEmpty++;
		assertTrue(nonEmpty > 1000, "a real scatter plot: " + nonEmpty);
		assertTrue(((String) plot.getProperty("Info")).contains("events plotted: 13367"), (String) plot.getProperty("Info"));
		assertTrue(((String) plot.getProperty("Info")).contains("off scale or NaN: 0"));
		Path cli = dir.resolve("cli.csv");
		assertEquals(0, Main.run("fcs", "events", f.toString(), "--out", cli.toString()));
		assertEquals(Files.readAllLines(cli), Files.readAllLines(out.resolve("events.csv")));
	}

	@Test
	void logicleDotPlotOfTheDemoKeepsNegativeEventsOnScale() throws Exception {
		File f = java.nio.file.Paths.get("test-images", "flow", "apoptosis_stained.fcs").toFile();
		ImagePlus plot;
		try (Context c = new Context()) {
			plot = (ImagePlus) c.service(CommandService.class).run(LoadFcsFile.class, true, "fcs_file", f, "x_channel",
				"FL1-H", "y_channel", "FL2-H", "display", "logicle").get().getOutput("dot_plot");
		}
		// noise makes some fluorescence values negative: logicle keeps them all on the plot
		String info = (String) plot.getProperty("Info");
		assertTrue(info.contains("events plotted: 5000") && info.contains("off scale or NaN: 0"), info);
		assertEquals("apoptosis_stained.fcs FL1-H vs FL2-H", plot.getTitle());
	}

	@Test
	void quadrantGateMatchesTheCliAndDrawsThresholds() throws Exception {
		File f = Shared.data("fcs/FlowKit/data/gate_ref/data1.fcs").toFile();
		Path fiji = dir.resolve("fiji"), cli = dir.resolve("cli");
		ImagePlus plot;
		try (Context c = new Context()) {
			CommandModule m = c.service(CommandService.class).run(QuadrantGateCommand.class, true, "fcs_file", f,
				"x_channel", "FL1-H", "y_channel", "FL2-H", "x_threshold", "10", "y_threshold", "10",
				"debris_fsc", "FSC-H", "debris_ssc", "SSC-H", "debris_rectangle", "50,250,0,100",
				"output_folder", fiji.toFile()).get();
			plot = (ImagePlus) m.getOutput("quadrant_plot");
		}
		Overlay o = plot.getOverlay();
		assertEquals(2, o.size());
		assertEquals(0, Main.run("flow", "quadrants", f.toString(), "--x", "FL1-H", "--y", "FL2-H", "--x-threshold",
			"10", "--y-threshold", "10", "--gate-x", "FSC-H", "--gate-y", "SSC-H", "--gate-rect", "50,250,0,100",
			"--out", cli.toString()));
		List<String> want = Files.readAllLines(cli.resolve("quadrants.csv"));
		assertEquals(want, Files.readAllLines(fiji.resolve("quadrants.csv")));
		assertTrue(want.get(2).startsWith("FL1-H+ FL2-H-,early apoptotic,1062,"), want.get(2)); // numpy: 1062
	}

	@Test
	void badInputStopsTheCommandWithAClearMessage() throws Exception {
		File f = Shared.data("fcs/FlowKit/data/gate_ref/data1.fcs").toFile();
		try (Context c = new Context()) {
			ExecutionException e = assertThrows(ExecutionException.class, () -> c.service(CommandService.class)
				.run(QuadrantGateCommand.class, true, "fcs_file", f, "x_channel", "Annexin", "y_channel", "FL2-H",
					"x_threshold", "10", "y_threshold", "10", "output_folder", dir.resolve("out").toFile()).get());
			Throwable t = e;
			while (t.getCause() != null && !(t instanceof InputException)) t = t.getCause();
			assertTrue(t instanceof InputException && t.getMessage().contains("no channel 'Annexin'"), String.valueOf(t));
		}
		assertFalse(Files.exists(dir.resolve("out")));
	}

	/** The Fiji command writes what "blotfig flow table" writes, from the bundled FlowJo example. */
	@Test
	void flowTableFigureEqualsTheCli() throws Exception {
		Path table = java.nio.file.Paths.get("test-images", "flow", "flowjo_apoptosis_example.csv");
		Path sheet = Files.write(dir.resolve("samples.csv"), ("sample,group\ncontrol_1.fcs,control\ncontrol_2.fcs,control\n" +
			"treated_1.fcs,treated\ntreated_2.fcs,treated\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		Path fiji = dir.resolve("fiji"), cli = dir.resolve("cli");
		try (Context c = new Context()) {
			CommandModule m = c.service(CommandService.class).run(FlowTableFigure.class, true, "table_file", table.toFile(),
				"sample_sheet", sheet.toFile(), "annexin_channel", "FL1-H", "pi_channel", "FL2-H", "reference_group", "",
				"y_label", "Cells (%)", "output_folder", fiji.toFile()).get();
			assertEquals(16, ((FlowTableFigure) m.getCommand()).study.values.size());
		}
		assertEquals(0, Main.run("flow", "table", table.toString(), "--samples", sheet.toString(), "--annexin", "FL1-H",
			"--pi", "FL2-H", "--out", cli.toString()));
		for (String f : new String[] { "percent.csv", "comparisons.csv", "anova.csv", "cells.csv" })
			assertEquals(Files.readAllLines(cli.resolve(f)), Files.readAllLines(fiji.resolve(f)), f);
		// the same figure, to the byte (no dates or random IDs in the PDF)
		org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(cli.resolve("figure.pdf")),
			Files.readAllBytes(fiji.resolve("figure.pdf")), "figure.pdf");
		org.blotfig.testutil.PdfFigures.assertFigure(fiji.resolve("figure.pdf"), org.blotfig.study.TableFigure.size(4, 2),
			java.util.Arrays.asList("Cells (%)", "control", "treated", "Early apoptotic"));
		// the example's early apoptotic: control 4.5 and 5.2 %, treated 20.5 and 18.0 %
		assertTrue(Files.readAllLines(fiji.resolve("percent.csv")).contains("treated_2.fcs,treated,Early apoptotic,18"));
	}
}
