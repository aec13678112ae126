package org.blotfig.stats;

/**
 * Dunnett's many-to-one distribution for single-step, two-sided comparisons of m groups with one
 * control: P(max_i |T_i| &gt; c) where T_i = (mean_i - mean_0) / SE_i share the pooled residual
 * df. The correlation between comparisons i and j is lambda_i lambda_j with lambda_i =
 * sqrt(n_i / (n_i + n_0)), a product structure, so each Z_i = lambda_i Z_0 + sqrt(1 - lambda_i^2)
 * E_i and the multivariate t probability reduces to the same kind of double integral as the
 * studentized range (one normal Z_0, one chi scale), evaluated deterministically instead of by
 * R multcomp/mvtnorm's randomized quasi-Monte Carlo.
 */
final class Dunnett {

	private static final GaussLegendre GL = new GaussLegendre(20);
	private static final double Z_PANEL = 1.5;

	private final double[] lambda;
	private final double[] sigma;
	private final double df;
	private final double lambdaMax;

	/**
	 * @param lambda sqrt(n_i / (n_i + n_control)) for each comparison
	 * @param df residual degrees of freedom (may be infinite)
	 */
	Dunnett(double[] lambda, double df) {
		this.lambda = lambda.clone();
		this.sigma = new double[lambda.length];
		double mx = 0;
		for (int i = 0; i < lambda.length; i++) {
			sigma[i] = Math.sqrt(1 - lambda[i] * lambda[i]);
			mx = Math.max(mx, lambda[i]);
		}
		this.lambdaMax = mx;
		this.df = df;
	}

	/** Adjusted P for an observed |t|: P(max_i |T_i| &ge; t). */
	double upper(double t) {
		if (Double.isNaN(t)) return Double.NaN;
		if (t <= 0) return 1;
		if (Double.isInfinite(t)) return 0;
		if (Double.isInfinite(df)) return normalTail(t, true);
		return StudentizedRange.scaleMixture(df, t, t * t, w -> normalTail(w, true));
	}

	/** P(max_i |T_i| &lt; t). */
	double lower(double t) {
		if (t <= 0) return 0;
		if (Double.isInfinite(df)) return normalTail(t, false);
		return StudentizedRange.scaleMixture(df, t, 0, w -> normalTail(w, false));
	}

	/** The two-sided critical value c with P(max |T_i| &lt; c) = confidence. */
	double quantile(double confidence) {
		return StudentizedRange.solveUpper(this::upper, 1 - confidence);
	}

	/**
	 * Infinite-df tail: integral over z of phi(z) P(max |Z_i| &gt; w | Z_0 = z) (or &le;). The
	 * integrand is even in z, so only z &ge; 0 is integrated (doubled); for large w its mass
	 * sits near z = lambda w.
	 */
	private double normalTail(double w, boolean upper) {
		if (w <= 0) return upper ? 1 : 0;
		double hi = Math.max(8.5, lambdaMax * w + 8.5);
		int panels = (int) Math.ceil(hi / Z_PANEL);
		return 2 * GL.integrate(z -> {
			double logNone = 0, prod = 1;
			for (int i = 0; i < lambda.length; i++) {
				// P(|Z_i| > w | z), both tails computed directly (no 1 - Phi)
				double u = Normal.cdf((lambda[i] * z - w) / sigma[i]) + Normal.cdf((-lambda[i] * z - w) / sigma[i]);
				if (upper) logNone += Math.log1p(-u);
				else prod *= Normal.cdf((w - lambda[i] * z) / sigma[i]) - Normal.cdf((-w - lambda[i] * z) / sigma[i]);
			}
			return Normal.pdf(z) * (upper ? -Math.expm1(logNone) : prod);
		}, 0, panels * Z_PANEL, panels);
	}
}
