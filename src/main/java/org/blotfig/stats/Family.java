package org.blotfig.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies a multiple-comparison method to one family of raw comparisons: fills the adjusted P
 * and the matching confidence interval (Sidak/Bonferroni: the family's t critical value at each
 * comparison's df; Tukey: studentized range; Dunnett: multivariate t; Holm-Sidak: none, as in
 * Prism). Comparisons whose P is undefined (NaN) stay NaN and do not count in the family size K.
 */
final class Family {

	static final double CONFIDENCE = 0.95;

	private Family() {}

	/**
	 * @param raw comparisons with diff, se, t, df and raw P
	 * @param kMeans number of means the family compares (Tukey's k)
	 * @param lambda Dunnett only: sqrt(n_i / (n_i + n_control)) per comparison, else null
	 */
	static List<Comparison> adjust(List<Comparison> raw, Posthoc method, int kMeans, double[] lambda) {
		List<Comparison> out = new ArrayList<>(raw.size());
		if (raw.isEmpty()) return out;
		double[] p = new double[raw.size()];
		for (int i = 0; i < p.length; i++) p[i] = raw.get(i).pRaw;
		int k = Math.max(1, FamilyAdjust.finiteCount(p));
		switch (method) {
			case NONE:
				for (Comparison c : raw) out.add(withT(c, c.pRaw, Distributions.tQuantileUpper((1 - CONFIDENCE) / 2, c.df)));
				return out;
			case SIDAK:
				for (Comparison c : raw) out.add(withT(c, FamilyAdjust.sidak(c.pRaw, k),
					FamilyAdjust.sidakT(CONFIDENCE, k, c.df)));
				return out;
			case BONFERRONI:
				for (Comparison c : raw) out.add(withT(c, FamilyAdjust.bonferroni(c.pRaw, k),
					FamilyAdjust.bonferroniT(CONFIDENCE, k, c.df)));
				return out;
			case HOLM_SIDAK: {
				double[] adj = FamilyAdjust.holmSidak(p);
				for (int i = 0; i < p.length; i++) out.add(raw.get(i).withAdjusted(adj[i], Double.NaN, Double.NaN));
				return out;
			}
			case TUKEY: {
				// q = |t| sqrt(2); t uses the Tukey-Kramer SE sqrt(MS (1/n1 + 1/n2)) for unequal n
				double df = raw.get(0).df;
				double qc = StudentizedRange.quantile(CONFIDENCE, kMeans, df) / Math.sqrt(2);
				for (Comparison c : raw) out.add(withT(c, StudentizedRange.upper(Math.abs(c.t) * Math.sqrt(2),
					kMeans, df), qc));
				return out;
			}
			case DUNNETT: {
				Dunnett d = new Dunnett(lambda, raw.get(0).df);
				double tc = d.quantile(CONFIDENCE);
				for (Comparison c : raw) out.add(withT(c, d.upper(Math.abs(c.t)), tc));
				return out;
			}
			default:
				throw new IllegalArgumentException(method.toString());
		}
	}

	/** diff +/- critical * SE (NaN when the comparison has no SE, e.g. Mann-Whitney). */
	private static Comparison withT(Comparison c, double pAdj, double critical) {
		return c.withAdjusted(pAdj, c.diff - critical * c.se, c.diff + critical * c.se);
	}
}
