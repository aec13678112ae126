package org.blotfig.norm;

import java.util.Arrays;

/**
 * Molecular-weight calibration from a ladder lane: log10(kDa) fitted against the migration
 * coordinate (Rf, or y in px) by least squares, either a straight line (the classic
 * semi-log standard curve, valid over the gel's linear range) or a cubic (bends at both ends
 * of gradient gels). Residuals are reported in % of the nominal size so that a bad fit or a
 * mis-assigned ladder band is visible.
 */
public final class MwCalibration {

	public enum Model {
		LOG_LINEAR(1, 3), CUBIC(3, 5);

		final int degree;
		/** Fewest ladder bands that still leave residuals to judge the fit by. */
		final int minPoints;

		Model(int degree, int minPoints) {
			this.degree = degree;
			this.minPoints = minPoints;
		}
	}

	public final Model model;
	private final double[] position;
	private final double[] kda;
	/** Polynomial coefficients in the scaled coordinate u = (x - centre) / scale. */
	private final double[] coef;
	private final double centre, scale;
	private final double lo, hi;

	private MwCalibration(Model model, double[] position, double[] kda, double[] coef, double centre,
		double scale)
	{
		this.model = model;
		this.position = position;
		this.kda = kda;
		this.coef = coef;
		this.centre = centre;
		this.scale = scale;
		double mn = Double.POSITIVE_INFINITY, mx = Double.NEGATIVE_INFINITY;
		for (double x : position) {
			mn = Math.min(mn, x);
			mx = Math.max(mx, x);
		}
		lo = mn;
		hi = mx;
	}

	/**
	 * Fits the calibration. Positions and sizes are paired by index; a larger protein must run
	 * less far (smaller position), otherwise the ladder bands were mis-assigned.
	 *
	 * @throws IllegalArgumentException too few points, non-finite values, or bands out of order
	 */
	public static MwCalibration fit(double[] position, double[] kda, Model model) {
		if (position.length != kda.length) throw new IllegalArgumentException(
			position.length + " ladder positions but " + kda.length + " sizes");
		int n = position.length;
		if (n < model.minPoints) throw new IllegalArgumentException("a " + model.name().toLowerCase() +
			" calibration needs at least " + model.minPoints + " ladder bands, got " + n);
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			if (!Double.isFinite(position[i]) || !(kda[i] > 0) || Double.isInfinite(kda[i]))
				throw new IllegalArgumentException("ladder band " + (i + 1) + ": position " + position[i] +
					", size " + kda[i] + " kDa is not usable");
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Double.compare(position[a], position[b]));
		for (int k = 1; k < n; k++) {
			int a = order[k - 1], b = order[k];
			if (!(position[b] > position[a]) || !(kda[b] < kda[a])) throw new IllegalArgumentException(
				"ladder bands out of order: " + kda[a] + " kDa at " + position[a] + " and " + kda[b] +
					" kDa at " + position[b] + " (larger proteins must run less far)");
		}
		double mean = 0;
		for (double x : position) mean += x;
		mean /= n;
		double half = 0;
		for (double x : position) half = Math.max(half, Math.abs(x - mean));
		// scaling to [-1, 1] keeps the normal equations of a cubic well conditioned
		double[] u = new double[n], y = new double[n];
		for (int i = 0; i < n; i++) {
			u[i] = (position[i] - mean) / half;
			y[i] = Math.log10(kda[i]);
		}
		double[] coef = LeastSquares.polynomial(u, y, model.degree);
		return new MwCalibration(model, position.clone(), kda.clone(), coef, mean, half);
	}

	/** Apparent molecular weight in kDa at a migration coordinate. */
	public double kdaAt(double pos) {
		double u = (pos - centre) / scale;
		double v = 0;
		for (int k = coef.length - 1; k >= 0; k--) v = v * u + coef[k];
		return Math.pow(10, v);
	}

	/** True outside the span of the ladder bands, where the curve is a guess. */
	public boolean isExtrapolated(double pos) {
		return pos < lo || pos > hi;
	}

	/** Per ladder band: (fitted - nominal) / nominal, in %. */
	public double[] residualsPercent() {
		double[] r = new double[kda.length];
		for (int i = 0; i < r.length; i++) r[i] = 100 * (kdaAt(position[i]) - kda[i]) / kda[i];
		return r;
	}

	/** Largest |residual| in %. */
	public double maxAbsResidualPercent() {
		double m = 0;
		for (double r : residualsPercent()) m = Math.max(m, Math.abs(r));
		return m;
	}

	/**
	 * True when size falls steadily with migration over the ladder's span; a cubic through
	 * noisy points can wiggle, and then two positions would share one size.
	 */
	public boolean isMonotonic() {
		double prev = kdaAt(lo);
		for (int i = 1; i <= 200; i++) {
			double k = kdaAt(lo + (hi - lo) * i / 200.0);
			if (!(k < prev)) return false;
			prev = k;
		}
		return true;
	}

	public double[] positions() {
		return position.clone();
	}

	public double[] nominalKda() {
		return kda.clone();
	}

	@Override
	public String toString() {
		return String.format(java.util.Locale.ROOT, "%s fit of log10(kDa) on %d ladder bands, max |residual| %.2f %%",
			model.name().toLowerCase().replace('_', '-'), kda.length, maxAbsResidualPercent());
	}
}
