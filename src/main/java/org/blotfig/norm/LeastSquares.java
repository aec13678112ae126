package org.blotfig.norm;

/** Small least-squares helpers on plain arrays (a few points, low degree). */
final class LeastSquares {

	private LeastSquares() {}

	/**
	 * Coefficients c[0..degree] of the polynomial sum c[k] x^k minimising the squared error,
	 * via the normal equations solved by Gaussian elimination with partial pivoting; callers
	 * scale x to about [-1, 1] first so that this is well conditioned for degree <= 3.
	 */
	static double[] polynomial(double[] x, double[] y, int degree) {
		int m = degree + 1;
		double[][] a = new double[m][m + 1];
		for (int i = 0; i < x.length; i++) {
			double[] p = new double[2 * m - 1];
			p[0] = 1;
			for (int k = 1; k < p.length; k++) p[k] = p[k - 1] * x[i];
			for (int r = 0; r < m; r++) {
				for (int c = 0; c < m; c++) a[r][c] += p[r + c];
				a[r][m] += p[r] * y[i];
			}
		}
		for (int col = 0; col < m; col++) {
			int piv = col;
			for (int r = col + 1; r < m; r++) if (Math.abs(a[r][col]) > Math.abs(a[piv][col])) piv = r;
			double[] t = a[col];
			a[col] = a[piv];
			a[piv] = t;
			if (Math.abs(a[col][col]) < 1e-300) throw new IllegalArgumentException(
				"cannot fit: the points do not determine a degree-" + degree + " polynomial");
			for (int r = col + 1; r < m; r++) {
				double f = a[r][col] / a[col][col];
				for (int c = col; c <= m; c++) a[r][c] -= f * a[col][c];
			}
		}
		double[] coef = new double[m];
		for (int r = m - 1; r >= 0; r--) {
			double s = a[r][m];
			for (int c = r + 1; c < m; c++) s -= a[r][c] * coef[c];
			coef[r] = s / a[r][r];
		}
		return coef;
	}

	/** Straight line y = a + b x: returns {a, b, r2}. R² is 1 when y has no spread to explain. */
	static double[] line(double[] x, double[] y, int from, int to) {
		int n = to - from;
		double mx = 0, my = 0;
		for (int i = from; i < to; i++) {
			mx += x[i];
			my += y[i];
		}
		mx /= n;
		my /= n;
		double sxx = 0, sxy = 0, syy = 0;
		for (int i = from; i < to; i++) {
			sxx += (x[i] - mx) * (x[i] - mx);
			sxy += (x[i] - mx) * (y[i] - my);
			syy += (y[i] - my) * (y[i] - my);
		}
		double b = sxy / sxx;
		double a = my - b * mx;
		double r2 = syy == 0 ? 1 : sxy * sxy / (sxx * syy);
		return new double[] { a, b, r2 };
	}
}
