package org.blotfig.elisa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Automatic starting values on many realistic noisy standard series (seeded; duplicates, 3 %
 * noise, rising and falling curves, 8 to 10 two-fold levels around the EC50): every fit must
 * reach a weighted SS no worse than the true curve's own (an optimizer stuck in a poor local
 * minimum or stopped early fails this), and every 4PL fit must be stable.
 */
class AutomaticStartTest {

	static double wss(CurveModel m, double[] p, double[] x, double[] y, Weighting w) {
		double s = 0;
		for (int i = 0; i < x.length; i++) {
			double r = y[i] - m.curve(x[i], p);
			s += (w == Weighting.INV_Y2 ? 1 / (y[i] * y[i]) : 1) * r * r;
		}
		return s;
	}

	/** Returns how many fits were reported unstable. */
	int check(CurveModel m, int cases, long seed) {
		Random rnd = new Random(seed);
		int n = 0, unstable = 0;
		for (int k = 0; k < cases; k++) {
			double top = 1.5 + 2 * rnd.nextDouble(), bottom = 0.02 + 0.1 * rnd.nextDouble();
			double hill = (0.7 + 1.5 * rnd.nextDouble()) * (rnd.nextInt(5) == 0 ? -1 : 1);
			double ec50 = 30 + 300 * rnd.nextDouble();
			// two-fold standards from 20 x EC50 down (to EC50/6 .. EC50/25): both plateaus
			// approached, as a well-designed assay has; without them the fit is rightly unstable
			double[] truth = m instanceof FiveParameterLogistic
				? new double[] { bottom, top, Math.log(ec50), hill, Math.log(0.5 + rnd.nextDouble()) }
				: new double[] { bottom, top, Math.log(ec50), hill };
			int levels = 8 + rnd.nextInt(3);
			double[] x = new double[2 * levels], y = new double[2 * levels];
			for (int i = 0; i < x.length; i++) {
				x[i] = 20 * ec50 / Math.pow(2, i / 2);
				y[i] = m.curve(x[i], truth) * (1 + 0.03 * rnd.nextGaussian());
			}
			for (Weighting w : Weighting.values()) {
				CurveFit f = new CurveFitter().fit(m, w, x, y);
				String what = m.name() + " case " + k + " " + w;
				// the optimum found is at least as good as the truth: no early stop, no poor local
				// minimum (with 1/Ycurve^2 the weights depend on the fit: the reweighting must settle)
				if (w == Weighting.INV_YCURVE2) assertTrue(f.converged && f.irlsIterations > 1, what);
				else assertTrue(f.ssWeighted <= wss(m, truth, x, y, w) * (1 + 1e-12), what);
				if (f.unstable) {
					assertTrue(f.problem != null && !f.problem.isEmpty());
					unstable++;
				}
				n++;
			}
		}
		assertEquals(3 * cases, n);
		return unstable;
	}

	@Test
	void fourPl() {
		assertEquals(0, check(new FourParameterLogistic(), 60, 11), "4PL fits reported unstable");
	}

	@Test
	void fivePl() {
		// with 3 % noise the 5PL asymmetry is sometimes not determined (S runs off to 0 or
		// infinity while fitting better than the truth): such fits must be reported unstable, and
		// they stay rare (22 of 600 fits over seeds 21/22 while developing, 18 of 300 with
		// 1/Ycurve^2; none of 1100 4PL fits)
		int unstable = check(new FiveParameterLogistic(), 40, 12);
		assertTrue(unstable <= 12, unstable + " of 120 5PL fits unstable");
	}
}
