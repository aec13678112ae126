package org.blotfig.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The accuracy benchmark's tables (Markdown, as pasted into BENCHMARKS.md) and its last line. */
public final class AccuracyReport {

	/** Targets from issue 3. */
	public static final double LANES_EXACT = 0.98, MEDIAN = 0.02, P95 = 0.05, VS_IMAGEJ = 2;

	private AccuracyReport() {}

	public static String table(AccuracyBenchmark.Result r) {
		StringBuilder s = new StringBuilder();
		s.append("| bucket | images | lanes exact | lane centre err px (median / p95) | ladders found as ladder " +
			"| bands missed | false bands | blotfig volume err (median / p95) | ImageJ volume err (median / p95) " +
			"| ImageJ / blotfig median | true-background sum (median / p95) | ratio err blotfig / ImageJ (median) | saturated flagged |\n");
		s.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
		for (Map.Entry<String, Tally> e : r.buckets.entrySet()) {
			Tally t = e.getValue();
			if (t.images() == 0) continue;
			s.append(String.format(Locale.ROOT,
				"| %s | %d | %.1f %% | %.2f / %.2f | %d / %d | %.1f %% | %.1f %% | %s / %s | %s / %s | %s | %s / %s | %s / %s | %d / %d |\n",
				e.getKey(), t.images(), 100 * t.lanesExactRate(), t.laneErrorMedian(), t.laneErrorP95(),
				t.laddersRecognised(), t.ladders(), 100 * t.missRate(), 100 * t.falseRate(), pct(t.oursMedian()),
				pct(t.oursP95()), pct(t.imagejMedian()), pct(t.imagejP95()), times(t.imagejMedian() / t.oursMedian()),
				pct(t.oracleMedian()), pct(t.oracleP95()),
				pct(t.ratioOursMedian()), pct(t.ratioImageJMedian()), t.saturatedFlagged(), t.saturated()));
		}
		return s.toString();
	}

	/** Each target of the issue, met or not, for all images and each difficulty. */
	public static String targets(AccuracyBenchmark.Result r) {
		StringBuilder s = new StringBuilder();
		s.append("| bucket | lanes exact >= 98 % | volume median <= 2 % | volume p95 <= 5 % " +
			"| >= 2x lower median than ImageJ on gradients | every saturated band flagged |\n");
		s.append("|---|---|---|---|---|---|\n");
		for (String b : new String[] { "all", "clean", "typical", "hard" }) {
			Tally t = r.buckets.get(b), g = r.buckets.get(b.equals("all") ? "gradient" : b + " + gradient");
			if (t == null || t.images() == 0) continue;
			double vs = g == null || g.images() == 0 ? Double.NaN : g.imagejMedian() / g.oursMedian();
			s.append(String.format(Locale.ROOT, "| %s | %s (%.1f %%) | %s (%s) | %s (%s) | %s (%s) | %s (%d / %d) |\n", b,
				met(t.lanesExactRate() >= LANES_EXACT), 100 * t.lanesExactRate(), met(t.oursMedian() <= MEDIAN),
				pct(t.oursMedian()), met(t.oursP95() <= P95), pct(t.oursP95()),
				Double.isNaN(vs) ? "n/a" : met(vs >= VS_IMAGEJ), times(vs), met(t.saturatedFlagged() == t.saturated()),
				t.saturatedFlagged(), t.saturated()));
		}
		return s.toString();
	}

	/** The machine-readable last line (fractions, not percent). */
	public static String lastLine(AccuracyBenchmark.Result r) {
		Tally a = r.all();
		return String.format(Locale.ROOT, "lanes_exact=%.4f volume_median_rel_err=%.5f volume_p95_rel_err=%.5f " +
			"imagej_median_rel_err=%.5f", a.lanesExactRate(), a.oursMedian(), a.oursP95(), a.imagejMedian());
	}

	/** Per-image problem lines, for the failure list. */
	public static List<String> failureLines(AccuracyBenchmark.Result r) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < r.cases.size(); i++) {
			List<String> f = AccuracyBenchmark.failures(r.cases.get(i), r.scores.get(i), r.errors.get(i));
			if (f.isEmpty()) continue;
			out.add(r.cases.get(i).describe());
			for (String l : f) out.add("    " + l);
		}
		return out;
	}

	static String pct(double v) {
		return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f %%", 100 * v);
	}

	static String times(double v) {
		return Double.isNaN(v) || Double.isInfinite(v) ? "n/a" : String.format(Locale.ROOT, "%.1fx", v);
	}

	static String met(boolean ok) {
		return ok ? "met" : "NOT met";
	}
}
