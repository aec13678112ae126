package org.blotfig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.blotfig.io.Csv;
import org.blotfig.testutil.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The reference paper's Fig. 3D from what a lab exports: the Annexin V / PI quadrant percentages
 * of shared/data/stats ds5 (control / experimental x 3) written as a FlowJo table (quadrant gates
 * named by their FL1-H / FL2-H signs, in FlowJo's Q1-Q4 order) and as a long table. Both routes
 * must give R's two-way ANOVA + Sidak within each quadrant.
 */
class FlowTableCommandTest {

	@TempDir
	Path dir;

	/** ds5 row name -> quadrant signs (Annexin = FL1-H, PI = FL2-H) and blotfig's name. */
	static final String[][] QUADRANTS = { { "Necrotic", "Q1: FL1-H- , FL2-H+", "Necrotic" },
		{ "LateApoptotic", "Q2: FL1-H+ , FL2-H+", "Late apoptotic" },
		{ "EarlyApoptotic", "Q3: FL1-H+ , FL2-H-", "Early apoptotic" }, { "Live", "Q4: FL1-H- , FL2-H-", "Live" } };

	@Test
	void flowJoAndLongTablesBothGiveRsStatistics() throws Exception {
		Path data = Shared.data("stats/ds5_flow_annexin_2x4_n3.csv");
		Csv.Table t = Csv.read(data);
		Map<String, Map<String, String>> bySample = new LinkedHashMap<>();
		StringBuilder lng = new StringBuilder("sample,group,population,percent\n");
		for (CSVRecord r : t.rows) {
			String sample = t.get(r, "col") + "_" + t.get(r, "rep") + ".fcs";
			bySample.computeIfAbsent(sample, k -> new LinkedHashMap<>()).put(t.get(r, "row"), t.get(r, "value"));
			lng.append(sample).append(',').append(t.get(r, "col")).append(',').append(name(t.get(r, "row"))).append(',')
				.append(t.get(r, "value")).append('\n');
		}
		StringBuilder fj = new StringBuilder("\"\"");
		for (String[] q : QUADRANTS) fj.append(",\"Cells/").append(q[1]).append(" | Freq. of Parent (%)\"");
		fj.append(",\"Cells | Count\"\n");
		StringBuilder sheet = new StringBuilder("sample,group\n");
		for (Map.Entry<String, Map<String, String>> e : bySample.entrySet()) {
			fj.append(e.getKey());
			for (String[] q : QUADRANTS) fj.append(',').append(e.getValue().get(q[0]));
			fj.append(",10000\n");
			sheet.append(e.getKey()).append(',').append(e.getKey().substring(0, e.getKey().indexOf('_'))).append('\n');
		}
		fj.append("Mean,1,1,1,1,1\n"); // FlowJo's summary rows are not samples
		Path flowjo = write("flowjo.csv", fj), samples = write("samples.csv", sheet), longTable = write("long.csv", lng);

		Path out1 = dir.resolve("fj"), out2 = dir.resolve("long");
		assertEquals(0, Main.run("flow", "table", flowjo.toString(), "--samples", samples.toString(), "--annexin", "FL1-H",
			"--pi", "FL2-H", "--out", out1.toString()));
		assertEquals(0, Main.run("flow", "table", longTable.toString(), "--out", out2.toString()));

		JsonObject r = JsonParser.parseString(new String(Files.readAllBytes(data.resolveSibling(
			"ds5_flow_annexin_2x4_n3.r.json")), StandardCharsets.UTF_8)).getAsJsonObject();
		for (Path out : new Path[] { out1, out2 }) {
			Csv.Table comps = Csv.read(out.resolve("comparisons.csv"));
			assertEquals(4, comps.rows.size());
			for (JsonElement e : r.getAsJsonObject("within_row_comparisons").getAsJsonArray("comparisons")) {
				JsonObject o = e.getAsJsonObject();
				CSVRecord c = find(comps, name(o.get("row").getAsString()));
				double p = o.get("p_sidak_accurate").getAsDouble();
				assertEquals(p, comps.number(c, "p_adj"), 1e-9 * p + 1e-15, out + " " + o.get("row"));
				assertEquals(o.get("prism_summary").getAsString(), comps.get(c, "stars"));
				// control first: diff = control - experimental, as R's contrast
				assertEquals(o.get("diff").getAsDouble(), comps.number(c, "diff"), 1e-9);
			}
			assertEquals(24, Csv.read(out.resolve("percent.csv")).rows.size());
			String svg = new String(Files.readAllBytes(out.resolve("figure.svg")), StandardCharsets.UTF_8);
			assertTrue(svg.contains(">Early apoptotic<") && svg.contains(">****<") && svg.contains(">*<"), out.toString());
			java.util.Set<String> words = new java.util.HashSet<>();
			for (CSVRecord c : comps.rows) {
				words.add(comps.get(c, "row"));
				words.add(comps.get(c, "stars"));
			}
			org.blotfig.testutil.PdfFigures.assertFigure(out.resolve("figure.pdf"), org.blotfig.study.TableFigure.size(4, 2), words);
		}
	}

	static String name(String ds5Row) {
		for (String[] q : QUADRANTS) if (q[0].equals(ds5Row)) return q[2];
		throw new AssertionError(ds5Row);
	}

	static CSVRecord find(Csv.Table t, String row) {
		for (CSVRecord r : t.rows) if (t.get(r, "row").equals(row)) return r;
		throw new AssertionError("no comparison for " + row);
	}

	private Path write(String name, CharSequence text) throws Exception {
		return Files.write(dir.resolve(name), text.toString().getBytes(StandardCharsets.UTF_8));
	}
}
