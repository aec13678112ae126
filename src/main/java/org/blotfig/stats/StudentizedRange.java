package org.blotfig.stats;

import org.apache.commons.math3.special.Gamma;

/**
 * The studentized range distribution (Tukey's q): P(Q &le; q) for k means and df error degrees
 * of freedom, by direct numerical integration of its defining double integral (the classical
 * approach of Copenhaver and Holland / AS 190, here with 20-point Gauss-Legendre panels placed
 * around where the integrand lives, so it reaches ~1e-13 relative instead of R's ~1e-8
 * absolute).
 *
 * <p>With Phi the normal cdf and phi its density, the range of k standard normals has
 * P(W &le; w) = k &int; phi(z) [Phi(z) - Phi(z - w)]^(k-1) dz, and the studentized range
 * averages that over s = S/sigma, whose density is that of sqrt(chi2_df / df). The upper tail is
 * integrated directly as k &int; phi(z) {Phi(z)^(k-1) - [Phi(z) - Phi(z - w)]^(k-1)} dz (with
 * the difference of powers via expm1/log1p), never as 1 - cdf, so Tukey P values keep their
 * relative precision far below 1e-16.
 */
public final class StudentizedRange {

	/** Inner (z) rule; the outer (s) integrand is smoother and 12 points per panel suffice. */
	private static final GaussLegendre GL = new GaussLegendre(20);
	private static final GaussLegendre GL_OUTER = new GaussLegendre(12);
	/** Integrand ranges are cut where the log integrand has dropped by this much (e^-40 ~ 4e-18). */
	private static final double LOG_DROP = 40;
	/** Half width in z of the inner integrand (phi(8.5) / phi(0) ~ 2e-16). */
	private static final double Z_HALF = 8.5;
	/**
	 * Inner panel width: Phi(z)^(k-1) sharpens with k; width 3 left 5e-12 relative error at
	 * k = 20, width 1.5 gives ~1e-15.
	 */
	private static final double Z_PANEL = 1.5;

	private StudentizedRange() {}

	/** P(Q &le; q); df may be {@code Double.POSITIVE_INFINITY}. */
	public static double lower(double q, int k, double df) {
		return tail(q, k, df, false);
	}

	/** P(Q &gt; q), the Tukey P value for an observed q = |t| sqrt(2). */
	public static double upper(double q, int k, double df) {
		return tail(q, k, df, true);
	}

	private static double tail(double q, int k, double df, boolean upper) {
		if (Double.isNaN(q) || k < 2 || !(df > 0)) return Double.NaN;
		if (q <= 0) return upper ? 1 : 0;
		if (Double.isInfinite(q)) return upper ? 0 : 1;
		// Each tail has its own integral, so either is computed to full relative precision.
		return integrate(q, k, df, upper);
	}

	private static double integrate(double q, int k, double df, boolean upper) {
		if (Double.isInfinite(df)) return rangeTail(q, k, upper);
		// The range's upper tail decays like exp(-w^2/4), so the product lives at smaller s.
		return scaleMixture(df, q, upper ? q * q / 2 : 0, w -> rangeTail(w, k, upper));
	}

	/**
	 * Integral over s of the density of s = sqrt(chi2_df / df) times {@code tail(c s)}: how a
	 * normal-theory probability becomes a studentized one (also used for Dunnett).
	 *
	 * @param extraB how fast log tail(c s) falls, as b in exp(-b s^2 / 2) (0 if it does not)
	 */
	static double scaleMixture(double df, double c, double extraB, java.util.function.DoubleUnaryOperator tail) {
		// The density of s is ~ s^(df-1) exp(-df s^2/2); model the product as a ln s - b s^2/2 to
		// find its support.
		double a = df - 1, b = df + extraB;
		double[] range = logConcaveRange(a, b);
		double sigma = 1 / Math.sqrt(2 * b);
		// Panels: every 3 "standard deviations" of the model, plus steps of 1.5/c where the
		// normal-theory factor itself changes (w = c s below 12), which the model does not see.
		java.util.TreeSet<Double> cuts = new java.util.TreeSet<>();
		for (double s = range[0]; s < range[1]; s += 3 * sigma) cuts.add(s);
		for (double w = 1.5; w < 12 && w / c < range[1]; w += 1.5)
			if (w / c > range[0]) cuts.add(w / c);
		cuts.add(range[1]);
		double sum = 0, prev = Double.NaN;
		for (double cut : cuts) {
			if (!Double.isNaN(prev)) sum += GL_OUTER.integrate(s -> s <= 0 ? 0 : Math.exp(logScaleDensity(s, df)) *
				tail.applyAsDouble(c * s), prev, cut, 1);
			prev = cut;
		}
		return sum;
	}

	/**
	 * log density of s = sqrt(chi2_df / df). Written around s = 1 (with Stirling's series for
	 * the gamma function) because the textbook form (df/2) ln(df/2) - lgamma(df/2) + ... cancels
	 * terms of size ~df and would cost ~1e-13 relative at df = 1000.
	 */
	static double logScaleDensity(double s, double df) {
		double x = df / 2, d = s - 1;
		// x ln x + ln 2 - lgamma(x) = 0.5 ln x + x + ln 2 - 0.5 ln(2 pi) - stirling(x), and
		// (df - 1) ln s - df s^2/2 + x = x (2 ln s + 1 - s^2) - ln s
		double core = x * (2 * Math.log1p(d) - 2 * d - d * d) - Math.log(s);
		return 0.5 * Math.log(x) + LOG_2_OVER_SQRT_2PI - stirling(x) + core;
	}

	private static final double LOG_2_OVER_SQRT_2PI = Math.log(2) - 0.5 * Math.log(2 * Math.PI);

	/** lgamma(x) - [(x - 1/2) ln x - x + ln(2 pi)/2]. */
	static double stirling(double x) {
		if (x < 50) return Gamma.logGamma(x) - ((x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI));
		double r = 1 / x, r2 = r * r; // series error < 1/(1188 x^9) < 1e-18 here
		return r * (1.0 / 12 - r2 * (1.0 / 360 - r2 * (1.0 / 1260 - r2 / 1680)));
	}

	/**
	 * The interval where a ln s - b s^2 / 2 is within {@link #LOG_DROP} of its maximum (at
	 * s* = sqrt(a/b)); starts at 0 when the function never drops that far on the left.
	 */
	static double[] logConcaveRange(double a, double b) {
		if (a <= 0) { // monotone decreasing: from 0 to where b s^2/2 = LOG_DROP
			return new double[] { 0, Math.sqrt(2 * LOG_DROP / b) };
		}
		double mode = Math.sqrt(a / b);
		double top = g(mode, a, b);
		double lo = 0, hi = mode;
		if (g(Double.MIN_NORMAL, a, b) < top - LOG_DROP) {
			for (int i = 0; i < 200; i++) {
				double m = (lo + hi) / 2;
				if (g(m, a, b) < top - LOG_DROP) lo = m;
				else hi = m;
			}
		}
		double left = lo;
		lo = mode;
		hi = mode * 2 + 1;
		while (g(hi, a, b) > top - LOG_DROP) hi *= 2;
		for (int i = 0; i < 200; i++) {
			double m = (lo + hi) / 2;
			if (g(m, a, b) > top - LOG_DROP) lo = m;
			else hi = m;
		}
		return new double[] { left, hi };
	}

	private static double g(double s, double a, double b) {
		return a * Math.log(s) - b * s * s / 2;
	}

	/** P(W &le; w) or P(W &gt; w) for the range W of k standard normals (infinite df). */
	static double rangeTail(double w, int k, boolean upper) {
		if (w <= 0) return upper ? 1 : 0;
		final int m = k - 1;
		// Panels sit on a fixed lattice in z, so Phi(z) and phi(z) at the nodes come from a table
		// and only Phi(z - w) is evaluated here.
		int from, to;
		if (upper) { // integrand ~ phi(z) Phi(z - w) peaks near z = w/2 for large w
			from = (int) Math.floor(Math.max(0, w / 2) / Z_PANEL);
			to = (int) Math.ceil((Math.max(Z_HALF, w / 2 + Z_HALF) + Z_HALF) / Z_PANEL);
		}
		else {
			from = 0;
			to = (int) Math.ceil((2 * Z_HALF + Math.min(w, Z_HALF)) / Z_PANEL);
		}
		to = Math.min(to, LATTICE_PANELS);
		double sum = 0;
		for (int i = from * GL.x.length; i < to * GL.x.length; i++) {
			double z = NODE_Z[i], pz = NODE_CDF[i];
			if (pz == 0) continue;
			double pw = cdf(z - w), f;
			if (upper) f = -Math.pow(pz, m) * Math.expm1(m * Math.log1p(-pw / pz));
			else {
				double d = pz - pw;
				f = d <= 0 ? 0 : Math.pow(d, m);
			}
			sum += NODE_WPDF[i] * f;
		}
		return k * sum;
	}

	/** Lattice panels of width Z_PANEL from -Z_HALF up to z = 40 (beyond, phi(z) = 0). */
	private static final int LATTICE_PANELS = (int) Math.ceil((40 + Z_HALF) / Z_PANEL);
	private static final double[] NODE_Z = new double[LATTICE_PANELS * GL.x.length];
	private static final double[] NODE_CDF = new double[NODE_Z.length];
	/** Gauss-Legendre weight x half panel width x phi(z). */
	private static final double[] NODE_WPDF = new double[NODE_Z.length];
	static {
		int n = GL.x.length;
		for (int j = 0; j < LATTICE_PANELS; j++)
			for (int i = 0; i < n; i++) {
				double z = -Z_HALF + (j + 0.5) * Z_PANEL + Z_PANEL / 2 * GL.x[i];
				NODE_Z[j * n + i] = z;
				NODE_CDF[j * n + i] = Normal.cdf(z);
				NODE_WPDF[j * n + i] = GL.w[i] * Z_PANEL / 2 * Normal.pdf(z);
			}
	}

	static double pdf(double z) {
		return Normal.pdf(z);
	}

	static double cdf(double z) {
		return Normal.cdf(z);
	}

	/** The q with P(Q &le; q) = p (e.g. p = 0.95 for Tukey's 95 % critical value). */
	public static double quantile(double p, int k, double df) {
		if (!(p > 0 && p < 1) || k < 2 || !(df > 0)) return Double.NaN;
		return solveUpper(q -> upper(q, k, df), 1 - p);
	}

	/**
	 * The x &gt; 0 with upper(x) = tailP for a decreasing tail probability: root of log upper(x) -
	 * log tailP, nearly quadratic in x, by bracketing then the Illinois variant of regula falsi
	 * (superlinear, never leaves the bracket).
	 */
	static double solveUpper(java.util.function.DoubleUnaryOperator upper, double tailP) {
		final double logTail = Math.log(tailP);
		double lo = 0, flo = -logTail, hi = 2;
		double fhi = Math.log(upper.applyAsDouble(hi)) - logTail;
		while (fhi > 0) {
			lo = hi;
			flo = fhi;
			hi *= 2;
			if (hi > 1e4) return Double.NaN;
			fhi = Math.log(upper.applyAsDouble(hi)) - logTail;
		}
		int side = 0;
		for (int it = 0; it < 100; it++) {
			double x = (lo * fhi - hi * flo) / (fhi - flo);
			double fx = Math.log(upper.applyAsDouble(x)) - logTail;
			if (Math.abs(fx) < 1e-14 || hi - lo < 1e-15 * hi) return x;
			if (fx > 0) {
				lo = x;
				flo = fx;
				if (side == -1) fhi /= 2;
				side = -1;
			}
			else {
				hi = x;
				fhi = fx;
				if (side == 1) flo /= 2;
				side = 1;
			}
		}
		return (lo + hi) / 2;
	}
}
