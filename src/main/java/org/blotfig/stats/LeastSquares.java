package org.blotfig.stats;

/**
 * Residuals of an ordinary least-squares fit by Householder QR. Kept tiny and local (instead of
 * a general regression class) because Type III sums of squares only need residuals of nested
 * models: SS(effect) = |res(reduced) - res(full)|^2, which unlike RSS(reduced) - RSS(full)
 * cannot go negative and keeps its precision when the effect is (near) zero.
 */
final class LeastSquares {

	private LeastSquares() {}

	/**
	 * @param x design matrix, x[i][j] = column j of observation i (copied, not modified)
	 * @param y response (not modified)
	 * @return the residual vector y - X beta
	 * @throws IllegalArgumentException when the columns are linearly dependent
	 */
	static double[] residuals(double[][] x, double[] y) {
		int n = y.length, p = x.length == 0 ? 0 : x[0].length;
		double[][] a = new double[n][];
		for (int i = 0; i < n; i++) a[i] = x[i].clone();
		double[] b = y.clone();
		double[][] vs = new double[p][];
		double[] vvs = new double[p];
		double scale = 0;
		for (int j = 0; j < p; j++)
			for (int i = 0; i < n; i++) scale = Math.max(scale, Math.abs(a[i][j]));
		for (int j = 0; j < p; j++) {
			double norm = 0;
			for (int i = j; i < n; i++) norm = Math.hypot(norm, a[i][j]);
			if (norm <= 1e-12 * Math.max(scale, 1) * Math.sqrt(n)) throw new IllegalArgumentException(
				"design matrix is rank deficient");
			double alpha = a[j][j] > 0 ? -norm : norm;
			// Householder vector v = a_j - alpha e_j, applied as H = I - 2 v v^T / (v^T v)
			double[] v = new double[n];
			for (int i = j; i < n; i++) v[i] = a[i][j];
			v[j] -= alpha;
			double vv = 0;
			for (int i = j; i < n; i++) vv += v[i] * v[i];
			for (int c = j; c < p; c++) {
				double d = 0;
				for (int i = j; i < n; i++) d += v[i] * a[i][c];
				d = 2 * d / vv;
				for (int i = j; i < n; i++) a[i][c] -= d * v[i];
			}
			double d = 0;
			for (int i = j; i < n; i++) d += v[i] * b[i];
			d = 2 * d / vv;
			for (int i = j; i < n; i++) b[i] -= d * v[i];
			vs[j] = v;
			vvs[j] = vv;
		}
		// Q^T y = (R beta; r'): the residual is Q (0; r'), i.e. the reflections applied backwards.
		for (int i = 0; i < p; i++) b[i] = 0;
		for (int j = p - 1; j >= 0; j--) {
			double[] v = vs[j];
			double d = 0;
			for (int i = j; i < n; i++) d += v[i] * b[i];
			d = 2 * d / vvs[j];
			for (int i = j; i < n; i++) b[i] -= d * v[i];
		}
		return b;
	}

	/** Squared length of a - b. */
	static double distance2(double[] a, double[] b) {
		double s = 0;
		for (int i = 0; i < a.length; i++) s += (a[i] - b[i]) * (a[i] - b[i]);
		return s;
	}
}
