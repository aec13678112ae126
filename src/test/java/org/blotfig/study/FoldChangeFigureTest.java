package org.blotfig.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.commons.csv.CSVRecord;
import org.blotfig.io.Csv;
import org.blotfig.io.OutputDir;
import org.blotfig.norm.NormalizedRow;
import org.blotfig.norm.SampleLane;
import org.blotfig.stats.Comparison;
import org.blotfig.stats.StatsAnalysis;
import org.blotfig.testutil.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The reference paper's Western blot figure data (shared/data/stats ds1: 8 proteins x control /
 * experimental x 3 experiments) as normalised rows: the figure's statistics must be R's (two-way
 * ANOVA, Sidak within each protein, one family), its stars Prism's, and excluded lanes left out.
 */
class FoldChangeFigureTest {

	@TempDir
	Path dir;

	static List<NormalizedRow> rows(Csv.Table t) {
		List<NormalizedRow> rows = new ArrayList<>();
		for (CSVRecord r : t.rows) {
			String group = t.get(r, "col"), rep = t.get(r, "rep");
			SampleLane s = new SampleLane(Integer.parseInt(rep), group.charAt(0) + rep, group, rep, "M" + rep);
			double fold = t.number(r, "value");
			rows.add(new NormalizedRow(s, t.get(r, "row"), fold, 1, fold, fold, Double.NaN,
				Collections.<String> emptyList()));
		}
		return rows;
	}

	@Test
	void statisticsAreRsTwoWayAnovaWithSidakWithinEachProtein() throws IOException {
		Path data = Shared.data("stats/ds1_wb_paper_2x8_n3.csv");
		List<NormalizedRow> rows = rows(Csv.read(data));
		// a lane excluded by QC (saturated actin) must not count: add one with an absurd value
		SampleLane bad = new SampleLane(9, "E9", "Experimental", "9", "M9");
		rows.add(new NormalizedRow(bad, "Prot1", 1, 1, 50, 50, Double.NaN,
			Collections.singletonList("excluded:loading-control-saturated")));
		FoldChangeFigure f = FoldChangeFigure.of(rows, "Control");
		JsonObject r = JsonParser.parseString(new String(Files.readAllBytes(data.resolveSibling(
			"ds1_wb_paper_2x8_n3.r.json")), StandardCharsets.UTF_8)).getAsJsonObject();
		JsonArray comps = r.getAsJsonObject("within_row_comparisons").getAsJsonArray("comparisons");
		assertEquals(8, comps.size());
		for (JsonElement e : comps) {
			JsonObject o = e.getAsJsonObject();
			Comparison c = f.comparison(o.get("row").getAsString(), "Experimental");
			assertEquals(o.get("diff").getAsDouble(), c.diff, 1e-12, o.get("row").getAsString());
			double p = o.get("p_sidak_accurate").getAsDouble();
			assertEquals(p, c.pAdj, 1e-9 * p + 1e-15, o.get("row").getAsString());
			assertEquals(o.get("prism_summary").getAsString(), c.stars(), o.get("row").getAsString());
		}
		for (StatsAnalysis.Cell cell : f.stats.cells) assertEquals(3, cell.stats.n, cell.row + " " + cell.col);

		f.write(new OutputDir(dir));
		String svg = new String(Files.readAllBytes(dir.resolve("fold_change.svg")), StandardCharsets.UTF_8);
		for (int i = 1; i <= 8; i++) assertTrue(svg.contains("Prot" + i), "Prot" + i + " not labelled");
		assertTrue(svg.contains("****") && svg.contains(">ns<"), "stars missing from the figure");
		// 16 bars: two columns wide, at 300 dpi
		assertEquals(2126, ImageIO.read(dir.resolve("fold_change.png").toFile()).getWidth(), "180 mm at 300 dpi");
		String pdf = org.blotfig.testutil.PdfFigures.assertFigure(dir.resolve("fold_change.pdf"), TableFigure.size(8, 2),
			f.chart().chart());
		assertTrue(pdf.contains("Fold change (normalised, Control = 1)") && pdf.contains("****"), pdf);
		Csv.Table written = Csv.read(dir.resolve("comparisons.csv"));
		assertEquals(8, written.rows.size());
	}

	/** With three groups the console line named no comparison at all ("two-way ANOVA + Sidak:" and nothing). */
	@Test
	void summaryNamesEveryGroupsComparisonWithTheReference() {
		List<NormalizedRow> rows = new ArrayList<>();
		String[] groups = { "control", "low", "high" };
		double[] effect = { 1, 1.02, 3 };
		int lane = 1;
		for (String target : new String[] { "P53", "PTEN" })
			for (int g = 0; g < 3; g++)
				for (int i = 0; i < 3; i++) {
					double fold = effect[g] + 0.05 * (i - 1);
					rows.add(new NormalizedRow(new SampleLane(lane, groups[g] + i, groups[g], "" + i, "M1"), target, 1, 1,
						fold, fold, Double.NaN, Collections.<String> emptyList()));
					lane++;
				}
		FoldChangeFigure f = FoldChangeFigure.of(rows, "control");
		String s = f.summary();
		for (String target : new String[] { "P53", "PTEN" })
			for (String g : new String[] { "low", "high" }) {
				Comparison c = f.comparison(target, g);
				assertTrue(s.contains(target + " " + g + " " + c.stars() + " (P " + c.pDisplay() + ")"), s);
			}
		assertEquals("ns", f.comparison("P53", "low").stars());
		assertEquals("****", f.comparison("P53", "high").stars());
		assertFalse(s.endsWith(";"), s);
	}

	@Test
	void oneGroupGivesAFigureWithoutStatistics() {
		List<NormalizedRow> rows = new ArrayList<>();
		for (int i = 1; i <= 3; i++)
			rows.add(new NormalizedRow(new SampleLane(i, "C" + i, "control", "" + i, "M1"), "P53", 1, 1, 1, 0.9 + 0.1 * i,
				Double.NaN, Collections.<String> emptyList()));
		FoldChangeFigure f = FoldChangeFigure.of(rows, "control");
		assertNull(f.stats);
		assertTrue(f.note.contains("one group"), f.note);
		assertNull(FoldChangeFigure.of(Collections.<NormalizedRow> emptyList(), "control"));
	}
}
