package org.blotfig.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.blotfig.io.Csv;
import org.blotfig.testutil.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandService;

import ij.measure.ResultsTable;

/** The Fiji command "Two-Way ANOVA", headless, on a CSV and on a ResultsTable. */
class TwoWayAnovaCommandTest {

	@TempDir
	Path tmp;

	@Test
	void csvInputWritesTheSameTablesAsTheCli() throws Exception {
		Path csv = Shared.data("stats/ds1_wb_paper_2x8_n3.csv");
		try (Context c = new Context()) {
			c.service(CommandService.class).run(TwoWayAnovaCommand.class, true, "data", csv.toFile(),
				"posthoc", "sidak", "test", "pooled", "output_folder", tmp.toFile()).get();
		}
		Csv.Table anova = Csv.read(tmp.resolve("anova.csv"));
		double ssRow = anova.number(anova.rows.get(0), "ss");
		assertEquals(7.342416812500006, ssRow, 1e-9 * ssRow); // R oracle, Type III
		Csv.Table comp = Csv.read(tmp.resolve("comparisons.csv"));
		assertEquals(8, comp.rows.size());
		assertEquals("<0.0001", comp.get(comp.rows.get(0), "p_display"));
		assertTrue(Files.exists(tmp.resolve("cells.csv")));
		// the figure: every protein labelled, the stars of comparisons.csv drawn
		String svg = new String(Files.readAllBytes(tmp.resolve("figure.svg")), java.nio.charset.StandardCharsets.UTF_8);
		for (int i = 1; i <= 8; i++) assertTrue(svg.contains(">Prot" + i + "<"), "Prot" + i);
		assertTrue(svg.contains(">****<") && svg.contains(">ns<"), "stars");
		java.util.Set<String> words = new java.util.HashSet<>();
		for (org.apache.commons.csv.CSVRecord r : comp.rows) {
			words.add(comp.get(r, "row"));
			words.add(comp.get(r, "stars"));
		}
		org.blotfig.testutil.PdfFigures.assertFigure(tmp.resolve("figure.pdf"), org.blotfig.study.TableFigure.size(8, 2), words);
	}

	@Test
	void resultsTableInput() {
		ResultsTable rt = new ResultsTable();
		String[][] rows = { { "A", "x", "1.0" }, { "A", "x", "1.2" }, { "A", "y", "2.0" }, { "A", "y", "2.3" },
			{ "B", "x", "0.9" }, { "B", "x", "1.1" }, { "B", "y", "1.0" }, { "B", "y", "1.2" } };
		for (String[] r : rows) {
			rt.incrementCounter();
			rt.addValue("row", r[0]);
			rt.addValue("col", r[1]);
			rt.addValue("value", Double.parseDouble(r[2]));
		}
		org.blotfig.stats.LongTable t = TwoWayAnovaCommand.fromResultsTable(rt);
		assertEquals(2, t.rows());
		assertEquals(2, t.cols());
		assertEquals(2.15, org.blotfig.stats.Descriptives.of(t.cell(0, 1)).mean, 1e-12);
	}
}
