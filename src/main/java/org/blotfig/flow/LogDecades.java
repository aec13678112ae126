package org.blotfig.flow;

/**
 * The Gating-ML 2.0 log transform flog(x) = log10(x / T) / M + 1: T maps to 1 and the display
 * spans M decades down to T / 10^M at 0. Values <= 0 have no logarithm and give NaN, so callers
 * must drop or count them (figures note how many were left out).
 */
public final class LogDecades implements DisplayTransform {

	public final double t, m;

	public LogDecades(double t, double m) {
		if (!(t > 0) || !(m > 0)) throw new IllegalArgumentException("log needs T > 0 and M > 0 (got T=" + t +
			", M=" + m + ")");
		this.t = t;
		this.m = m;
	}

	@Override
	public double apply(double x) {
		return x > 0 ? Math.log10(x / t) / m + 1 : Double.NaN;
	}

	@Override
	public double inverse(double y) {
		return t * Math.pow(10, (y - 1) * m);
	}

	@Override
	public String toString() {
		return "log(T=" + t + ", M=" + m + ")";
	}
}
