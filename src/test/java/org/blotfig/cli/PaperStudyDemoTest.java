package org.blotfig.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.blotfig.io.Csv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's main job: the reference study's figure set (Fig. 1-5: flow markers, MACS, Annexin
 * V/PI, Western blots, ELISA) from the bundled raw data ({@code blotfig study
 * test-images/study/study.csv}), every published value and star it states reproduced, every ELISA
 * concentration against the generator's truth.
 */
class PaperStudyDemoTest {

	static final Path DEMO = Paths.get("test-images", "study");

	@TempDir
	Path dir;

	@Test
	void demoCommandRegeneratesTheBundledStudy() throws Exception {
		assertEquals(0, Main.run("demo", "--out", dir.toString()));
		for (String f : new String[] { "study.csv", "expected.csv", "elisa/plate_450_570.csv", "elisa/plate_map.csv",
			"elisa/truth.csv" })
			assertArrayEquals(Files.readAllBytes(DEMO.resolve(f)), Files.readAllBytes(dir.resolve(f)), f);
	}

	@Test
	void mainJobReproducesThePapersFigures() throws Exception {
		String readme = new String(Files.readAllBytes(Paths.get("README.md")), StandardCharsets.UTF_8);
		assertTrue(readme.contains("./blotfig study test-images/study/study.csv --out demo-out"),
			"README's main job is this test's command");
		java.util.regex.Matcher img = java.util.regex.Pattern.compile("\\]\\((docs/images/[^)]+)\\)").matcher(readme);
		int pictures = 0;
		for (; img.find(); pictures++) assertTrue(Files.isRegularFile(Paths.get(img.group(1))), img.group(1));
		assertEquals(2, pictures, "the README shows the figures it promises");
		Path out = dir.resolve("out");
		assertEquals(0, Main.run("study", DEMO.resolve("study.csv").toString(), "--out", out.toString()));

		Csv.Table n = Csv.read(out.resolve("numbers.csv"));
		int compared = 0, values = 0;
		for (CSVRecord r : n.rows) {
			String what = n.get(r, "figure") + " " + n.get(r, "item") + " " + n.get(r, "quantity");
			if (!n.get(r, "expected_stars").isEmpty()) {
				assertEquals(n.get(r, "expected_stars"), n.get(r, "stars"), what);
				compared++;
			}
			// measured: Fig. 1-3 equal to the published percentages, Fig. 4 within 0.7 %, Fig. 5 within 0.4 % of
			// the published fold changes
			if (!n.get(r, "expected").isEmpty()) {
				assertEquals(0, n.number(r, "rel_diff"), n.get(r, "figure").compareTo("Fig. 4") < 0 ? 1e-9 : 0.02, what);
				values++;
			}
		}
		assertEquals(2 + 8 + 3, compared, "every published star compared");
		assertEquals(5 + 4 + 7 + 2, values, "every published value compared");

		// ELISA: the group means of the back-calculated concentrations against the true ones
		Map<String, double[]> truth = new HashMap<>();
		Csv.Table t = Csv.read(DEMO.resolve("elisa/truth.csv"));
		for (CSVRecord r : t.rows)
			truth.computeIfAbsent(t.get(r, "analyte") + "|" + t.get(r, "group"), k -> new double[2])[0] += t.number(r, "conc");
		for (CSVRecord r : t.rows) truth.get(t.get(r, "analyte") + "|" + t.get(r, "group"))[1]++;
		int means = 0;
		for (CSVRecord r : n.rows) {
			if (!n.get(r, "figure").equals("Fig. 5") || !n.get(r, "quantity").equals("mean")) continue;
			double[] s = truth.get(n.get(r, "item") + "|" + n.get(r, "group"));
			assertEquals(s[0] / s[1], n.number(r, "value"), 0.05 * s[0] / s[1], n.get(r, "item") + " " + n.get(r, "group"));
			means++;
		}
		assertEquals(6, means);

		String html = new String(Files.readAllBytes(out.resolve("report.html")), StandardCharsets.UTF_8);
		String md = new String(Files.readAllBytes(out.resolve("report.md")), StandardCharsets.UTF_8);
		for (String f : new String[] { "fig4/fold_change.svg", "fig4/fold_change.pdf", "fig4/fold_change.png", "fig5/figure.svg",
			"fig5/figure.pdf", "fig5/figure.png" }) {
			// a vector PDF of three clusters is ~3 kB; its words are checked in ChartFilesTest
			assertTrue(Files.size(out.resolve(f)) > (f.endsWith(".pdf") ? 2_000 : 5_000), f);
			assertTrue(md.contains(f) && html.contains(f), "the report links " + f);
		}
		assertTrue(Files.isRegularFile(out.resolve("fig4/normalized.csv")));
		assertTrue(Files.isRegularFile(out.resolve("fig5/IL-2/curve.svg")) || Files.isDirectory(out.resolve("fig5")));
		assertFalse(md.contains("stars differ"), "no star differs from the paper's");
		for (int fig = 1; fig <= 5; fig++) assertTrue(html.contains("<h2>Fig. " + fig + ": "), "a section for Fig. " + fig);
	}
}
