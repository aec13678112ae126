package org.blotfig.gel;

/**
 * Valley-to-valley baseline under a band cluster: a parabola fitted (weighted least squares) to
 * the profile in a window just before and one just after the cluster. Whole windows keep noise
 * out of the background; the curvature follows blotches and uneven membranes, under which a
 * straight line misses faint bands by tens of per cent. Falls back to a straight line when a
 * window is too short to pin a curvature or the curvature is within the noise (see
 * {@link #MIN_WINDOW_FOR_CURVATURE}), and to a flat level when the cluster reaches the end of
 * the lane.
 */
final class ValleyBaseline {

	/**
	 * The curvature is fitted only when the window on each side holds at least this many rows and
	 * this fraction of the cluster's extent: short windows between close rows of bands would let a
	 * parabola swing through the band (and they often hold band tails, not background).
	 */
	static final int MIN_ROWS_FOR_CURVATURE = 3;
	static final double MIN_WINDOW_FOR_CURVATURE = 0.5;
	/**
	 * ... and only when the curvature stands this many standard errors clear of zero: on a flat
	 * membrane a parabola only adds noise (on the unit-test blots it nearly doubled the worst volume
	 * error).
	 */
	static final double CURVATURE_SE = 2;

	private final double x0, c0, c1, c2;
	private final int terms;
	/**
	 * The fit's uncertainty: the inverse normal matrix of the fitted terms (1, x[, x^2]; the
	 * coefficients' covariance per unit variance of a weight-1 row) and the residual variance per
	 * unit weight, sum w r^2 / (rows - terms), NaN without spare rows.
	 */
	private final double[][] inverse;
	private final double residualVariance;
	/** A parabola's straight line through the same windows (intercept, slope), or null. */
	private double[] line;
	/** A parabola's curvature over its standard error (the residuals' variance), NaN for a line. */
	private double curvatureT = Double.NaN;

	private ValleyBaseline(double x0, double c0, double c1, double c2) {
		this(x0, c0, c1, c2, null, Double.NaN, 0);
	}

	private ValleyBaseline(double x0, double c0, double c1, double c2, double[][] inverse, double residualVariance,
		int terms)
	{
		this.x0 = x0;
		this.terms = terms;
		this.c0 = c0;
		this.c1 = c1;
		this.c2 = c2;
		this.inverse = inverse;
		this.residualVariance = residualVariance;
	}

	/**
	 * The model-choice term of the baseline's error, summed over rows lo..hi with the weights: 0
	 * for a line; for a parabola, its difference from the straight line through the same windows
	 * (the curvature's share of the sum), scaled by {@link #CURVATURE_SE} / t where t is how many
	 * SEs the curvature stands clear of zero. The curvature is kept only when t > 2, so on a flat
	 * membrane the parabolas that pass are those the noise bent most, and their errors under the
	 * band are about twice their fit's own prediction SE (VolumeSeTest, Monte Carlo): there t is
	 * near 2 and the term is nearly the whole curvature share, the size of that error. A curvature
	 * far clear of the noise (a blotch) is real, and the term shrinks to 2 SEs of the curvature's
	 * share: the same as at t = 2, not the whole bend.
	 */
	double modelSpread(int lo, int hi, int[] weight) {
		if (line == null || !(curvatureT > 0)) return 0;
		double s = 0;
		for (int y = lo; y <= hi; y++) {
			double x = y - x0;
			s += (weight == null ? 1 : weight[y]) * (at(y) - line[0] - line[1] * x);
		}
		return s * Math.min(1, CURVATURE_SE / curvatureT);
	}

	/**
	 * Variance of the baseline summed over rows lo..hi with the given weights (pixels per row), for
	 * a unit variance (a weight-1 row's variance: one pixel's) of the larger of {@code pixelVariance}
	 * and the windows' residual variance. Residuals larger than the noise are background the curve
	 * does not follow (a blotch's shape), which then goes under the band too. NaN for the flat
	 * fallbacks without a fit.
	 */
	double sumVariance(int lo, int hi, int[] weight, double pixelVariance) {
		if (inverse == null) return Double.NaN;
		int k = inverse.length;
		double[] g = new double[k];
		for (int y = lo; y <= hi; y++) {
			double w = weight == null ? 1 : weight[y], x = y - x0, f = 1;
			for (int i = 0; i < k; i++, f *= x) g[i] += w * f;
		}
		double q = 0;
		for (int i = 0; i < k; i++) for (int j = 0; j < k; j++) q += g[i] * inverse[i][j] * g[j];
		double unit = Double.isNaN(residualVariance) ? pixelVariance : Math.max(pixelVariance, residualVariance);
		return unit * q;
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
		int[] rows = new int[2];
		double[][] m = normalEquations(prof, weight, lo, hi, wl, wr, x0, rows);
		if (m[0][0] == 0) {
			// band fills the whole lane: fall back to the end rows
			return new ValleyBaseline(x0, 0.5 * (prof[Math.max(0, lo)] + prof[Math.min(n - 1, hi)]), 0, 0);
		}
		if (rows[0] == 0 || rows[1] == 0) return withUncertainty(prof, weight, lo, hi, wl, wr, x0, m, new double[] { m[0][3] / m[0][0] });
		int need = Math.max(MIN_ROWS_FOR_CURVATURE, (int) Math.ceil(MIN_WINDOW_FOR_CURVATURE * (hi - lo + 1)));
		if (rows[0] >= need && rows[1] >= need) {
			double[] q = solve(m, 3);
			ValleyBaseline b = q == null ? null : withUncertainty(prof, weight, lo, hi, wl, wr, x0, m, q);
			// kept when the curvature stands CURVATURE_SE of its standard errors (from the parabola's own fit) clear of zero
			if (b != null && b.inverse != null && b.inverse[2][2] > 0) {
				double se = Math.sqrt(b.residualVariance * b.inverse[2][2]);
				if (Math.abs(q[2]) > CURVATURE_SE * se) {
					b.line = solve(m, 2);
					if (b.residualVariance > 0) b.curvatureT = Math.abs(q[2]) / se;
					return b;
				}
			}
		}
		double[] l = solve(m, 2);
		return withUncertainty(prof, weight, lo, hi, wl, wr, x0, m, l != null ? l : new double[] { m[0][3] / m[0][0] });
	}

	/**
	 * The same windows fitted with a given kind of curve (1 term: a level, 2: a line, 3: a
	 * parabola), without the choice {@link #fit} makes: for another profile that must be read the
	 * way the lane's was (the gaps beside it, {@link LaneGap}). Null when the windows cannot pin
	 * that curve.
	 */
	static ValleyBaseline fit(double[] prof, int[] weight, int lo, int hi, int wl, int wr, int terms) {
		double x0 = 0.5 * (lo + hi);
		int[] rows = new int[2];
		double[][] m = normalEquations(prof, weight, lo, hi, wl, wr, x0, rows);
		if (m[0][0] == 0 || terms < 1 || terms > 3 || terms > 1 && (rows[0] == 0 || rows[1] == 0)) return null;
		double[] q = solve(m, terms);
		return q == null ? null : withUncertainty(prof, weight, lo, hi, wl, wr, x0, m, q);
	}

	/** Terms of the fitted curve (1 level, 2 line, 3 parabola); 0 for the end-row fallback without a fit. */
	int terms() {
		return terms;
	}

	/**
	 * Normal equations of 1, x, x^2 (x centred on the cluster) over both windows, right-hand side in
	 * column 3; rows[side] counts the rows each window contributed.
	 */
	private static double[][] normalEquations(double[] prof, int[] weight, int lo, int hi, int wl, int wr, double x0,
		int[] rows)
	{
		int n = prof.length;
		double[][] m = new double[3][4];
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
		return m;
	}

	/** The baseline with coefficients q (1, 2 or 3 terms) and their uncertainty from the same normal equations. */
	private static ValleyBaseline withUncertainty(double[] prof, int[] weight, int lo, int hi, int wl, int wr, double x0,
		double[][] m, double[] q)
	{
		int k = q.length;
		double[][] inv = new double[k][];
		for (int c = 0; c < k; c++) {
			double[][] e = new double[3][4];
			for (int i = 0; i < k; i++) {
				for (int j = 0; j < k; j++) e[i][j] = m[i][j];
				e[i][3] = i == c ? 1 : 0;
			}
			inv[c] = solve(e, k);
			if (inv[c] == null) {
				inv = null;
				break;
			}
		}
		double c1 = k > 1 ? q[1] : 0, c2 = k > 2 ? q[2] : 0;
		double[] r = residuals(prof, weight, lo, hi, wl, wr, x0, q[0], c1, c2);
		return new ValleyBaseline(x0, q[0], c1, c2, inv, r[1] > k ? r[0] / (r[1] - k) : Double.NaN, k);
	}

	/** Weighted residual sum of squares of the curve c0 + c1 x + c2 x^2 over both windows, and the rows counted. */
	private static double[] residuals(double[] prof, int[] weight, int lo, int hi, int wl, int wr, double x0,
		double c0, double c1, double c2)
	{
		int n = prof.length, rows = 0;
		double rss = 0;
		for (int side = 0; side < 2; side++) {
			int a = side == 0 ? lo - wl : hi + 1, b = side == 0 ? lo - 1 : hi + wr;
			for (int y = Math.max(0, a); y <= Math.min(n - 1, b); y++) {
				double w = weight == null ? 1 : weight[y];
				if (w <= 0) continue;
				double x = y - x0, r = prof[y] - c0 - c1 * x - c2 * x * x;
				rss += w * r * r;
				rows++;
			}
		}
		return new double[] { rss, rows };
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
