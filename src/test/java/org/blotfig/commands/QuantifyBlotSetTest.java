package org.blotfig.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.ExecutionException;

import org.blotfig.cli.Main;
import org.blotfig.io.Csv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

import ij.measure.ResultsTable;

class QuantifyBlotSetTest {

	@TempDir
	Path dir;

	static final File SET = Paths.get("test-images", "blotset", "set.csv").toFile();

	@Test
	void exampleSetGivesTheSameTableAsTheCli() throws Exception {
		Path out = dir.resolve("fiji");
		try (Context c = new Context()) {
			CommandModule m = c.service(CommandService.class).run(QuantifyBlotSet.class, true, "blot_set", SET,
				"reference_group", "control", "mw_fit", "log-linear", "mw_tolerance", 0.15, "lanes", 0,
				"background", "valley", "polarity", "auto", "output_folder", out.toFile()).get();
			assertFalse(m.isCanceled(), "canceled: " + m.getCancelReason());
			ResultsTable t = ((QuantifyBlotSet) m.getCommand()).table();
			assertEquals(28, t.size());
			assertEquals("sample,group,replicate,membrane,target,target_volume,control_volume,ratio,fold_change," +
				"mw_kda,flags,fold_change_se", String.join(",", t.getHeadings()));
			// the CLI on the same set writes the same numbers
			Path cli = dir.resolve("cli");
			assertEquals(0, Main.run("normalize", SET.toString(), "--out", cli.toString()));
			Csv.Table csv = Csv.read(cli.resolve("normalized.csv"));
			int excluded = 0;
			for (int i = 0; i < t.size(); i++) {
				assertEquals(csv.get(csv.rows.get(i), "sample"), t.getStringValue("sample", i));
				String fold = csv.get(csv.rows.get(i), "fold_change");
				if (fold.isEmpty()) {
					excluded++;
					assertTrue(Double.isNaN(t.getValue("fold_change", i)));
					assertTrue(t.getStringValue("flags", i).startsWith("excluded:"), t.getStringValue("flags", i));
				}
				else {
					assertEquals(Double.parseDouble(fold), t.getValue("fold_change", i), 1e-12);
					assertEquals(csv.number(csv.rows.get(i), "fold_change_se"), t.getValue("fold_change_se", i), 1e-12);
				}
			}
			assertTrue(excluded >= 1);
			assertEquals(new String(Files.readAllBytes(cli.resolve("normalized.csv"))),
				new String(Files.readAllBytes(out.resolve("normalized.csv"))));
			// and the same figure, to the byte
			org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(cli.resolve("fold_change.pdf")),
				Files.readAllBytes(out.resolve("fold_change.pdf")), "fold_change.pdf");
		}
	}

	@Test
	void badReferenceGroupFailsWithoutWriting() {
		Path out = dir.resolve("none");
		try (Context c = new Context()) {
			ExecutionException e = assertThrows(ExecutionException.class, () -> c.service(CommandService.class)
				.run(QuantifyBlotSet.class, true, "blot_set", SET, "reference_group", "vehicle", "output_folder",
					out.toFile()).get());
			Throwable root = e;
			while (root.getCause() != null) root = root.getCause();
			assertTrue(root.getMessage().contains("reference group 'vehicle' is not in the sample sheet"), root.toString());
		}
		assertFalse(Files.exists(out));
	}
}
