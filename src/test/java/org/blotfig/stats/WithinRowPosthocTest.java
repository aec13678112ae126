package org.blotfig.stats;

import static org.blotfig.stats.Oracle.num;
import static org.blotfig.stats.Oracle.str;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * Within-row Tukey and Dunnett (one family per row, k = number of columns) on a 2 x 3 design with
 * a one-value cell, against R emmeans/multcomp (hard/within_row.R). With two comparisons per row
 * mvtnorm integrates the bivariate t exactly (reported error 1e-15).
 */
class WithinRowPosthocTest {

	static final String DS = "dsh2_single_value_cell_2x3";

	@Test
	void tukeyPerRowMatchesEmmeans() {
		JsonArray r = Oracle.json(Oracle.HARD_DIR.resolve("within_row.r.json")).getAsJsonArray("tukey");
		List<Comparison> mine = TwoWayAnova.fit(Oracle.table(DS)).withinRowComparisons(Posthoc.TUKEY);
		assertEquals(r.size(), mine.size());
		for (int i = 0; i < r.size(); i++) {
			JsonObject e = r.get(i).getAsJsonObject();
			Comparison c = mine.get(i);
			String w = c.row + " " + c.group1 + " - " + c.group2;
			assertEquals(str(e, "row") + " " + str(e, "contrast"), w);
			Oracle.rel(num(e, "se"), c.se, 1e-9, w + " SE");
			Oracle.rel(num(e, "t"), c.t, 1e-9, w + " t");
			Oracle.relAbs(num(e, "p_tukey"), c.pAdj, 0, 5e-8, w + " Tukey P (R ptukey accuracy)");
		}
	}

	@Test
	void dunnettPerRowMatchesMultcomp() {
		JsonArray r = Oracle.json(Oracle.HARD_DIR.resolve("within_row.r.json")).getAsJsonArray("dunnett");
		List<Comparison> mine = TwoWayAnova.fit(Oracle.table(DS)).withinRowComparisons(Posthoc.DUNNETT);
		assertEquals(r.size(), mine.size());
		for (int i = 0; i < r.size(); i++) {
			JsonObject e = r.get(i).getAsJsonObject();
			Comparison c = mine.get(i);
			String w = c.row + " " + c.group2 + " - " + c.group1; // multcomp: treatment - control
			assertEquals(str(e, "row") + " " + str(e, "contrast"), w);
			Oracle.rel(-num(e, "t"), c.t, 1e-9, w + " t");
			Oracle.relAbs(num(e, "p_adj"), c.pAdj, 1e-9, 1e-14, w + " Dunnett P");
		}
	}
}
