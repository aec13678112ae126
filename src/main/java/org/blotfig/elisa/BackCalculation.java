package org.blotfig.elisa;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.stat.StatUtils;

/**
 * Reads concentrations off a fitted curve: standards with their recovery and ICH M10
 * acceptance, unknowns with a flag that says whether the value is trustworthy. Nothing is
 * extrapolated silently: a value outside the standards is still reported, flagged.
 */
public final class BackCalculation {

	private BackCalculation() {}

	/** ICH M10: back-calculated standards within 20 % of nominal, 25 % at the LLOQ and ULOQ. */
	public static final double TOLERANCE_PCT = 20, EDGE_TOLERANCE_PCT = 25;

	/** Where a back-calculated value lies relative to the curve and the standards. */
	public enum Flag {
		IN_RANGE("in_range"),
		BELOW_LLOQ("below_LLOQ(extrapolated)"),
		ABOVE_ULOQ("above_ULOQ(extrapolated)"),
		BELOW_BOTTOM_PLATEAU("below_bottom_plateau(no_solution)"),
		ABOVE_TOP_PLATEAU("above_top_plateau(no_solution)"),
		/** A line that never reaches the response (log-log with a response <= 0). */
		NO_SOLUTION("no_solution");

		public final String label;

		Flag(String label) {
			this.label = label;
		}
	}

	/** One standard point read back from the curve. */
	public static final class Standard {
		public final double conc, y, backcalc, recoveryPct;
		public final boolean pass;

		Standard(double conc, double y, double backcalc, double recoveryPct, boolean pass) {
			this.conc = conc;
			this.y = y;
			this.backcalc = backcalc;
			this.recoveryPct = recoveryPct;
			this.pass = pass;
		}
	}

	/** One unknown read from the curve: concentration in the original sample (dilution applied). */
	public static final class Reading {
		/** Concentration in the well, before dilution; NaN when the curve never reaches y. */
		public final double wellConc;
		/** Concentration in the sample: well concentration times the dilution factor. */
		public final double conc;
		public final Flag flag;

		Reading(double wellConc, double conc, Flag flag) {
			this.wellConc = wellConc;
			this.conc = conc;
			this.flag = flag;
		}
	}

	/** Every standard of the fit back-calculated, with recovery and ICH M10 pass/fail. */
	public static List<Standard> standards(CurveFit fit) {
		double lo = StatUtils.min(fit.x), hi = StatUtils.max(fit.x);
		List<Standard> out = new ArrayList<>();
		for (int i = 0; i < fit.x.length; i++) {
			double xb = fit.inverse(fit.y[i]);
			double rec = 100 * xb / fit.x[i];
			double tol = fit.x[i] == lo || fit.x[i] == hi ? EDGE_TOLERANCE_PCT : TOLERANCE_PCT;
			out.add(new Standard(fit.x[i], fit.y[i], xb, rec, Math.abs(rec - 100) <= tol));
		}
		return out;
	}

	/** Reads response y (blank-subtracted like the standards) and applies the dilution factor. */
	public static Reading read(CurveFit fit, double y, double dilution) {
		double lo = StatUtils.min(fit.x), hi = StatUtils.max(fit.x);
		double xb = fit.inverse(y);
		Flag flag;
		if (Double.isNaN(xb)) flag = noSolution(fit, y);
		else if (xb > hi) flag = Flag.ABOVE_ULOQ;
		else if (xb < lo) flag = Flag.BELOW_LLOQ;
		else flag = Flag.IN_RANGE;
		return new Reading(xb, xb * dilution, flag);
	}

	private static Flag noSolution(CurveFit fit, double y) {
		if (!fit.model.hasPlateaus()) return Flag.NO_SOLUTION;
		double bottom = fit.params[0], top = fit.params[1];
		boolean rising = top > bottom;
		return rising && y >= top || !rising && y <= top ? Flag.ABOVE_TOP_PLATEAU
			: Flag.BELOW_BOTTOM_PLATEAU;
	}
}
