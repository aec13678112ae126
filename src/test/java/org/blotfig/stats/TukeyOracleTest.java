package org.blotfig.stats;

import static org.blotfig.stats.Oracle.num;
import static org.blotfig.stats.Oracle.str;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Tukey over all cell means against R (emmeans, ptukey) and scipy (studentized_range). R's
 * ptukey is good to ~5e-8 absolute and returns ~1e-13 noise for tiny P; scipy's sf is 1 - cdf,
 * so its tiny P are 0 or ~1e-15 noise: 1e-9 relative plus a 1e-13 absolute floor.
 */
class TukeyOracleTest {

	@TestFactory
	Stream<DynamicTest> allCellTukey() {
		return Stream.of(Oracle.DATASETS).map(ds -> DynamicTest.dynamicTest(ds, () -> check(ds)));
	}

	/** Hard cases (unbalanced, one-value cell, constant cells): R only (no scipy file). */
	@TestFactory
	Stream<DynamicTest> allCellTukeyHardCases() {
		return Oracle.HARD.stream().map(ds -> DynamicTest.dynamicTest(ds, () -> {
			List<Comparison> mine = TwoWayAnova.fit(Oracle.table(ds)).allCellComparisons(Posthoc.TUKEY);
			JsonArray r = Oracle.r(ds).getAsJsonObject("tukey_all_cells").getAsJsonArray("comparisons");
			assertEquals(r.size(), mine.size());
			for (int i = 0; i < r.size(); i++) {
				JsonObject e = r.get(i).getAsJsonObject();
				Comparison c = mine.get(i);
				String w = ds + " " + c.group1 + " - " + c.group2;
				assertEquals(str(e, "contrast").replace("(", "").replace(")", ""), c.group1 + " - " + c.group2, w);
				Oracle.rel(num(e, "se"), c.se, 1e-9, w + " SE");
				Oracle.rel(num(e, "t"), c.t, 1e-9, w + " t");
				Oracle.relAbs(num(e, "p_tukey"), c.pAdj, 0, 5e-8, w + " Tukey P vs R");
			}
		}));
	}

	/** Row main effect (marginal means, unweighted over columns) against emmeans + Tukey. */
	@TestFactory
	Stream<DynamicTest> rowMainEffectTukey() {
		return Stream.concat(Stream.of(Oracle.DATASETS), Oracle.HARD.stream()).map(ds -> DynamicTest.dynamicTest(ds, () -> {
			List<Comparison> mine = TwoWayAnova.fit(Oracle.table(ds)).rowMainEffectComparisons(Posthoc.TUKEY);
			JsonArray r = Oracle.r(ds).getAsJsonObject("tukey_row_main_effect").getAsJsonArray("comparisons");
			assertEquals(r.size(), mine.size());
			for (int i = 0; i < r.size(); i++) {
				JsonObject e = r.get(i).getAsJsonObject();
				Comparison c = mine.get(i);
				String w = ds + " " + c.group1 + " - " + c.group2;
				assertEquals(str(e, "contrast").replace("(", "").replace(")", ""), c.group1 + " - " + c.group2, w);
				Oracle.rel(num(e, "diff"), c.diff, 1e-9, w + " diff");
				Oracle.rel(num(e, "se"), c.se, 1e-9, w + " SE");
				Oracle.rel(num(e, "t"), c.t, 1e-9, w + " t");
				Oracle.relAbs(num(e, "p_tukey"), c.pAdj, 0, 5e-8, w + " Tukey P vs R");
			}
		}));
	}

	/** Column main effect against emmeans + Tukey (hard/col_main.R). */
	@TestFactory
	Stream<DynamicTest> colMainEffectTukey() {
		JsonObject all = Oracle.json(Oracle.HARD_DIR.resolve("col_main.r.json")).getAsJsonObject("col_main_effect");
		return Stream.concat(Stream.of(Oracle.DATASETS), Oracle.HARD.stream()).map(ds -> DynamicTest.dynamicTest(ds, () -> {
			List<Comparison> mine = TwoWayAnova.fit(Oracle.table(ds)).colMainEffectComparisons(Posthoc.TUKEY);
			JsonArray r = all.getAsJsonArray(ds);
			assertEquals(r.size(), mine.size());
			for (int i = 0; i < r.size(); i++) {
				JsonObject e = r.get(i).getAsJsonObject();
				Comparison c = mine.get(i);
				String w = ds + " " + c.group1 + " - " + c.group2;
				assertEquals(str(e, "contrast").replace("(", "").replace(")", ""), c.group1 + " - " + c.group2, w);
				// ds5's column effect is exactly zero (percentages sum to 100): only rounding noise
				Oracle.relAbs(num(e, "diff"), c.diff, 1e-9, 1e-12, w + " diff");
				Oracle.rel(num(e, "se"), c.se, 1e-9, w + " SE");
				Oracle.relAbs(num(e, "t"), c.t, 1e-9, 1e-10, w + " t");
				Oracle.relAbs(num(e, "p_tukey"), c.pAdj, 0, 5e-8, w + " Tukey P vs R");
			}
		}));
	}

	void check(String ds) {
		TwoWayAnovaResult fit = TwoWayAnova.fit(Oracle.table(ds));
		List<Comparison> mine = fit.allCellComparisons(Posthoc.TUKEY);
		JsonArray r = Oracle.r(ds).getAsJsonObject("tukey_all_cells").getAsJsonArray("comparisons");
		JsonArray py = Oracle.py(ds).getAsJsonObject("tukey_all_cells").getAsJsonArray("comparisons");
		assertEquals(r.size(), mine.size());
		boolean replicated = fit.replicated();
		for (int i = 0; i < r.size(); i++) {
			Comparison c = mine.get(i);
			JsonObject e = r.get(i).getAsJsonObject(), p = py.get(i).getAsJsonObject();
			String w = ds + " " + c.group1 + " - " + c.group2;
			// emmeans wraps labels that contain '-' in parentheses
			assertEquals(str(e, "contrast").replace("(", "").replace(")", ""), c.group1 + " - " + c.group2, w);
			assertEquals(str(p, "cell1"), c.group1, w);
			if (!replicated) continue; // emmeans uses additive-model cell means there, we use raw means
			Oracle.rel(num(e, "t"), c.t, 1e-9, w + " t");
			Oracle.relAbs(num(e, "p_tukey"), c.pAdj, 0, 5e-8, w + " Tukey P vs R");
			Oracle.relAbs(num(p, "p_tukey"), c.pAdj, 1e-9, 1e-13, w + " Tukey P vs scipy");
			// R's CI uses qtukey, which stops at 1e-4 relative accuracy (README)
			JsonArray ci = e.getAsJsonArray("ci95_tukey");
			Oracle.relAbs(num(ci.get(0)), c.ciLow, 0, 1e-4 * c.se, w + " CI low");
			Oracle.relAbs(num(ci.get(1)), c.ciHigh, 0, 1e-4 * c.se, w + " CI high");
		}
	}
}
