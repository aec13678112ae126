package org.blotfig.elisa;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.exception.ConvergenceException;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.math3.util.Pair;
import org.blotfig.core.InputException;

/**
 * Weighted nonlinear least squares for standard curves on Commons Math's Levenberg-Marquardt.
 * Converges to machine precision (so results agree with R's minpack.lm to ~1e-8), tries a few
 * automatic starts and keeps the best optimum, computes asymptotic SEs from the analytic
 * Jacobian, and refuses to present an undetermined curve as a good one.
 */
public final class CurveFitter {

	/** Relative change of the 1/Ycurve^2 weights' parameters that ends the reweighting. */
	private static final double IRLS_TOLERANCE = 1e-13;
	private static final int IRLS_MAX = 500;
	/** Relative singular value below which the normal matrix counts as singular. */
	private static final double SINGULAR = 1e-12;

	/**
	 * Fits the model to standards (x = concentration, y = response). Points must be finite;
	 * x must be positive for the logistic and log-log models, y nonzero for 1/Y^2 weights.
	 */
	public CurveFit fit(CurveModel model, Weighting weighting, double[] x, double[] y) {
		validate(model, weighting, x, y);
		int n = x.length, k = model.parameterNames().length;
		double[] yf = new double[n];
		for (int i = 0; i < n; i++)
			yf[i] = model.fitResponse(y[i]);
		double[] w = new double[n];
		for (int i = 0; i < n; i++)
			w[i] = weighting == Weighting.INV_Y2 ? 1 / (y[i] * y[i]) : 1;

		Optimum best = bestOfStarts(model, x, y, yf, w);
		int irls = 0;
		boolean converged = best.converged;
		if (weighting == Weighting.INV_YCURVE2) {
			// Prism 5+ "1/Ycurve^2": refit with weights from the current curve until a fixed point
			boolean settled = false;
			while (!settled && irls < IRLS_MAX) {
				irls++;
				boolean finite = true;
				for (int i = 0; i < n; i++) {
					double f = model.fitValue(x[i], best.point);
					w[i] = 1 / (f * f);
					finite &= Double.isFinite(w[i]);
				}
				// a curve through exactly 0 at a standard has no 1/Ycurve^2 weight there
				if (!finite) break;
				Optimum next = polish(model, x, yf, w, best.point);
				settled = maxRelativeChange(best.point, next.point) <= IRLS_TOLERANCE;
				best = next;
				converged = next.converged;
			}
			converged &= settled;
		}
		return summarize(model, weighting, x, y, yf, w, best.point, k, irls, converged);
	}

	private static void validate(CurveModel model, Weighting weighting, double[] x, double[] y) {
		if (x.length != y.length) throw new IllegalArgumentException("x and y differ in length");
		int k = model.parameterNames().length;
		if (x.length <= k) throw new InputException("a " + model.name() + " curve needs more than " +
			k + " standards with nonzero concentration; found " + x.length);
		if (model instanceof LogLogModel && weighting != Weighting.NONE)
			throw new InputException("log-log fits are unweighted (the log transform already " +
				"weights relative errors); use --weight none");
		boolean logX = !(model instanceof LinearModel);
		for (int i = 0; i < x.length; i++) {
			if (!Double.isFinite(x[i]) || !Double.isFinite(y[i]))
				throw new InputException("standard " + (i + 1) + " has a missing or non-finite value");
			if (logX && !(x[i] > 0)) throw new InputException("standard " + (i + 1) +
				": concentration " + x[i] + " must be positive for a " + model.name() + " curve");
			if (weighting == Weighting.INV_Y2 && y[i] == 0) throw new InputException("standard at " +
				x[i] + ": response 0 cannot be weighted by 1/Y^2");
			if (model instanceof LogLogModel && !(y[i] > 0)) throw new InputException(
				"standard at " + x[i] + ": response " + y[i] + " must be positive for a log-log curve");
		}
	}

	/** Several automatic starts; the lowest weighted SS among them wins. */
	private Optimum bestOfStarts(CurveModel model, double[] x, double[] y, double[] yf, double[] w) {
		List<double[]> starts = new ArrayList<>();
		starts.add(model.start(x, y));
		if (model instanceof FourParameterLogistic) {
			starts.add(Logistic.start4(x, y, 0.01));
			starts.add(Logistic.start4(x, y, 0.5));
		}
		else if (model instanceof FiveParameterLogistic) {
			// the 4PL optimum with S = 1 (symmetric) is the natural 5PL start, as in Prism
			Optimum four = bestOfStarts(new FourParameterLogistic(), x, y, yf, w);
			for (double lnS : new double[] { 0, -1, 1 })
				starts.add(new double[] { four.point[0], four.point[1], four.point[2], four.point[3], lnS });
		}
		Optimum best = null;
		for (double[] s : starts) {
			Optimum o = polish(model, x, yf, w, s);
			if (best == null || better(o, best)) best = o;
		}
		return best;
	}

	private static boolean better(Optimum a, Optimum b) {
		if (Double.isNaN(b.cost)) return !Double.isNaN(a.cost);
		if (a.converged != b.converged) return a.converged && a.cost <= b.cost * (1 + 1e-9);
		return a.cost < b.cost;
	}

	/**
	 * Levenberg-Marquardt, restarted from its own result until the cost stops falling: a
	 * fresh trust region lets it take the last tiny steps that reach full precision.
	 */
	private Optimum polish(CurveModel model, double[] x, double[] yf, double[] w, double[] start) {
		Optimum o = optimize(model, x, yf, w, start);
		for (int round = 0; round < 5 && o.converged; round++) {
			Optimum again = optimize(model, x, yf, w, o.point);
			boolean improved = again.cost < o.cost * (1 - 1e-15);
			if (again.cost <= o.cost) o = again;
			if (!improved) break;
		}
		return o;
	}

	private Optimum optimize(CurveModel model, double[] x, double[] yf, double[] w, double[] start) {
		int n = x.length, k = start.length;
		double[] sw = new double[n], target = new double[n];
		for (int i = 0; i < n; i++) {
			sw[i] = Math.sqrt(w[i]);
			target[i] = sw[i] * yf[i];
		}
		Tracker tracker = new Tracker(model, x, sw, target, k);
		LeastSquaresProblem problem = new LeastSquaresBuilder().start(start).target(target)
			.model(tracker).maxEvaluations(3000).maxIterations(1000).lazyEvaluation(false).build();
		LevenbergMarquardtOptimizer lm = new LevenbergMarquardtOptimizer()
			.withCostRelativeTolerance(1e-15).withParameterRelativeTolerance(1e-15)
			.withOrthoTolerance(1e-15);
		try {
			LeastSquaresOptimizer.Optimum opt = lm.optimize(problem);
			double[] p = opt.getPoint().toArray();
			return new Optimum(p, cost(model, x, yf, w, p), true);
		}
		catch (ConvergenceException e) {
			// Commons Math signals "tolerance below machine precision": no step can reduce the
			// cost any more, i.e. the optimum is reached as far as doubles allow
			return tracker.best(true);
		}
		catch (TooManyEvaluationsException | TooManyIterationsException e) {
			return tracker.best(false);
		}
	}

	private static double cost(CurveModel model, double[] x, double[] yf, double[] w, double[] p) {
		double s = 0;
		for (int i = 0; i < x.length; i++) {
			double r = yf[i] - model.fitValue(x[i], p);
			s += w[i] * r * r;
		}
		return Double.isNaN(s) ? Double.POSITIVE_INFINITY : s;
	}

	private static double maxRelativeChange(double[] a, double[] b) {
		double m = 0;
		for (int i = 0; i < a.length; i++)
			m = Math.max(m, Math.abs(a[i] - b[i]) / Math.max(Math.abs(a[i]), 1e-300));
		return m;
	}

	private static CurveFit summarize(CurveModel model, Weighting weighting, double[] x, double[] y,
		double[] yf, double[] w, double[] p, int k, int irls, boolean converged)
	{
		int n = x.length, df = n - k;
		double[] fitted = new double[n], resid = new double[n];
		double ss = 0, wss = 0, sw = 0, swy = 0, my = 0;
		for (int i = 0; i < n; i++) {
			fitted[i] = model.fitValue(x[i], p);
			resid[i] = yf[i] - fitted[i];
			ss += resid[i] * resid[i];
			wss += w[i] * resid[i] * resid[i];
			sw += w[i];
			swy += w[i] * yf[i];
			my += yf[i];
		}
		my /= n;
		double ybw = swy / sw, tss = 0, wtss = 0;
		for (int i = 0; i < n; i++) {
			tss += (yf[i] - my) * (yf[i] - my);
			wtss += w[i] * (yf[i] - ybw) * (yf[i] - ybw);
		}
		double[] se = standardErrors(model, x, w, p, wss / df);
		String problem = stability(model, x, p, se, converged);
		return new CurveFit(model, weighting, x.clone(), y.clone(), p, se, w, fitted, resid, df, wss,
			ss, 1 - wss / wtss, 1 - ss / tss, irls, converged, problem);
	}

	/** sqrt(diag(s^2 (J'WJ)^-1)) with s^2 = weighted SS / df, as R's vcov() for nls. */
	private static double[] standardErrors(CurveModel model, double[] x, double[] w, double[] p,
		double s2)
	{
		int n = x.length, k = p.length;
		double[] se = new double[k];
		java.util.Arrays.fill(se, Double.NaN);
		RealMatrix j = new Array2DRowRealMatrix(n, k);
		double[] g = new double[k];
		for (int i = 0; i < n; i++) {
			model.fitGradient(x[i], p, g);
			double s = Math.sqrt(w[i]);
			for (int c = 0; c < k; c++)
				j.setEntry(i, c, s * g[c]);
		}
		for (double v : j.getData()[0])
			if (!Double.isFinite(v)) return se;
		try {
			SingularValueDecomposition svd = new SingularValueDecomposition(j);
			double[] sv = svd.getSingularValues();
			if (!(sv[k - 1] > SINGULAR * sv[0])) return se;
			RealMatrix v = svd.getV();
			for (int a = 0; a < k; a++) {
				double var = 0;
				for (int c = 0; c < k; c++)
					var += v.getEntry(a, c) * v.getEntry(a, c) / (sv[c] * sv[c]);
				se[a] = Math.sqrt(s2 * var);
			}
		}
		catch (RuntimeException e) {
			// non-finite Jacobian: SEs stay NaN and the fit is reported unstable
		}
		return se;
	}

	/**
	 * Why the standards do not determine the curve, or null. For the logistic models the
	 * asymptotes and the EC50 must be pinned down by the data (a fit without an upper plateau
	 * sends Top and EC50 off with huge SEs); the 5PL's Hill slope and S often trade off with
	 * wide individual SEs without harming the curve itself, so they are not judged alone.
	 */
	static String stability(CurveModel model, double[] x, double[] p, double[] se, boolean converged) {
		String plateau = model.hasPlateaus() ? plateauProblem(x, p, se) : null;
		if (plateau == null && model instanceof FiveParameterLogistic && Math.abs(p[4]) > 20)
			plateau = "the asymmetry S is not determined (the fit drives it towards " +
				(p[4] > 0 ? "infinity" : "0") + "); fit a 4PL instead";
		if (!converged) return "the fit did not converge" + (plateau == null ? "" : ": " + plateau);
		if (plateau != null) return plateau;
		for (double v : p)
			if (!Double.isFinite(v)) return "a parameter is not finite";
		for (double v : se)
			if (!Double.isFinite(v)) return "parameters are not determined (singular covariance)";
		if (!model.hasPlateaus() && p[1] == 0)
			return "the line is flat: the response does not depend on concentration";
		return null;
	}

	private static String plateauProblem(double[] x, double[] p, double[] se) {
		double lo = Double.POSITIVE_INFINITY, hi = 0;
		for (double v : x) {
			lo = Math.min(lo, v);
			hi = Math.max(hi, v);
		}
		double ec50 = Math.exp(p[2]);
		String advice = "; add standards that reach both plateaus, or fit a simpler model";
		if (ec50 > 100 * hi) return "EC50 and the upper plateau are not determined: EC50 " + (float) ec50 +
			" lies far above the highest standard " + (float) hi + advice;
		if (ec50 < lo / 100) return "EC50 and the lower plateau are not determined: EC50 " + (float) ec50 +
			" lies far below the lowest standard " + (float) lo + advice;
		double span = Math.abs(p[1] - p[0]);
		if (se[0] > span || se[1] > span)
			return "a plateau is not determined (the SE of Bottom or Top exceeds the response range)" + advice;
		if (se[2] / FourParameterLogistic.LN10 > 1)
			return "EC50 is not determined (the SE of LogEC50 exceeds one decade)" + advice;
		return null;
	}

	/** One optimizer result. */
	private static final class Optimum {
		final double[] point;
		final double cost;
		final boolean converged;

		Optimum(double[] point, double cost, boolean converged) {
			this.point = point;
			this.cost = cost;
			this.converged = converged;
		}
	}

	/**
	 * The weighted model and its Jacobian for the optimizer; remembers the best point it has
	 * evaluated so that an early stop by Commons Math still yields the optimum reached.
	 */
	private static final class Tracker implements MultivariateJacobianFunction {
		private final CurveModel model;
		private final double[] x, sw, target;
		private final int k;
		private double[] bestPoint;
		private double bestCost = Double.POSITIVE_INFINITY;

		Tracker(CurveModel model, double[] x, double[] sw, double[] target, int k) {
			this.model = model;
			this.x = x;
			this.sw = sw;
			this.target = target;
			this.k = k;
		}

		@Override
		public Pair<RealVector, RealMatrix> value(RealVector point) {
			double[] p = point.toArray();
			int n = x.length;
			double[] v = new double[n];
			double[][] jac = new double[n][k];
			double cost = 0;
			for (int i = 0; i < n; i++) {
				v[i] = sw[i] * model.fitValue(x[i], p);
				model.fitGradient(x[i], p, jac[i]);
				for (int c = 0; c < k; c++)
					jac[i][c] *= sw[i];
				double r = target[i] - v[i];
				cost += r * r;
			}
			if (cost < bestCost) {
				bestCost = cost;
				bestPoint = p;
			}
			return new Pair<RealVector, RealMatrix>(new ArrayRealVector(v, false),
				new Array2DRowRealMatrix(jac, false));
		}

		Optimum best(boolean converged) {
			if (bestPoint == null) return new Optimum(new double[k], Double.POSITIVE_INFINITY, false);
			return new Optimum(bestPoint, bestCost, converged);
		}
	}
}
