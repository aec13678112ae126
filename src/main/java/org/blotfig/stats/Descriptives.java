package org.blotfig.stats;

import org.blotfig.core.InputException;

/**
 * n, mean, SD (n - 1 denominator), SEM and the 95 % t confidence interval of one sample. SD, SEM
 * and CI are NaN for n = 1, as R gives NA (there is no spread to estimate from one value).
 */
public final class Descriptives {

	public final int n;
	public final double mean;
	public final double sd;
	public final double sem;
	public final double ci95Low;
	public final double ci95High;

	private Descriptives(int n, double mean, double sd) {
		this.n = n;
		this.mean = mean;
		this.sd = sd;
		this.sem = sd / Math.sqrt(n);
		double half = n > 1 ? Distributions.tQuantileUpper(0.025, n - 1) * sem : Double.NaN;
		this.ci95Low = mean - half;
		this.ci95High = mean + half;
	}

	/** @throws InputException for an empty sample or a non-finite value */
	public static Descriptives of(double... x) {
		if (x.length == 0) throw new InputException("no values to describe");
		for (double v : x)
			if (Double.isNaN(v) || Double.isInfinite(v)) throw new InputException("value " + v +
				" is not a finite number");
		double m = mean(x);
		return new Descriptives(x.length, m, x.length > 1 ? Math.sqrt(sumSquares(x, m) / (x.length - 1))
			: Double.NaN);
	}

	/** Mean with one correction pass, so that it is as exact as the data allow. */
	static double mean(double[] x) {
		double s = 0;
		for (double v : x) s += v;
		double m = s / x.length;
		double c = 0;
		for (double v : x) c += v - m;
		return m + c / x.length;
	}

	/** Sum of squared deviations from {@code m}. */
	static double sumSquares(double[] x, double m) {
		double ss = 0;
		for (double v : x) ss += (v - m) * (v - m);
		return ss;
	}
}
