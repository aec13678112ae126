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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

import ij.measure.ResultsTable;

class RunStudyTest {

	static final File SHEET = Paths.get("test-images", "study", "study.csv").toFile();

	@TempDir
	Path dir;

	@Test
	void theBundledStudyGivesTheCliReportAndTable() throws Exception {
		Path out = dir.resolve("fiji");
		try (Context c = new Context()) {
			CommandModule m = c.service(CommandService.class).run(RunStudy.class, true, "study_sheet", SHEET,
				"output_folder", out.toFile(), "expected_values", "").get();
			assertFalse(m.isCanceled(), "canceled: " + m.getCancelReason());
			ResultsTable t = ((RunStudy) m.getCommand()).table();
			Path cli = dir.resolve("cli");
			assertEquals(0, Main.run("study", SHEET.toString(), "--out", cli.toString()));
			assertEquals(new String(Files.readAllBytes(cli.resolve("numbers.csv"))),
				new String(Files.readAllBytes(out.resolve("numbers.csv"))));
			assertEquals(Files.readAllLines(cli.resolve("numbers.csv")).size() - 1, t.size());
			int tested = 0;
			for (int i = 0; i < t.size(); i++)
				if (!t.getStringValue("expected_stars", i).isEmpty()) {
					assertEquals(t.getStringValue("expected_stars", i), t.getStringValue("stars", i), t.getStringValue("item", i));
					tested++;
				}
			assertEquals(2 + 8 + 3, tested, "the stars of Fig. 3, 4 and 5");
			assertTableIsTheCsv(t, cli.resolve("numbers.csv"));
		}
	}

	/** Cell for cell: the same columns, text, and numbers to the last bit (one builder for both). */
	static void assertTableIsTheCsv(ResultsTable t, Path csv) throws Exception {
		java.util.List<String> lines = Files.readAllLines(csv);
		java.util.List<String> header = java.util.Arrays.asList(lines.get(0).split(","));
		assertEquals(org.blotfig.study.StudyReport.COLUMNS, header);
		for (String col : header) assertTrue(t.columnExists(col), "table column " + col);
		org.blotfig.io.Csv.Table rows = org.blotfig.io.Csv.read(csv);
		int numbers = 0;
		for (int i = 0; i < rows.rows.size(); i++)
			for (String col : header) {
				String text = rows.get(rows.rows.get(i), col);
				String where = "row " + i + ", " + col;
				boolean numeric = !text.isEmpty() && text.matches("-?[0-9.E-]+");
				if (numeric && !col.equals("p_adj")) {
					assertEquals(Double.parseDouble(text), t.getValue(col, i), 0.0, where);
					numbers++;
				}
				else assertEquals(text, t.getStringValue(col, i), where);
			}
		assertTrue(numbers > 3 * rows.rows.size(), "value, sd, n of every row: " + numbers);
	}

	@Test
	void aMissingSheetFailsWithoutWriting() {
		Path out = dir.resolve("none");
		try (Context c = new Context()) {
			ExecutionException e = assertThrows(ExecutionException.class, () -> c.service(CommandService.class)
				.run(RunStudy.class, true, "study_sheet", dir.resolve("gone.csv").toFile(), "output_folder", out.toFile(),
					"expected_values", "").get());
			Throwable root = e;
			while (root.getCause() != null) root = root.getCause();
			assertTrue(root.getMessage().contains("gone.csv") && root.getMessage().contains("not found"), root.toString());
		}
		assertFalse(Files.exists(out));
	}
}
