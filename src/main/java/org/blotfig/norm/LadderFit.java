package org.blotfig.norm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Pairs the bands found in a ladder lane with the ladder's sizes and fits the calibration.
 * All sizes visible: paired top to bottom. Fewer bands than sizes (the largest ran into the
 * stacking gel or the smallest off the bottom): every contiguous run of sizes is tried and the
 * one with the clearly best straight-line fit is taken, with a warning naming the assumption;
 * when two runs fit about equally well the lane is rejected rather than guessed.
 */
public final class LadderFit {

	public final MwCalibration calibration;
	/** Human-readable notes (assumed band range, poor fit, non-monotonic cubic). */
	public final List<String> warnings;
	/** Mean x of the ladder bands (NaN when unknown): where sample rows are evaluated. */
	public final double ladderX;

	private LadderFit(MwCalibration calibration, List<String> warnings, double ladderX) {
		this.calibration = calibration;
		this.warnings = Collections.unmodifiableList(warnings);
		this.ladderX = ladderX;
	}

	/** A fit whose worst ladder residual exceeds this (in %) is reported as poor. */
	public static final double POOR_FIT_PERCENT = 10;

	/**
	 * @param bands the bands of the ladder lane (any order)
	 * @throws IllegalArgumentException when the bands cannot be matched to the ladder
	 */
	public static LadderFit fit(List<BandMeasurement> bands, Ladder ladder, MwCalibration.Model model) {
		List<BandMeasurement> sorted = new ArrayList<>(bands);
		sorted.sort(Comparator.comparingDouble(b -> b.position));
		int n = sorted.size();
		double[] pos = new double[n];
		for (int i = 0; i < n; i++) pos[i] = sorted.get(i).position;
		double[] kda = ladder.kda();
		List<String> warnings = new ArrayList<>();
		double[] chosen;
		if (n == kda.length) chosen = kda;
		else if (n > kda.length) throw new IllegalArgumentException("ladder lane has " + n +
			" bands but ladder '" + ladder.name + "' has " + kda.length + " sizes: give the sizes you " +
			"see as an explicit list, or check for dust or a smear in the ladder lane");
		else if (n < MwCalibration.Model.LOG_LINEAR.minPoints) throw new IllegalArgumentException(
			"ladder lane has only " + n + " bands; at least 3 are needed");
		else {
			int best = -1;
			double bestErr = Double.POSITIVE_INFINITY, second = Double.POSITIVE_INFINITY;
			for (int off = 0; off + n <= kda.length; off++) {
				double[] sub = new double[n];
				System.arraycopy(kda, off, sub, 0, n);
				double err = MwCalibration.fit(pos, sub, MwCalibration.Model.LOG_LINEAR).maxAbsResidualPercent();
				if (err < bestErr) {
					second = bestErr;
					bestErr = err;
					best = off;
				}
				else if (err < second) second = err;
			}
			// "clearly best": the runner-up's worst residual at least twice as large
			if (!(second >= 2 * bestErr)) throw new IllegalArgumentException("ladder lane shows " + n +
				" of the " + kda.length + " bands of '" + ladder.name + "' and several runs of sizes fit " +
				"about equally well: give the visible sizes as an explicit list");
			chosen = new double[n];
			System.arraycopy(kda, best, chosen, 0, n);
			warnings.add(String.format(Locale.ROOT, "ladder lane shows %d of %d bands; assumed %s-%s kDa",
				n, kda.length, fmt(chosen[0]), fmt(chosen[n - 1])));
		}
		MwCalibration cal = MwCalibration.fit(pos, chosen, model);
		if (cal.maxAbsResidualPercent() > POOR_FIT_PERCENT) warnings.add(String.format(Locale.ROOT,
			"poor ladder fit: a ladder band is off the curve by %.1f %%", cal.maxAbsResidualPercent()));
		if (!cal.isMonotonic()) warnings.add("the cubic calibration is not monotonic over the ladder; " +
			"use the log-linear model");
		double x = 0;
		for (BandMeasurement b : sorted) x += b.x;
		return new LadderFit(cal, warnings, x / n);
	}

	static String fmt(double v) {
		return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
	}
}
