package org.blotfig.stats;

/**
 * A fixed-order Gauss-Legendre rule on [-1, 1], computed once by Newton's method on the
 * Legendre recurrence (nodes and weights to machine precision, nothing typed in by hand).
 * Applied on short panels it integrates the smooth, Gaussian-like integrands of the
 * studentized range and Dunnett distributions to ~1e-15 relative.
 */
final class GaussLegendre {

	final double[] x;
	final double[] w;

	GaussLegendre(int n) {
		x = new double[n];
		w = new double[n];
		for (int i = 0; i < (n + 1) / 2; i++) {
			double z = Math.cos(Math.PI * (i + 0.75) / (n + 0.5)); // classical first guess
			double dp = 0;
			for (int it = 0; it < 100; it++) {
				double p0 = 1, p1 = z;
				for (int j = 2; j <= n; j++) {
					double p2 = ((2 * j - 1) * z * p1 - (j - 1) * p0) / j;
					p0 = p1;
					p1 = p2;
				}
				// p1 = P_n(z), p0 = P_{n-1}(z)
				dp = n * (z * p1 - p0) / (z * z - 1);
				double dz = p1 / dp;
				z -= dz;
				if (Math.abs(dz) < 1e-16) break;
			}
			x[i] = -z;
			x[n - 1 - i] = z;
			w[i] = w[n - 1 - i] = 2 / ((1 - z * z) * dp * dp);
		}
	}

	/** Integral of f over [a, b] split into {@code panels} equal panels. */
	double integrate(Fn f, double a, double b, int panels) {
		double h = (b - a) / panels, sum = 0;
		for (int p = 0; p < panels; p++) {
			double mid = a + (p + 0.5) * h, half = h / 2, s = 0;
			for (int i = 0; i < x.length; i++) s += w[i] * f.at(mid + half * x[i]);
			sum += s * half;
		}
		return sum;
	}

	@FunctionalInterface
	interface Fn {
		double at(double x);
	}
}
