package org.blotfig.gel;

/**
 * Valley-to-valley baseline under a band cluster: a parabola fitted (weighted least squares) to
 * the profile in a window just before and one just after the cluster. Whole windows keep noise
 * out of the background; the curvature follows blotches and uneven membranes, under which a
 * straight line misses faint bands by tens of per cent. Falls back to a straight line when a
 * window is too short to pin a curvature (see {@link #MIN_WINDOW_FOR_CURVATURE}), and to a flat
 * level when the cluster reaches the end of the lane.
 */
final class ValleyBaseline {

	/**
	 * The curvature is fitted only when the window on each side holds at least this many rows and
	 * this fraction of the cluster's extent: short windows between close rows of bands would let a
	 * parabola swing through the band (and they often hold band tails, not background).
	 */
	static final int MIN_ROWS_FOR_CURVATURE = 3;
	static final double MIN_WINDOW_FOR_CURVATURE = 0.5;

	private final double x0, c0, c1, c2;

	private ValleyBaseline(double x0, double c0, double c1, double c2) {
		this.x0 = x0;
		this.c0 = c0;
		this.c1 = c1;
		this.c2 = c2;
	}

	/** Background at row y. */
	double at(int y) {
		double x = y - x0;
		return c0 + c1 * x + c2 * x * x;
	}

	/**
	 * @param prof the profile
	 * @param weight per-row weights (pixels summed in the row), or null for equal weights
	 * @param lo first row of the cluster
	 * @param hi last row of the cluster
	 * @param wl rows in the window before the cluster
	 * @param wr rows in the window after it
	 */
	static ValleyBaseline fit(double[] prof, int[] weight, int lo, int hi, int wl, int wr) {
		int n = prof.length;
		double x0 = 0.5 * (lo + hi);
		// normal equations of 1, x, x^2 (x centred on the cluster), right-hand side in column 3
		double[][] m = new double[3][4];
		int[] rows = new int[2];
		for (int side = 0; side < 2; side++) {
			int a = side == 0 ? lo - wl : hi + 1, b = side == 0 ? lo - 1 : hi + wr;
			for (int y = Math.max(0, a); y <= Math.min(n - 1, b); y++) {
				double w = weight == null ? 1 : weight[y];
				if (w <= 0) continue;
				double x = y - x0, xx = x * x;
				double[] f = { 1, x, xx };
				for (int i = 0; i < 3; i++) {
					for (int j = 0; j < 3; j++) m[i][j] += w * f[i] * f[j];
					m[i][3] += w * f[i] * prof[y];
				}
				rows[side]++;
			}
		}
		if (m[0][0] == 0) {
			// band fills the whole lane: fall back to the end rows
			return new ValleyBaseline(x0, 0.5 * (prof[Math.max(0, lo)] + prof[Math.min(n - 1, hi)]), 0, 0);
		}
		if (rows[0] == 0 || rows[1] == 0) return new ValleyBaseline(x0, m[0][3] / m[0][0], 0, 0);
		int need = Math.max(MIN_ROWS_FOR_CURVATURE, (int) Math.ceil(MIN_WINDOW_FOR_CURVATURE * (hi - lo + 1)));
		if (rows[0] >= need && rows[1] >= need) {
			double[] q = solve(m, 3);
			if (q != null) return new ValleyBaseline(x0, q[0], q[1], q[2]);
		}
		double[] l = solve(m, 2);
		return l != null ? new ValleyBaseline(x0, l[0], l[1], 0) : new ValleyBaseline(x0, m[0][3] / m[0][0], 0, 0);
	}

	/** Solves the leading k x k normal equations (Gauss-Jordan with partial pivoting); null if singular. */
	private static double[] solve(double[][] m, int k) {
		double[][] a = new double[k][k + 1];
		for (int i = 0; i < k; i++) {
			for (int j = 0; j < k; j++) a[i][j] = m[i][j];
			a[i][k] = m[i][3];
		}
		for (int c = 0; c < k; c++) {
			int piv = c;
			for (int r = c + 1; r < k; r++) if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) piv = r;
			double[] t = a[c];
			a[c] = a[piv];
			a[piv] = t;
			if (Math.abs(a[c][c]) < 1e-12 * Math.abs(m[c][c]) || a[c][c] == 0) return null;
			for (int r = 0; r < k; r++) {
				if (r == c) continue;
				double f = a[r][c] / a[c][c];
				for (int j = c; j <= k; j++) a[r][j] -= f * a[c][j];
			}
		}
		double[] x = new double[k];
		for (int i = 0; i < k; i++) x[i] = a[i][k] / a[i][i];
		return x;
	}
}
