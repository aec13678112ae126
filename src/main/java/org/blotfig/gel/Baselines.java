package org.blotfig.gel;

import java.util.Arrays;

/** 1-D background estimates under a lane profile. */
final class Baselines {

	private Baselines() {}

	/**
	 * A ball of radius r (px; intensities count as px like ImageJ's rolling ball) rolled under
	 * the profile: at each position the highest point of the ball's upper surface when the ball
	 * is pushed up against the profile from below.
	 */
	static double[] rollingBall(double[] p, double r) {
		int n = p.length;
		int ri = (int) Math.max(1, Math.round(r));
		double[] cap = new double[ri + 1];
		for (int t = 0; t <= ri; t++) cap[t] = Math.sqrt(Math.max(0, (double) ri * ri - (double) t * t));
		double[] z = new double[n];
		for (int c = 0; c < n; c++) {
			double m = Double.POSITIVE_INFINITY;
			for (int t = Math.max(-ri, -c); t <= Math.min(ri, n - 1 - c); t++) m = Math.min(m, p[c + t] - cap[Math.abs(t)]);
			z[c] = m;
		}
		double[] b = new double[n];
		Arrays.fill(b, Double.NEGATIVE_INFINITY);
		for (int c = 0; c < n; c++)
			for (int t = Math.max(-ri, -c); t <= Math.min(ri, n - 1 - c); t++)
				b[c + t] = Math.max(b[c + t], z[c] + cap[Math.abs(t)]);
		return b;
	}

	/** Mean of p over [from, to] clipped to the array. */
	static double mean(double[] p, int from, int to) {
		from = Math.max(0, from);
		to = Math.min(p.length - 1, to);
		double s = 0;
		for (int i = from; i <= to; i++) s += p[i];
		return to >= from ? s / (to - from + 1) : 0;
	}
}
