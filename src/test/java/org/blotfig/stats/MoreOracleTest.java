package org.blotfig.stats;

import static org.blotfig.stats.Oracle.num;
import static org.blotfig.stats.Oracle.rel;
import static org.blotfig.stats.Oracle.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.blotfig.core.InputException;
import org.blotfig.stats.io.StatsInputs;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Per-row Student/Welch t tests, one-way ANOVA (all cells) and Welch's one-way test against the
 * shared R oracles, and one-way post-hoc tests (Tukey-Kramer, Dunnett vs multcomp, Sidak,
 * Bonferroni, Holm-Sidak), Mann-Whitney and two-sample edge cases against
 * src/test/resources/org/blotfig/stats/hard/extra.R.
 */
class MoreOracleTest {

	static final double TOL = 1e-9;

	static Stream<String> replicated() {
		List<String> l = new ArrayList<>();
		for (String ds : Oracle.DATASETS)
			if (!ds.startsWith("ds6")) l.add(ds);
		l.addAll(Oracle.HARD);
		return l.stream();
	}

	@TestFactory
	Stream<DynamicTest> perRowTTests() {
		return replicated().map(ds -> DynamicTest.dynamicTest(ds, () -> {
			JsonObject r = Oracle.r(ds);
			if (!r.has("per_row_t_tests")) return; // more than 2 columns
			LongTable t = Oracle.table(ds);
			List<Comparison> st = StatsAnalysis.run(t, StatsAnalysis.Design.TWO_WAY, Posthoc.HOLM_SIDAK,
				StatsAnalysis.Test.STUDENT).comparisons;
			List<Comparison> sid = StatsAnalysis.run(t, StatsAnalysis.Design.TWO_WAY, Posthoc.SIDAK,
				StatsAnalysis.Test.STUDENT).comparisons;
			List<Comparison> we = StatsAnalysis.run(t, StatsAnalysis.Design.TWO_WAY, Posthoc.NONE,
				StatsAnalysis.Test.WELCH).comparisons;
			int i = 0;
			for (JsonElement el : r.getAsJsonArray("per_row_t_tests")) {
				JsonObject e = el.getAsJsonObject(), s = e.getAsJsonObject("student"), w = e.getAsJsonObject("welch");
				String where = ds + " " + str(e, "row");
				assertEquals(str(e, "row"), st.get(i).row);
				if (s.has("error")) {
					assertTrue(Double.isNaN(st.get(i).pRaw), where + ": R refuses, we give NaN");
					assertFalse(st.get(i).note.isEmpty(), where + ": and say why");
				}
				else {
					rel(num(s, "t"), st.get(i).t, TOL, where + " Student t");
					rel(num(s, "df"), st.get(i).df, 0, where + " Student df");
					rel(num(s, "p"), st.get(i).pRaw, TOL, where + " Student P");
					Oracle.relAbs(num(s, "p_holm_sidak_over_rows"), st.get(i).pAdj, TOL, 1e-14, where + " Holm-Sidak");
					Oracle.relAbs(num(s, "p_sidak_over_rows"), sid.get(i).pAdj, TOL, 1e-14, where + " Sidak");
				}
				if (w.has("error")) assertTrue(Double.isNaN(we.get(i).pRaw), where + " Welch NaN");
				else {
					rel(num(w, "t"), we.get(i).t, TOL, where + " Welch t");
					rel(num(w, "df"), we.get(i).df, TOL, where + " Welch df");
					rel(num(w, "p"), we.get(i).pRaw, TOL, where + " Welch P");
				}
				i++;
			}
		}));
	}

	@TestFactory
	Stream<DynamicTest> oneWayAllCells() {
		return replicated().map(ds -> DynamicTest.dynamicTest(ds, () -> {
			JsonObject o = Oracle.r(ds).getAsJsonObject("oneway_all_cells");
			OneWayAnova fit = OneWayAnova.fit(Oracle.table(ds));
			assertEquals((int) num(o, "k"), fit.groups().size());
			JsonObject a = o.getAsJsonArray("anova").get(0).getAsJsonObject();
			rel(num(a, "ss"), fit.rows().get(0).ss, TOL, ds + " SS");
			rel(num(a, "F"), fit.rows().get(0).f, TOL, ds + " F");
			rel(num(a, "p"), fit.rows().get(0).p, TOL, ds + " P");
			assertEquals(str(a, "prism_p"), fit.rows().get(0).pDisplay());
			rel(num(o.getAsJsonObject("residual"), "ms"), fit.msResidual(), TOL, ds + " MS");
			JsonObject w = o.getAsJsonObject("welch");
			if (w.has("error")) assertThrows(InputException.class, fit::welch, ds + " Welch undefined");
			else {
				double[] mine = fit.welch();
				rel(num(w, "F"), mine[0], TOL, ds + " Welch F");
				rel(num(w, "df2"), mine[2], TOL, ds + " Welch df2");
				rel(num(w, "p"), mine[3], TOL, ds + " Welch P");
			}
		}));
	}

	static JsonObject extra() {
		return Oracle.json(Oracle.HARD_DIR.resolve("extra.r.json"));
	}

	static OneWayAnova oneWay() {
		return OneWayAnova.fit(StatsInputs.load(Oracle.HARD_DIR.resolve("oneway_4groups_unequal.csv")));
	}

	@Test
	void oneWayPosthocMatchesR() {
		JsonObject o = extra().getAsJsonObject("oneway");
		OneWayAnova fit = oneWay();
		rel(num(o.getAsJsonObject("anova"), "F"), fit.rows().get(0).f, TOL, "F");
		rel(num(o.getAsJsonObject("anova"), "p"), fit.rows().get(0).p, TOL, "P");
		List<Comparison> tk = fit.comparisons(Posthoc.TUKEY), bo = fit.comparisons(Posthoc.BONFERRONI),
			si = fit.comparisons(Posthoc.SIDAK), hs = fit.comparisons(Posthoc.HOLM_SIDAK);
		JsonArray pairs = o.getAsJsonArray("pairs");
		assertEquals(pairs.size(), tk.size());
		for (int i = 0; i < pairs.size(); i++) {
			JsonObject e = pairs.get(i).getAsJsonObject();
			String w = str(e, "group1") + " - " + str(e, "group2");
			assertEquals(w, tk.get(i).group1 + " - " + tk.get(i).group2);
			rel(num(e, "t"), tk.get(i).t, TOL, w + " t");
			rel(num(e, "p_raw"), tk.get(i).pRaw, TOL, w + " P raw");
			rel(num(e, "p_bonferroni"), bo.get(i).pAdj, TOL, w + " Bonferroni");
			rel(num(e, "p_sidak"), si.get(i).pAdj, TOL, w + " Sidak");
			rel(num(e, "p_holm_sidak"), hs.get(i).pAdj, TOL, w + " Holm-Sidak");
			// TukeyHSD (Tukey-Kramer) uses R's ptukey: ~5e-8 absolute
			Oracle.relAbs(num(e, "p_tukey"), tk.get(i).pAdj, 0, 5e-8, w + " Tukey-Kramer");
			JsonArray ci = e.getAsJsonArray("tukey_ci"); // R's qtukey: 1e-4 relative
			Oracle.relAbs(num(ci.get(0)), tk.get(i).ciLow, 0, 1e-4 * tk.get(i).se, w + " CI low");
			Oracle.relAbs(num(ci.get(1)), tk.get(i).ciHigh, 0, 1e-4 * tk.get(i).se, w + " CI high");
		}
		double[] welch = fit.welch();
		JsonObject w = o.getAsJsonObject("welch");
		rel(num(w, "F"), welch[0], TOL, "Welch F");
		rel(num(w, "df2"), welch[2], TOL, "Welch df2");
		rel(num(w, "p"), welch[3], TOL, "Welch P");
	}

	/**
	 * multcomp's P values come from mvtnorm's randomized integration with a reported error of
	 * ~1e-6 (abseps 1e-6, 2e7 points): we must agree within a few times that error.
	 */
	@Test
	void dunnettMatchesMultcomp() {
		JsonObject o = extra().getAsJsonObject("oneway");
		List<Comparison> d = oneWay().comparisons(Posthoc.DUNNETT);
		JsonArray ref = o.getAsJsonArray("dunnett");
		assertEquals(ref.size(), d.size());
		for (int i = 0; i < ref.size(); i++) {
			JsonObject e = ref.get(i).getAsJsonObject();
			Comparison c = d.get(i);
			String w = str(e, "contrast");
			assertEquals(w, c.group2 + " - " + c.group1); // multcomp: treatment - control
			rel(-num(e, "t"), c.t, TOL, w + " t");
			Oracle.relAbs(num(e, "p_adj"), c.pAdj, 0, 5 * num(e, "p_error") + 1e-9, w + " Dunnett P");
			double crit = num(o, "dunnett_critical");
			// R's qmvt inverts the same randomized integral: ~1e-5 relative
			rel(crit, (c.ciHigh - c.diff) / c.se, 3e-5, w + " Dunnett critical value");
		}
	}

	@Test
	void dunnettWithOneComparisonIsTheTTest() {
		Dunnett d = new Dunnett(new double[] { Math.sqrt(0.5) }, 12);
		for (double t : new double[] { 0.3, 1, 2.2, 4, 7 })
			rel(Distributions.tTwoSided(t, 12), d.upper(t), 1e-12, "t=" + t);
		rel(Distributions.tQuantileUpper(0.025, 12), d.quantile(0.95), 1e-12, "critical value");
	}

	@Test
	void twoSampleTestsMatchR() {
		for (JsonElement el : extra().getAsJsonArray("two_sample")) {
			JsonObject e = el.getAsJsonObject();
			String name = str(e, "name");
			double[] x = doubles(e.getAsJsonArray("x")), y = doubles(e.getAsJsonArray("y"));
			check(name + " Student", e.getAsJsonObject("student"), TwoSampleTests.student("", "x", "y", x, y));
			check(name + " Welch", e.getAsJsonObject("welch"), TwoSampleTests.welch("", "x", "y", x, y));
			JsonObject mw = e.getAsJsonObject("mann_whitney");
			Comparison c = TwoSampleTests.mannWhitney("", "x", "y", x, y);
			rel(num(mw, "W"), c.t, 0, name + " W");
			rel(num(mw, "p"), c.pRaw, 1e-12, name + " Mann-Whitney P (" + str(mw, "method") + ")");
		}
	}

	private static void check(String what, JsonObject r, Comparison c) {
		if (r.has("error")) {
			assertTrue(Double.isNaN(c.pRaw), what + ": R says '" + str(r, "error") + "', we give NaN");
			assertFalse(c.note.isEmpty(), what + ": with a note");
			return;
		}
		rel(num(r, "t"), c.t, TOL, what + " t");
		rel(num(r, "df"), c.df, TOL, what + " df");
		rel(num(r, "p"), c.pRaw, TOL, what + " P");
	}

	private static double[] doubles(JsonArray a) {
		double[] d = new double[a.size()];
		for (int i = 0; i < d.length; i++) d[i] = a.get(i).getAsDouble();
		return d;
	}

	@Test
	void badInputGivesClearErrors() {
		Path dir = Oracle.HARD_DIR;
		InputException e = assertThrows(InputException.class, () -> LongTable.builder("t.csv").add("a", "b",
			Double.NaN, "line 3"));
		assertTrue(e.getMessage().contains("t.csv") && e.getMessage().contains("line 3"), e.getMessage());
		e = assertThrows(InputException.class, () -> LongTable.builder("t.csv").build());
		assertTrue(e.getMessage().contains("no data"), e.getMessage());
		e = assertThrows(InputException.class, () -> TwoWayAnova.fit(LongTable.builder("t.csv").add("a", "x", 1)
			.add("a", "y", 2).add("b", "x", 3).build()));
		assertTrue(e.getMessage().contains("b / y") && e.getMessage().contains("no values"), e.getMessage());
		e = assertThrows(InputException.class, () -> Descriptives.of());
		assertTrue(dir != null && e.getMessage().contains("no values"));
	}
}
