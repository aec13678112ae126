package org.blotfig.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.blotfig.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flow percentage tables are read once, by the rules of every CSV input. */
class FlowPercentFilesTest {

	static final Path LONG = Paths.get("test-images/flow/long_percent_example.csv");
	static final Path FLOWJO = Paths.get("test-images/flow/flowjo_apoptosis_example.csv");

	@TempDir
	Path dir;

	/** A European Excel's ';' long table is the ',' one (it was refused: "missing column 'sample'"). */
	@Test
	void aSemicolonLongTableReadsAsTheCommaOne() throws Exception {
		String text = new String(Files.readAllBytes(LONG), StandardCharsets.UTF_8);
		assertTrue(!text.contains(";") && !text.contains("\""), "a plain table to convert");
		Path semi = Files.write(dir.resolve("semi.csv"), text.replace(',', ';').getBytes(StandardCharsets.UTF_8));
		FlowPercentStudy a = FlowPercentFiles.load(LONG, null, null, null, null);
		FlowPercentStudy b = FlowPercentFiles.load(semi, null, null, null, null);
		assertEquals(text.trim().split("\n").length - 1, a.values.size(), "a value a line");
		assertSameValues(a, b);
	}

	/**
	 * A ';' FlowJo export reads as the ',' one, although its quoted gate names hold commas
	 * ("Q2: FL1-H+ , FL2-H+"), which used to make the separator ','.
	 */
	@Test
	void aSemicolonFlowJoTableReadsAsTheCommaOne() throws Exception {
		String semi = semicolonSeparated(new String(Files.readAllBytes(FLOWJO), StandardCharsets.UTF_8));
		assertTrue(semi.contains("FL2-H+ | Freq") && semi.contains(" , "), "commas kept in gate names");
		Path table = Files.write(dir.resolve("fj_semi.csv"), semi.getBytes(StandardCharsets.UTF_8));
		Path sheet = Files.write(dir.resolve("samples.csv"), ("sample,group\ncontrol_1.fcs,control\ncontrol_2.fcs,control\n" +
			"treated_1.fcs,treated\ntreated_2.fcs,treated\n").getBytes(StandardCharsets.UTF_8));
		FlowPercentStudy a = FlowPercentFiles.load(FLOWJO, sheet, "FL1-H", "FL2-H", null);
		FlowPercentStudy b = FlowPercentFiles.load(table, sheet, "FL1-H", "FL2-H", null);
		assertEquals(16, a.values.size(), "4 samples x 4 quadrants");
		assertSameValues(a, b);
	}

	/** "98,4" in a ',' table: an extra cell, refused with a hint, not read as 98. */
	@Test
	void aDecimalCommaIsRefusedNotTruncated() throws Exception {
		String text = new String(Files.readAllBytes(LONG), StandardCharsets.UTF_8);
		assertTrue(text.contains(",98.4\n"), "the first value");
		Path bad = Files.write(dir.resolve("comma.csv"), text.replaceFirst(",98\\.4\n", ",98,4\n")
			.getBytes(StandardCharsets.UTF_8));
		InputException e = assertThrows(InputException.class, () -> FlowPercentFiles.load(bad, null, null, null, null));
		assertTrue(e.getMessage().contains("comma.csv") && e.getMessage().contains("line 2") &&
			e.getMessage().contains("decimal comma"), e.getMessage());

		String fj = new String(Files.readAllBytes(FLOWJO), StandardCharsets.UTF_8);
		assertTrue(fj.contains("control_1.fcs,1.20,"), "the first FlowJo value");
		Path badFj = Files.write(dir.resolve("fj.csv"), fj.replace("control_1.fcs,1.20,", "control_1.fcs,1,20,")
			.getBytes(StandardCharsets.UTF_8));
		Path sheet = Files.write(dir.resolve("samples.csv"), "sample,group\ncontrol_1.fcs,control\n".getBytes(
			StandardCharsets.UTF_8));
		e = assertThrows(InputException.class, () -> FlowPercentFiles.load(badFj, sheet, null, null, null));
		assertTrue(e.getMessage().contains("fj.csv") && e.getMessage().contains("line 2") &&
			e.getMessage().contains("decimal comma"), e.getMessage());

		// in a ';' table the decimal comma is one cell: refused as a number, with the same hint
		Path semi = Files.write(dir.resolve("semi.csv"), text.replace(',', ';').replaceFirst(";98\\.4\n", ";98,4\n")
			.getBytes(StandardCharsets.UTF_8));
		e = assertThrows(InputException.class, () -> FlowPercentFiles.load(semi, null, null, null, null));
		assertTrue(e.getMessage().contains("semi.csv: line 2, column 'percent': '98,4' has a decimal comma"),
			e.getMessage());
		Path semiFj = Files.write(dir.resolve("fj_semi.csv"), semicolonSeparated(fj).replace("control_1.fcs;1.20;",
			"control_1.fcs;1,20;").getBytes(StandardCharsets.UTF_8));
		e = assertThrows(InputException.class, () -> FlowPercentFiles.load(semiFj, sheet, null, null, null));
		assertTrue(e.getMessage().contains("fj_semi.csv: line 2") && e.getMessage().contains("'1,20' has a decimal comma"),
			e.getMessage());
	}

	/** The table with ';' for every ',' outside double quotes (the separators). */
	static String semicolonSeparated(String text) {
		StringBuilder out = new StringBuilder();
		boolean quoted = false;
		for (char c : text.toCharArray()) {
			if (c == '"') quoted = !quoted;
			out.append(c == ',' && !quoted ? ';' : c);
		}
		return out.toString();
	}

	static void assertSameValues(FlowPercentStudy a, FlowPercentStudy b) {
		assertEquals(a.values.size(), b.values.size());
		for (int i = 0; i < a.values.size(); i++) {
			FlowPercentStudy.Value x = a.values.get(i), y = b.values.get(i);
			assertEquals(x.sample + x.group + x.population, y.sample + y.group + y.population);
			assertEquals(x.percent, y.percent, 0.0);
		}
	}
}
