package org.blotfig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.blotfig.io.Csv;
import org.blotfig.testutil.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code blotfig stats} end to end on the paper's data set, checked against the R oracle. */
class StatsCommandTest {

	@TempDir
	Path tmp;

	@Test
	void twoWaySidakWritesTheThreeTablesEqualToR() throws Exception {
		Path csv = Shared.data("stats/ds1_wb_paper_2x8_n3.csv");
		JsonObject r = JsonParser.parseString(new String(Files.readAllBytes(
			Shared.data("stats/ds1_wb_paper_2x8_n3.r.json")), StandardCharsets.UTF_8)).getAsJsonObject();
		Path out = tmp.resolve("out");
		assertEquals(0, Main.run("stats", csv.toString(), "--design", "two-way", "--posthoc", "sidak",
			"--out", out.toString()));

		Csv.Table anova = Csv.read(out.resolve("anova.csv"));
		assertEquals(List.of("source", "ss", "df", "ms", "f", "p", "pct_total"), anova.header);
		JsonArray type3 = r.getAsJsonObject("anova").getAsJsonArray("type3_sum_contrasts");
		for (int i = 0; i < 4; i++) {
			JsonObject e = type3.get(i).getAsJsonObject();
			assertEquals(e.get("source").getAsString(), anova.get(anova.rows.get(i), "source"));
			double ss = anova.number(anova.rows.get(i), "ss");
			assertEquals(e.get("ss").getAsDouble(), ss, 1e-9 * ss);
		}
		double p = anova.number(anova.rows.get(2), "p"); // interaction, 4.44e-20
		assertEquals(4.4403103656853724e-20, p, 1e-9 * p);

		Csv.Table comp = Csv.read(out.resolve("comparisons.csv"));
		assertEquals(List.of("row", "group1", "group2", "diff", "se", "t", "df", "p_raw", "p_adj",
			"p_display", "stars"), comp.header);
		JsonArray wr = r.getAsJsonObject("within_row_comparisons").getAsJsonArray("comparisons");
		assertEquals(wr.size(), comp.rows.size());
		for (int i = 0; i < wr.size(); i++) {
			JsonObject e = wr.get(i).getAsJsonObject();
			assertEquals(e.get("row").getAsString(), comp.get(comp.rows.get(i), "row"));
			assertEquals("Control", comp.get(comp.rows.get(i), "group1"));
			assertEquals(e.get("prism_adjusted_p").getAsString(), comp.get(comp.rows.get(i), "p_display"));
			assertEquals(e.get("prism_summary").getAsString(), comp.get(comp.rows.get(i), "stars"));
			double adj = comp.number(comp.rows.get(i), "p_adj");
			double exp = e.get("p_sidak_accurate").getAsDouble();
			assertEquals(exp, adj, 1e-9 * exp);
		}

		Csv.Table cells = Csv.read(out.resolve("cells.csv"));
		assertEquals(List.of("row", "col", "n", "mean", "sd", "sem"), cells.header);
		assertEquals(16, cells.rows.size());
		assertEquals(0.9213333333333333, cells.number(cells.rows.get(0), "mean"), 1e-15);
	}

	/** The paper's Fig. 5 shape: the cytokine bar chart carries the stars of comparisons.csv. */
	@Test
	void figureShowsEveryRowWithItsComparisonsStars() throws Exception {
		Path csv = Shared.data("stats/ds4_elisa_cytokines_2x3_n3.csv");
		Path out = tmp.resolve("fig");
		assertEquals(0, Main.run("stats", csv.toString(), "--y-label", "Concentration (pg/mL)", "--out", out.toString()));
		String svg = new String(Files.readAllBytes(out.resolve("figure.svg")), StandardCharsets.UTF_8);
		assertTrue(svg.contains(">Concentration (pg/mL)</text>"), "the rotated y label is SVG text");
		Csv.Table comps = Csv.read(out.resolve("comparisons.csv"));
		assertEquals(3, comps.rows.size());
		java.util.Set<String> stars = new java.util.HashSet<>();
		for (org.apache.commons.csv.CSVRecord c : comps.rows) {
			assertTrue(svg.contains(">" + comps.get(c, "row") + "<"), comps.get(c, "row"));
			stars.add(comps.get(c, "stars"));
		}
		for (String s : stars) assertTrue(svg.contains(">" + s + "<"), "stars " + s + " not drawn");
		assertTrue(javax.imageio.ImageIO.read(out.resolve("figure.png").toFile()).getWidth() >= 420);
		// the PDF holds them as text, and the rotated y label too
		java.util.Set<String> words = new java.util.HashSet<>(stars);
		for (org.apache.commons.csv.CSVRecord c : comps.rows) words.add(comps.get(c, "row"));
		Csv.Table cells = Csv.read(out.resolve("cells.csv"));
		for (org.apache.commons.csv.CSVRecord c : cells.rows) words.add(cells.get(c, "col"));
		words.add("Concentration (pg/mL)");
		org.blotfig.testutil.PdfFigures.assertFigure(out.resolve("figure.pdf"), org.blotfig.study.TableFigure.size(3, 2), words);
	}

	@Test
	void otherDesignsAndTestsRun() throws Exception {
		Path csv = Shared.data("stats/ds4_elisa_cytokines_2x3_n3.csv");
		String[][] variants = { { "--design", "one-way", "--posthoc", "tukey" },
			{ "--posthoc", "dunnett" }, { "--posthoc", "holm-sidak", "--test", "welch" },
			{ "--posthoc", "bonferroni", "--test", "mann-whitney" }, { "--test", "student" } };
		int i = 0;
		for (String[] v : variants) {
			Path out = tmp.resolve("v" + i++);
			String[] args = new String[v.length + 4];
			args[0] = "stats";
			args[1] = csv.toString();
			System.arraycopy(v, 0, args, 2, v.length);
			args[v.length + 2] = "--out";
			args[v.length + 3] = out.toString();
			assertEquals(0, Main.run(args), String.join(" ", args));
			Csv.Table comp = Csv.read(out.resolve("comparisons.csv"));
			assertFalse(comp.rows.isEmpty(), String.join(" ", v));
		}
		// one-way over 6 cells, Tukey: 15 pairs
		assertEquals(15, Csv.read(tmp.resolve("v0").resolve("comparisons.csv")).rows.size());
	}

	@Test
	void badInputExitsTwoWithOneLineAndWritesNothing() throws Exception {
		Path bad = tmp.resolve("bad.csv");
		Files.write(bad, "row,col,rep,value\nA,x,1,1.5\nA,y,1,NaN\n".getBytes(StandardCharsets.UTF_8));
		Path out = tmp.resolve("out");
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream old = System.err;
		int code;
		try {
			System.setErr(new PrintStream(err, true, "UTF-8"));
			code = Main.run("stats", bad.toString(), "--out", out.toString());
		}
		finally {
			System.setErr(old);
		}
		assertEquals(2, code);
		String msg = err.toString("UTF-8").trim();
		assertTrue(msg.contains("bad.csv") && msg.contains("line 3") && !msg.contains("\n"), msg);
		assertFalse(Files.exists(out), "nothing written on bad input");
		assertEquals(2, Main.run("stats", bad.toString(), "--posthoc", "scheffe", "--out", out.toString()));
		assertEquals(2, Main.run("stats", bad.toString(), "--posthoc", "tukey", "--test", "welch", "--out",
			out.toString()));
		assertFalse(Files.exists(out));
	}
}
