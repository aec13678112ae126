package org.blotfig.flow;

/**
 * The logicle display transform (Parks, Roederer and Moore 2006; Moore and Parks 2012), as
 * defined by Gating-ML 2.0: T is the top of scale, W the linearisation width in decades, M the
 * total display decades and A the additional negative decades. It maps T to 1 and is linear near
 * zero and logarithmic for large values, so negative compensated events stay visible.
 *
 * <p>The inverse is the biexponential B(y) = a e^(b y) - c e^(-d y) - f for y >= x1 (continued
 * by the symmetry B(2 x1 - y) = -B(y)); the forward transform solves B(y) = x by Newton steps
 * kept inside a bisection bracket, to about 1e-14.
 */
public final class Logicle implements DisplayTransform {

	public final double t, w, m, a;
	private final double pa, pb, pc, pd, pf, x1;

	public Logicle(double t, double w, double m, double a) {
		if (!(t > 0) || !(m > 0) || !(w >= 0) || 2 * w > m || -a > w || a + 2 * w > m)
			throw new IllegalArgumentException("logicle needs T > 0, M > 0, 0 <= W <= M/2, -W <= A <= M - 2W " +
				"(got T=" + t + ", W=" + w + ", M=" + m + ", A=" + a + ")");
		this.t = t;
		this.w = w;
		this.m = m;
		this.a = a;
		double ww = w / (m + a);
		double x2 = a / (m + a);
		x1 = x2 + ww;
		double x0 = x2 + 2 * ww;
		pb = (m + a) * Math.log(10);
		pd = solveD(pb, ww);
		double ca = Math.exp(x0 * (pb + pd));
		double mfa = Math.exp(pb * x1) - ca / Math.exp(pd * x1);
		pa = t / ((Math.exp(pb) - mfa) - ca / Math.exp(pd));
		pc = ca * pa;
		pf = -mfa * pa;
	}

	/** d solves 2 (ln d - ln b) + w (b + d) = 0 on (0, b]; d = b when w = 0. */
	private static double solveD(double b, double w) {
		if (w == 0) return b;
		double lo = 0, hi = b;
		for (int i = 0; i < 200; i++) {
			double mid = 0.5 * (lo + hi);
			double g = 2 * (Math.log(mid) - Math.log(b)) + w * (b + mid);
			if (g > 0) hi = mid;
			else lo = mid;
			if (hi - lo <= 1e-16 * b) break;
		}
		return 0.5 * (lo + hi);
	}

	private double biex(double y) {
		return pa * Math.exp(pb * y) - pc * Math.exp(-pd * y) + pf;
	}

	private double slope(double y) {
		return pa * pb * Math.exp(pb * y) + pc * pd * Math.exp(-pd * y);
	}

	@Override
	public double apply(double x) {
		if (Double.isNaN(x)) return Double.NaN;
		if (x == 0) return x1;
		double v = Math.abs(x);
		double lo = x1, hi = 1;
		while (biex(hi) < v) {
			lo = hi;
			hi *= 2;
			if (hi > 1e6) return x > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
		}
		double y = Math.log(v / pa) / pb; // the log branch: a good start for large values
		if (!(y > lo && y < hi)) y = 0.5 * (lo + hi);
		for (int i = 0; i < 100; i++) {
			double g = biex(y) - v;
			if (g == 0) break;
			if (g > 0) hi = y;
			else lo = y;
			double next = y - g / slope(y);
			if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
			if (Math.abs(next - y) <= 1e-15 * Math.max(1, Math.abs(y))) {
				y = next;
				break;
			}
			y = next;
		}
		return x < 0 ? 2 * x1 - y : y;
	}

	@Override
	public double inverse(double y) {
		return y >= x1 ? biex(y) : -biex(2 * x1 - y);
	}

	@Override
	public String toString() {
		return "logicle(T=" + t + ", W=" + w + ", M=" + m + ", A=" + a + ")";
	}
}
