package org.blotfig.stats;

/**
 * Unpaired two-sample tests as R's {@code t.test} (Student with var.equal = TRUE, Welch) and
 * {@code wilcox.test} compute them, returned as a {@link Comparison} of group1 - group2 with the
 * raw P in both P fields (adjust a family with {@link Family}). Where R stops with an error
 * ("not enough observations", "data are essentially constant"), the statistic and P are NaN and
 * {@link Comparison#note} says why.
 */
public final class TwoSampleTests {

	private TwoSampleTests() {}

	/** Student's t with pooled variance, df = n1 + n2 - 2 (defined for n1 = 1 when n2 &ge; 2). */
	public static Comparison student(String row, String g1, String g2, double[] x, double[] y) {
		Descriptives a = Descriptives.of(x), b = Descriptives.of(y);
		int df = a.n + b.n - 2;
		double diff = a.mean - b.mean;
		if (df < 1) return undefined(row, g1, g2, diff, "not enough observations (n1 + n2 < 3)");
		double ss = (a.n > 1 ? a.sd * a.sd * (a.n - 1) : 0) + (b.n > 1 ? b.sd * b.sd * (b.n - 1) : 0);
		double se = Math.sqrt(ss / df * (1.0 / a.n + 1.0 / b.n));
		if (constant(se, a, b)) return undefined(row, g1, g2, diff, "data are essentially constant");
		double t = diff / se, p = Distributions.tTwoSided(t, df);
		return new Comparison(row, g1, g2, diff, se, t, df, p, p, Double.NaN, Double.NaN);
	}

	/** Welch's t with Welch-Satterthwaite df; needs two values in each group. */
	public static Comparison welch(String row, String g1, String g2, double[] x, double[] y) {
		Descriptives a = Descriptives.of(x), b = Descriptives.of(y);
		double diff = a.mean - b.mean;
		if (a.n < 2 || b.n < 2) return undefined(row, g1, g2, diff, "Welch's test needs at least 2 values per group");
		double va = a.sd * a.sd / a.n, vb = b.sd * b.sd / b.n;
		double se = Math.sqrt(va + vb);
		if (constant(se, a, b)) return undefined(row, g1, g2, diff, "data are essentially constant");
		double df = (va + vb) * (va + vb) / (va * va / (a.n - 1) + vb * vb / (b.n - 1));
		double t = diff / se, p = Distributions.tTwoSided(t, df);
		return new Comparison(row, g1, g2, diff, se, t, df, p, p, Double.NaN, Double.NaN);
	}

	/**
	 * Mann-Whitney U (Wilcoxon rank-sum) as R's wilcox.test defaults: exact P when both groups
	 * have fewer than 50 values and there are no ties, else the normal approximation with
	 * continuity correction and tie-corrected variance. The statistic (in {@code t}) is R's W =
	 * rank sum of group 1 - n1 (n1 + 1) / 2; diff is the difference of means; se and df are NaN.
	 */
	public static Comparison mannWhitney(String row, String g1, String g2, double[] x, double[] y) {
		double diff = Descriptives.of(x).mean - Descriptives.of(y).mean;
		MannWhitney mw = MannWhitney.test(x, y);
		Comparison c = new Comparison(row, g1, g2, diff, Double.NaN, mw.w, Double.NaN, mw.p, mw.p,
			Double.NaN, Double.NaN);
		return Double.isNaN(mw.p) ? c.withNote("P undefined: all values are equal") : c;
	}

	/** R's t.test check: stderr &lt; 10 eps max(|mean x|, |mean y|). */
	private static boolean constant(double se, Descriptives a, Descriptives b) {
		return !(se >= 10 * Math.ulp(1.0) * Math.max(Math.abs(a.mean), Math.abs(b.mean))) || se == 0;
	}

	private static Comparison undefined(String row, String g1, String g2, double diff, String why) {
		return new Comparison(row, g1, g2, diff, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
			Double.NaN, Double.NaN, Double.NaN).withNote(why);
	}
}
