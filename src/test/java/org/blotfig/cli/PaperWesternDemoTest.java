package org.blotfig.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.blotfig.norm.NormalizedRow;
import org.blotfig.io.Csv;
import org.blotfig.synth.PaperWesternSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference study's Western blots (the README's main job runs them as its Fig. 4) (bundled raw strips of 3
 * experiments x 9 antibodies) through band detection, normalisation to beta-actin, fold change
 * and the figure's statistics. Every lane against the generator's truth; the figure's group means
 * against the paper's Fig. 4 values; its stars against the paper's.
 */
class PaperWesternDemoTest {

	static final Path DEMO = Paths.get("test-images", "study", "western");

	@TempDir
	Path dir;

	@Test
	void demoCommandRegeneratesTheBundledStrips() throws Exception {
		assertEquals(0, Main.run("demo", "--out", dir.toString()));
		List<String> names = new ArrayList<>();
		try (java.util.stream.Stream<Path> s = Files.list(dir.resolve("western"))) {
			s.forEach(p -> names.add(p.getFileName().toString()));
		}
		assertEquals(27 + 3, names.size(), names.toString());
		long total = 0;
		for (String n : names) {
			total += Files.size(DEMO.resolve(n));
			assertArrayEquals(Files.readAllBytes(DEMO.resolve(n)), Files.readAllBytes(dir.resolve("western").resolve(n)), n);
		}
		assertTrue(total < 1_600_000, "bundled strips stay small: " + total);
	}

	@Test
	void mainJobReproducesFigure4() throws Exception {
		Path out = dir.resolve("out");
		java.io.StringWriter printed = new java.io.StringWriter();
		picocli.CommandLine cl = Main.commandLine();
		cl.setOut(new java.io.PrintWriter(printed));
		assertEquals(0, cl.execute("normalize", DEMO.resolve("set.csv").toString(), "--out", out.toString()));
		Map<String, Double> truth = new HashMap<>();
		Csv.Table t = Csv.read(DEMO.resolve("truth.csv"));
		for (CSVRecord r : t.rows) truth.put(t.get(r, "sample") + "|" + t.get(r, "target"), t.number(r, "true_fold_change"));
		Csv.Table n = Csv.read(out.resolve("normalized.csv"));
		assertEquals(truth.size(), n.rows.size());
		List<Double> err = new ArrayList<>();
		int imprecise = 0, covered = 0;
		for (CSVRecord r : n.rows) {
			// faint targets (TERT at 0.23) may be measured to no better than +-3 %, and say so
			if (n.get(r, "flags").equals(NormalizedRow.IMPRECISE)) imprecise++;
			else assertEquals("", n.get(r, "flags"), r.toString());
			double want = truth.get(n.get(r, "sample") + "|" + n.get(r, "target"));
			err.add(Math.abs(n.number(r, "fold_change") / want - 1));
			if (Math.abs(n.number(r, "fold_change") - want) <= 1.96 * n.number(r, "fold_change_se")) covered++;
		}
		// measured: 4 of 144 imprecise (faint TERT lanes), 139 within 1.96 SE of the truth
		assertTrue(imprecise <= 10, imprecise + " imprecise");
		// ... and the summary line counts them for the user
		assertTrue(printed.toString().contains(" 0 excluded (reason in 'flags'), " + imprecise + " imprecise "), printed.toString());
		assertTrue(covered >= 0.9 * n.rows.size(), covered + " within 1.96 SE");
		Collections.sort(err);
		// measured 144 lanes: median 0.15 %, p95 0.75 %, worst 2.0 %
		assertTrue(err.get(err.size() / 2) < 0.005, "median " + err.get(err.size() / 2));
		assertTrue(err.get((int) (0.95 * err.size())) < 0.015, "p95 " + err.get((int) (0.95 * err.size())));
		assertTrue(err.get(err.size() - 1) < 0.03, "worst " + err.get(err.size() - 1));

		Csv.Table cells = Csv.read(out.resolve("cells.csv"));
		int checked = 0;
		for (CSVRecord r : cells.rows) {
			if (!cells.get(r, "col").equals("co-culture")) continue;
			int k = java.util.Arrays.asList(PaperWesternSet.TARGETS).indexOf(cells.get(r, "row"));
			// the paper's Fig. 4 numbers, within 2 %
			assertEquals(PaperWesternSet.FOLD[k], cells.number(r, "mean"), 0.02 * PaperWesternSet.FOLD[k], cells.get(r, "row"));
			checked++;
		}
		assertEquals(8, checked);
		Csv.Table comps = Csv.read(out.resolve("comparisons.csv"));
		for (CSVRecord r : comps.rows)
			assertEquals(comps.get(r, "row").equals("ERK1/2") ? "ns" : "****", comps.get(r, "stars"), comps.get(r, "row"));
		assertTrue(Files.size(out.resolve("fold_change.svg")) > 10_000);
		// the same figure as PDF: every target, group and star of the statistics as text
		java.util.Set<String> words = new java.util.LinkedHashSet<>();
		for (CSVRecord r : cells.rows) {
			words.add(cells.get(r, "row"));
			words.add(cells.get(r, "col"));
		}
		for (CSVRecord r : comps.rows) words.add(comps.get(r, "stars"));
		words.add("Fold change (normalised, " + cells.get(cells.rows.get(0), "col") + " = 1)");
		assertEquals(8 + 2 + 2 + 1, words.size(), words.toString());
		org.blotfig.testutil.PdfFigures.assertFigure(out.resolve("fold_change.pdf"), org.blotfig.study.TableFigure.size(8, 2), words);
	}
}
