package org.blotfig.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies a multiple-comparison method to one family of raw (Fisher LSD) comparisons that all
 * use the same pooled residual MS and df: fills the adjusted P and the matching confidence
 * interval (Sidak/Bonferroni: t critical value of the family; Tukey: studentized range;
 * Dunnett: multivariate t; Holm-Sidak: none, as in Prism).
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
		int k = raw.size();
		List<Comparison> out = new ArrayList<>(k);
		if (k == 0) return out;
		double df = raw.get(0).df;
		switch (method) {
			case NONE: {
				double tc = Distributions.tQuantileUpper((1 - CONFIDENCE) / 2, df);
				for (Comparison c : raw) out.add(c.withAdjusted(c.pRaw, c.diff - tc * c.se, c.diff + tc * c.se));
				return out;
			}
			case SIDAK: {
				double tc = FamilyAdjust.sidakT(CONFIDENCE, k, df);
				for (Comparison c : raw) out.add(c.withAdjusted(FamilyAdjust.sidak(c.pRaw, k),
					c.diff - tc * c.se, c.diff + tc * c.se));
				return out;
			}
			case BONFERRONI: {
				double tc = FamilyAdjust.bonferroniT(CONFIDENCE, k, df);
				for (Comparison c : raw) out.add(c.withAdjusted(FamilyAdjust.bonferroni(c.pRaw, k),
					c.diff - tc * c.se, c.diff + tc * c.se));
				return out;
			}
			case HOLM_SIDAK: {
				double[] p = new double[k];
				for (int i = 0; i < k; i++) p[i] = raw.get(i).pRaw;
				double[] adj = FamilyAdjust.holmSidak(p);
				for (int i = 0; i < k; i++) out.add(raw.get(i).withAdjusted(adj[i], Double.NaN, Double.NaN));
				return out;
			}
			case TUKEY: {
				// q = |t| sqrt(2) (t uses the Tukey-Kramer SE for unequal n)
				double qc = StudentizedRange.quantile(CONFIDENCE, kMeans, df) / Math.sqrt(2);
				for (Comparison c : raw) out.add(c.withAdjusted(
					StudentizedRange.upper(Math.abs(c.t) * Math.sqrt(2), kMeans, df),
					c.diff - qc * c.se, c.diff + qc * c.se));
				return out;
			}
			case DUNNETT: {
				Dunnett d = new Dunnett(lambda, df);
				double tc = d.quantile(CONFIDENCE);
				for (Comparison c : raw) out.add(c.withAdjusted(d.upper(Math.abs(c.t)),
					c.diff - tc * c.se, c.diff + tc * c.se));
				return out;
			}
			default:
				throw new IllegalArgumentException(method.toString());
		}
	}
}
