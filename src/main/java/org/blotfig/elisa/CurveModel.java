package org.blotfig.elisa;

import java.util.Locale;

import org.blotfig.core.InputException;

/**
 * A standard-curve equation. Fitting happens in "fit space" (the response itself for the
 * sigmoid and linear models, log10 of it for log-log), with analytic derivatives so that the
 * Levenberg-Marquardt optimum and the asymptotic standard errors are exact.
 */
public interface CurveModel {

	/** Short name as users type it: 4PL, 5PL, linear, log-log. */
	String name();

	/** Names of the fit parameters, in the order of the parameter arrays. */
	String[] parameterNames();

	/** The curve in response units (for plots and back-calculation). */
	double curve(double x, double[] p);

	/** The curve in fit space; equals {@link #curve} unless the response is transformed. */
	default double fitValue(double x, double[] p) {
		return curve(x, p);
	}

	/** The observation mapped into fit space (identity unless the response is transformed). */
	default double fitResponse(double y) {
		return y;
	}

	/** Derivatives of {@link #fitValue} with respect to each fit parameter, written into g. */
	void fitGradient(double x, double[] p, double[] g);

	/** Concentration giving response y, or NaN when the curve never reaches y. */
	double inverse(double y, double[] p);

	/** Automatic starting values from the standards (x > 0, responses in response units). */
	double[] start(double[] x, double[] y);

	/** Whether the curve has asymptotes (plateaus) that responses can lie beyond. */
	boolean hasPlateaus();

	/** Reported parameters (name, value, SE) derived from the fit parameters and their SEs. */
	ReportedParameter[] report(double[] p, double[] se);

	/** One row of the parameter table: a value and its asymptotic SE (NaN when not defined). */
	final class ReportedParameter {
		public final String name;
		public final double value;
		public final double se;

		public ReportedParameter(String name, double value, double se) {
			this.name = name;
			this.value = value;
			this.se = se;
		}
	}

	/** The model for a user-typed name: 4pl, 5pl, linear, loglog (case-insensitive). */
	static CurveModel forName(String name) {
		String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT).replace("-", "");
		switch (n) {
			case "4pl": return new FourParameterLogistic();
			case "5pl": return new FiveParameterLogistic();
			case "linear": return new LinearModel();
			case "loglog": return new LogLogModel();
			default: throw new InputException("unknown curve model '" + name +
				"' (choose 4pl, 5pl, linear or loglog)");
		}
	}
}
