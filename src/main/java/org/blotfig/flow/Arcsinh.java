package org.blotfig.flow;

/**
 * The Gating-ML 2.0 parametrized inverse hyperbolic sine: fasinh(x) = (asinh(x sinh(M ln10) / T)
 * + A ln10) / ((M + A) ln10). T maps to 1, 0 to A / (M + A); linear near 0, log for large x.
 */
public final class Arcsinh implements DisplayTransform {

	public final double t, m, a;
	private final double scale, norm, shift;

	public Arcsinh(double t, double m, double a) {
		if (!(t > 0) || !(m > 0) || !(a >= 0) || a > m)
			throw new IllegalArgumentException("arcsinh needs T > 0, M > 0, 0 <= A <= M (got T=" + t +
				", M=" + m + ", A=" + a + ")");
		this.t = t;
		this.m = m;
		this.a = a;
		scale = Math.sinh(m * Math.log(10)) / t;
		norm = (m + a) * Math.log(10);
		shift = a * Math.log(10);
	}

	private static double asinh(double x) {
		// sign-symmetric form avoids cancellation for large negative x
		double ax = Math.abs(x);
		double r = Math.log(ax + Math.sqrt(ax * ax + 1));
		if (ax < 1e-8) r = ax; // asinh(x) = x + O(x^3)
		else if (ax < 0.5) r = Math.log1p(ax + ax * ax / (1 + Math.sqrt(ax * ax + 1)));
		return x < 0 ? -r : r;
	}

	@Override
	public double apply(double x) {
		return (asinh(x * scale) + shift) / norm;
	}

	@Override
	public double inverse(double y) {
		return Math.sinh(y * norm - shift) / scale;
	}

	@Override
	public String toString() {
		return "arcsinh(T=" + t + ", M=" + m + ", A=" + a + ")";
	}
}
