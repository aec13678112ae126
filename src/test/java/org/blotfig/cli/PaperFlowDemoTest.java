package org.blotfig.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.blotfig.flow.PaperFlowDemo;
import org.blotfig.io.Csv;
import org.blotfig.study.ApoptosisFigure;
import org.blotfig.study.MarkerFigure;
import org.blotfig.study.PaperFlowFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled flow data of the reference study (test-images/study/flow) is what {@code blotfig demo}
 * writes, byte for byte; {@code flow markers} and {@code flow apoptosis} on it give the paper's
 * Fig. 1-3 numbers and stars.
 */
class PaperFlowDemoTest {

	static final Path DEMO = Paths.get("test-images", "study", "flow");

	@TempDir
	Path dir;

	/** Exit code and what the command printed. */
	record Run(int exit, String out) {}

	static Run run(String... args) {
		java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
		java.io.PrintStream old = System.out;
		System.setOut(new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8));
		try {
			int code = Main.run(args);
			return new Run(code, buf.toString(java.nio.charset.StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(old);
		}
	}

	@Test
	void demoCommandRegeneratesTheBundledFcsFiles() throws Exception {
		assertEquals(0, Main.run("demo", "--out", dir.toString()));
		List<String> names = new ArrayList<>();
		try (java.util.stream.Stream<Path> s = Files.list(dir.resolve("flow"))) {
			s.forEach(p -> names.add(p.getFileName().toString()));
		}
		List<String> want = new ArrayList<>(PaperFlowFiles.files(PaperFlowDemo.generate(1)));
		java.util.Collections.sort(names);
		java.util.Collections.sort(want);
		assertEquals(want, names);
		assertEquals(14 + 4, names.size());
		long total = 0;
		for (String n : names) {
			total += Files.size(DEMO.resolve(n));
			assertArrayEquals(Files.readAllBytes(DEMO.resolve(n)), Files.readAllBytes(dir.resolve("flow").resolve(n)), n);
		}
		assertTrue(total < 2_000_000, "bundled FCS files stay small: " + total);
	}

	@Test
	void flowMarkersReproducesFigures1And2() throws Exception {
		Run r = run("flow", "markers", DEMO.resolve("markers.csv").toString(), "--out", dir.toString());
		assertEquals(0, r.exit(), r.out());
		assertEquals(1, r.out().trim().split("\n").length, r.out());
		assertTrue(r.out().contains("(1) CD105 94.60 %") && r.out().contains("(2) CD34 91.60 %"), r.out());
		for (String f : MarkerFigure.files("markers")) assertTrue(Files.size(dir.resolve(f)) > 0, f);
		Csv.Table t = Csv.read(dir.resolve("markers_positive.csv"));
		Csv.Table truth = Csv.read(DEMO.resolve("markers_truth.csv"));
		assertEquals(truth.rows.size(), t.rows.size());
		for (int i = 0; i < t.rows.size(); i++) {
			CSVRecord a = t.rows.get(i), b = truth.rows.get(i);
			assertEquals(truth.get(b, "marker"), t.get(a, "marker"));
			assertEquals(truth.number(b, "expected_positive"), t.number(a, "positive"), 0, t.get(a, "marker"));
			assertEquals(truth.number(b, "paper_percent_positive"), t.number(a, "percent_positive"), 1e-9);
		}
	}

	@Test
	void flowApoptosisReproducesFigure3() throws Exception {
		Run r = run("flow", "apoptosis", DEMO.resolve("apoptosis.csv").toString(), "--out",
			dir.toString(), "--name", "fig3");
		assertEquals(0, r.exit(), r.out());
		assertEquals(1, r.out().trim().split("\n").length, r.out());
		assertTrue(r.out().contains("control 5.68 % co-culture 23.40 % ****"), r.out());
		assertTrue(r.out().contains("control 0.38 % co-culture 21.80 % ****"), r.out());
		for (String f : ApoptosisFigure.files("fig3")) assertTrue(Files.size(dir.resolve(f)) > 0, f);
		Csv.Table cells = Csv.read(dir.resolve("fig3_cells.csv"));
		int checked = 0;
		for (CSVRecord c : cells.rows) {
			int g = java.util.Arrays.asList(PaperFlowDemo.GROUPS).indexOf(cells.get(c, "col"));
			double[] paper = cells.get(c, "row").equals(ApoptosisFigure.EARLY) ? PaperFlowDemo.PAPER_EARLY :
				PaperFlowDemo.PAPER_LATE;
			assertEquals(paper[g], cells.number(c, "mean"), 1e-9, c.toString());
			assertEquals(3, cells.number(c, "n"), 0);
			checked++;
		}
		assertEquals(4, checked);
		Csv.Table comps = Csv.read(dir.resolve("fig3_comparisons.csv"));
		assertEquals(2, comps.rows.size());
		for (CSVRecord c : comps.rows) {
			assertEquals("****", comps.get(c, "stars"));
			assertTrue(comps.number(c, "p_adj") < 1e-4);
		}
		// the dot plots are a raster under vector text: small whatever the number of events
		assertTrue(Files.size(dir.resolve("fig3_dots.svg")) < 300_000);
	}
}
