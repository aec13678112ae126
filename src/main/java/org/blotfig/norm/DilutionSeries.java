package org.blotfig.norm;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

/**
 * Linearity of signal against load from a dilution series (the same lysate loaded at several
 * amounts): a ratio to a loading control means something only where both signals grow in
 * proportion to the load. Reports R² of a straight line over all points and the linear range:
 * the widest run of consecutive load levels (at least 3 points) whose own straight-line fit
 * reaches {@code minR2}. Above it the signal usually flattens (film or detector saturation,
 * substrate depletion), below it the band vanishes into background.
 */
public final class DilutionSeries {

	public static final double DEFAULT_MIN_R2 = 0.98;

	/** R² of a straight-line fit (with intercept) over all points. */
	public final double r2;
	public final double slope, intercept;
	/** Lowest and highest load of the linear range; NaN when no run of 3 points is linear. */
	public final double linearLow, linearHigh;
	/** R² inside the linear range. */
	public final double linearR2;

	private DilutionSeries(double r2, double slope, double intercept, double lo, double hi, double linR2) {
		this.r2 = r2;
		this.slope = slope;
		this.intercept = intercept;
		this.linearLow = lo;
		this.linearHigh = hi;
		this.linearR2 = linR2;
	}

	public static DilutionSeries check(double[] load, double[] signal, double minR2) {
		if (load.length != signal.length) throw new IllegalArgumentException("load and signal differ in length");
		int n = load.length;
		if (n < 3) throw new IllegalArgumentException("a dilution series needs at least 3 points, got " + n);
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			if (!Double.isFinite(load[i]) || !Double.isFinite(signal[i])) throw new IllegalArgumentException(
				"dilution point " + (i + 1) + " is not finite");
			order[i] = i;
		}
		Arrays.sort(order, Comparator.comparingDouble(i -> load[i]));
		double[] x = new double[n], y = new double[n];
		for (int i = 0; i < n; i++) {
			x[i] = load[order[i]];
			y[i] = signal[order[i]];
		}
		if (x[0] == x[n - 1]) throw new IllegalArgumentException("all dilution points have the same load");
		double[] all = LeastSquares.line(x, y, 0, n);
		// windows start and end at load-level boundaries so that replicates stay together
		double bestLo = Double.NaN, bestHi = Double.NaN, bestR2 = Double.NaN, bestSpan = -1;
		for (int a = 0; a < n; a++) {
			if (a > 0 && x[a] == x[a - 1]) continue;
			for (int b = a + 3; b <= n; b++) {
				if (b < n && x[b] == x[b - 1]) continue;
				if (x[b - 1] == x[a]) continue;
				double r2 = LeastSquares.line(x, y, a, b)[2];
				if (r2 < minR2) continue;
				double span = b - a;
				if (span > bestSpan || (span == bestSpan && r2 > bestR2)) {
					bestSpan = span;
					bestLo = x[a];
					bestHi = x[b - 1];
					bestR2 = r2;
				}
			}
		}
		return new DilutionSeries(all[2], all[1], all[0], bestLo, bestHi, bestR2);
	}

	/** Whether a load lies inside the linear range. */
	public boolean isLinearAt(double load) {
		return load >= linearLow && load <= linearHigh;
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "R2 %.4f over all loads; linear (R2 >= threshold) from %s to %s",
			r2, Double.isNaN(linearLow) ? "-" : LadderFit.fmt(linearLow),
			Double.isNaN(linearHigh) ? "-" : LadderFit.fmt(linearHigh));
	}
}
