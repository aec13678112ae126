package org.blotfig.elisa;

/**
 * A fitted standard curve with its goodness of fit. When {@link #unstable} is true the
 * parameters could not be determined from the standards (reason in {@link #problem}) and
 * concentrations read from this curve must not be trusted.
 */
public final class CurveFit {

	public final CurveModel model;
	public final Weighting weighting;
	/** Standards as fitted (x > 0 for the logistic and log-log models). */
	public final double[] x, y;
	/** Fit parameters in the model's own coordinates (see {@link CurveModel#parameterNames()}). */
	public final double[] params;
	/** Asymptotic SEs of the fit parameters (NaN when the covariance is singular). */
	public final double[] se;
	/** Final weights, fitted values and residuals y - fitted, all in fit space. */
	public final double[] weights, fitted, residuals;
	public final int df;
	/** Weighted and unweighted residual sums of squares (fit space). */
	public final double ssWeighted, ssUnweighted;
	/** Sy.x = sqrt(weighted SS / df). */
	public final double syx;
	/** R^2 with weights (Prism's R^2 for weighted fits), and unweighted. */
	public final double r2, r2Unweighted;
	/** Reweighting rounds for 1/Ycurve^2 (0 otherwise). */
	public final int irlsIterations;
	public final boolean converged;
	public final boolean unstable;
	/** Why the fit is unstable, or null. */
	public final String problem;

	CurveFit(CurveModel model, Weighting weighting, double[] x, double[] y, double[] params,
		double[] se, double[] weights, double[] fitted, double[] residuals, int df,
		double ssWeighted, double ssUnweighted, double r2, double r2Unweighted,
		int irlsIterations, boolean converged, String problem)
	{
		this.model = model;
		this.weighting = weighting;
		this.x = x;
		this.y = y;
		this.params = params;
		this.se = se;
		this.weights = weights;
		this.fitted = fitted;
		this.residuals = residuals;
		this.df = df;
		this.ssWeighted = ssWeighted;
		this.ssUnweighted = ssUnweighted;
		this.syx = Math.sqrt(ssWeighted / df);
		this.r2 = r2;
		this.r2Unweighted = r2Unweighted;
		this.irlsIterations = irlsIterations;
		this.converged = converged;
		this.unstable = problem != null;
		this.problem = problem;
	}

	/** Response of the fitted curve at concentration x. */
	public double curve(double conc) {
		return model.curve(conc, params);
	}

	/** Concentration at response y (no dilution), NaN when the curve never reaches y. */
	public double inverse(double response) {
		return model.inverse(response, params);
	}

	/** The reported parameter table (Bottom, Top, EC50, LogEC50, HillSlope[, S] or line terms). */
	public CurveModel.ReportedParameter[] parameters() {
		return model.report(params, se);
	}

	/** A reported parameter by name, e.g. "EC50"; NaN when the model has no such parameter. */
	public double parameter(String name) {
		for (CurveModel.ReportedParameter p : parameters())
			if (p.name.equals(name)) return p.value;
		return Double.NaN;
	}

	/** SE of a reported parameter by name; NaN when undefined. */
	public double parameterSe(String name) {
		for (CurveModel.ReportedParameter p : parameters())
			if (p.name.equals(name)) return p.se;
		return Double.NaN;
	}
}
