/**
 * Embedded statistics equal to R and GraphPad Prism, on Apache Commons Math 3 (no ImageJ, no UI).
 *
 * <p>Entry points: {@link org.blotfig.stats.TwoWayAnova#fit} (Type III sums of squares by
 * regression with sum-to-zero coding, Prism's method; additive model when every cell has one
 * value) returning {@link org.blotfig.stats.TwoWayAnovaResult} with
 * {@code withinRowComparisons(Posthoc)}, {@code allCellComparisons} and
 * {@code rowMainEffectComparisons}/{@code colMainEffectComparisons}; {@link org.blotfig.stats.OneWayAnova};
 * {@link org.blotfig.stats.TwoSampleTests} (Student, Welch, Mann-Whitney);
 * {@link org.blotfig.stats.Descriptives}; {@link org.blotfig.stats.StatsAnalysis} runs what the
 * CLI and the Fiji command run. Input is a {@link org.blotfig.stats.LongTable}.
 *
 * <p>Choices, and why:
 * <ul>
 * <li>Within-row comparisons use the raw cell means and the pooled residual MS and df of the whole
 * ANOVA. Sidak, Bonferroni, Holm-Sidak and Fisher LSD take all rows as one family (Prism: K =
 * number of rows for two columns); Tukey and Dunnett take one family per row with k = number of
 * columns (R {@code emmeans(fit, ~ col | row)}; which family Prism uses for these two is not
 * verified here). Without replication the raw cell values are compared with the additive model's
 * MS (emmeans would give every row the column main effect); Prism's choice there is unverified.</li>
 * <li>Tail probabilities come from the incomplete beta function with the small tail computed
 * directly (P values of 1e-19 keep their digits); Sidak is -expm1(K log1p(-p)).</li>
 * <li>The studentized range and Dunnett's distribution are integrated deterministically
 * (Gauss-Legendre panels), ~1e-13 relative, far better than R's ptukey (~5e-8) and mvtnorm's
 * randomized integration.</li>
 * <li>Mann-Whitney follows R's wilcox.test defaults: exact when both groups have &lt; 50 values and
 * no ties, else the normal approximation with continuity correction and tie correction.</li>
 * <li>Where R refuses a test (one value per group for Welch, constant data for t tests), the P is
 * NaN and {@link org.blotfig.stats.Comparison#note} says why; NaN or empty input is an
 * {@link org.blotfig.core.InputException}.</li>
 * </ul>
 */
package org.blotfig.stats;
