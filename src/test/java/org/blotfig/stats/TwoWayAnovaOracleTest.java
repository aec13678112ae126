package org.blotfig.stats;

import static org.blotfig.stats.Oracle.num;
import static org.blotfig.stats.Oracle.rel;
import static org.blotfig.stats.Oracle.str;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Two-way ANOVA (Type III) and within-row comparisons against every R oracle file. */
class TwoWayAnovaOracleTest {

	static final double TOL = 1e-9;
	/** Absolute error of the naive 1 - (1 - p)^K that some oracle fields use (K <= 16). */
	static final double NAIVE_ABS = 16 * 0x1p-52;

	static Stream<DynamicTest> each(Consumer<String> test) {
		return Stream.concat(Stream.of(Oracle.DATASETS), Oracle.HARD.stream())
			.map(ds -> DynamicTest.dynamicTest(ds, () -> test.accept(ds)));
	}

	@TestFactory
	Stream<DynamicTest> anovaTable() {
		return each(this::anovaTableMatchesR);
	}

	@TestFactory
	Stream<DynamicTest> cellStatistics() {
		return each(this::cellStatisticsMatchR);
	}

	@TestFactory
	Stream<DynamicTest> withinRowSidak() {
		return each(this::withinRowSidakMatchesR);
	}

	void anovaTableMatchesR(String ds) {
		JsonObject r = Oracle.r(ds);
		TwoWayAnovaResult fit = TwoWayAnova.fit(Oracle.table(ds));
		JsonArray rows = r.getAsJsonObject("anova").getAsJsonArray("type3_sum_contrasts");
		assertEquals(rows.size(), fit.rows().size(), ds + ": number of ANOVA lines");
		for (int i = 0; i < rows.size(); i++) {
			JsonObject e = rows.get(i).getAsJsonObject();
			AnovaRow a = fit.rows().get(i);
			String w = ds + " " + a.source;
			assertEquals(str(e, "source"), a.source, ds + ": source order");
			// An effect that is exactly zero in R (ds5: percentages sum to 100 in every group, so
			// the column effect vanishes) can only be matched to rounding relative to SS total.
			Oracle.relAbs(num(e, "ss"), a.ss, TOL, 1e-13 * fit.ssTotal(), w + " SS");
			rel(num(e, "df"), a.df, 0, w + " df");
			Oracle.relAbs(num(e, "ms"), a.ms, TOL, 1e-13 * fit.ssTotal(), w + " MS");
			Oracle.relAbs(num(e, "F"), a.f, TOL, num(e, "F") == 0 ? 1e-10 : 0, w + " F");
			rel(num(e, "p"), a.p, TOL, w + " p");
			Oracle.relAbs(num(e, "pct_of_total_variation"), a.pctTotal, TOL, 1e-11, w + " % of total");
			assertEquals(str(e, "prism_p"), a.pDisplay(), w + " P display");
			assertEquals(str(e, "prism_summary"), a.stars(), w + " stars");
		}
		JsonObject res = r.getAsJsonObject("residual");
		rel(num(res, "ms"), fit.msResidual(), TOL, ds + " MS residual");
		rel(num(res, "df"), fit.dfResidual(), 0, ds + " df residual");
		rel(num(r.getAsJsonObject("total"), "ss"), fit.ssTotal(), TOL, ds + " SS total");
	}

	void cellStatisticsMatchR(String ds) {
		JsonObject r = Oracle.r(ds);
		TwoWayAnovaResult fit = TwoWayAnova.fit(Oracle.table(ds));
		Descriptives[][] cells = fit.cells();
		int i = 0;
		for (JsonElement el : r.getAsJsonArray("cell_stats")) {
			JsonObject e = el.getAsJsonObject();
			Descriptives d = cells[i / fit.table().cols()][i % fit.table().cols()];
			assertEquals(str(e, "row"), fit.table().rowLevels().get(i / fit.table().cols()));
			assertEquals(str(e, "col"), fit.table().colLevels().get(i % fit.table().cols()));
			rel(num(e, "n"), d.n, 0, ds + " n");
			rel(num(e, "mean"), d.mean, 1e-14, ds + " mean");
			rel(num(e, "sd"), d.sd, 1e-12, ds + " sd");
			rel(num(e, "sem"), d.sem, 1e-12, ds + " sem");
			i++;
		}
	}

	void withinRowSidakMatchesR(String ds) {
		JsonObject r = Oracle.r(ds);
		TwoWayAnovaResult fit = TwoWayAnova.fit(Oracle.table(ds));
		JsonObject wr = r.getAsJsonObject("within_row_comparisons");
		boolean replicated = fit.replicated();
		// Without replication we compare raw cell values with the additive model's pooled MS
		// (R's emmeans would give every row the column main effect instead).
		JsonArray exp = replicated ? wr.getAsJsonArray("comparisons") : wr.getAsJsonArray("raw_cell_variant");
		List<Comparison> sid = fit.withinRowComparisons(Posthoc.SIDAK);
		List<Comparison> bon = fit.withinRowComparisons(Posthoc.BONFERRONI);
		List<Comparison> hs = fit.withinRowComparisons(Posthoc.HOLM_SIDAK);
		List<Comparison> lsd = fit.withinRowComparisons(Posthoc.NONE);
		assertEquals(exp.size(), sid.size());
		for (int i = 0; i < exp.size(); i++) {
			JsonObject e = exp.get(i).getAsJsonObject();
			Comparison c = sid.get(i);
			String w = ds + " " + c.row;
			assertEquals(str(e, "row"), c.row);
			rel(num(e, "diff"), c.diff, 1e-12, w + " diff");
			rel(num(e, "se"), c.se, TOL, w + " se");
			rel(num(e, "t"), c.t, TOL, w + " t");
			rel(num(e, "df"), c.df, 0, w + " df");
			rel(num(e, "p_raw"), c.pRaw, TOL, w + " p raw");
			// The oracle's Holm-Sidak uses the naive 1 - (1 - p)^j, whose absolute error is about
			// K * 2^-53 (it gives 8.88e-16 where the exact value is 6.71e-16): allow that much.
			Oracle.relAbs(num(e, "p_holm_sidak"), hs.get(i).pAdj, TOL, NAIVE_ABS, w + " Holm-Sidak");
			if (replicated) {
				rel(num(e, "p_sidak_accurate"), c.pAdj, TOL, w + " Sidak");
				rel(num(e, "p_bonferroni"), bon.get(i).pAdj, TOL, w + " Bonferroni");
				JsonArray ci = e.getAsJsonArray("ci95_sidak");
				rel(num(ci.get(0)), c.ciLow, TOL, w + " Sidak CI low");
				rel(num(ci.get(1)), c.ciHigh, TOL, w + " Sidak CI high");
				JsonArray ciu = e.getAsJsonArray("ci95_unadjusted");
				rel(num(ciu.get(0)), lsd.get(i).ciLow, TOL, w + " CI low");
				rel(num(ciu.get(1)), lsd.get(i).ciHigh, TOL, w + " CI high");
				assertEquals(str(e, "prism_adjusted_p"), c.pDisplay(), w + " display");
				assertEquals(str(e, "prism_summary"), c.stars(), w + " stars");
			}
			else {
				// the oracle's raw-cell variant used the naive 1-(1-p)^K; fine at these P sizes
				Oracle.relAbs(num(e, "p_sidak"), c.pAdj, TOL, NAIVE_ABS, w + " Sidak");
			}
		}
	}
}
