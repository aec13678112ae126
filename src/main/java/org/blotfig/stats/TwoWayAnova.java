package org.blotfig.stats;

import java.util.ArrayList;
import java.util.List;

import org.blotfig.core.InputException;

/**
 * Two-way ANOVA as Prism computes it: Type III sums of squares by regression with sum-to-zero
 * ("effect") coding, so unbalanced designs give the same table as Prism and
 * {@code car::Anova(lm(..., contrasts = contr.sum), type = 3)}. With one value per cell there
 * is no replication and the additive model (no interaction) is fitted, as Prism and R do.
 */
public final class TwoWayAnova {

	private TwoWayAnova() {}

	public static TwoWayAnovaResult fit(LongTable t) {
		int nr = t.rows(), nc = t.cols();
		if (nr < 2 || nc < 2) throw new InputException(t.source() + ": two-way ANOVA needs at least " +
			"2 row levels and 2 column levels (found " + nr + " x " + nc + "); use the one-way design");
		boolean replicated = false;
		for (int r = 0; r < nr; r++)
			for (int c = 0; c < nc; c++) {
				int n = t.cellCount(r, c);
				if (n == 0) throw new InputException(t.source() + ": cell " + t.rowLevels().get(r) + " / " +
					t.colLevels().get(c) + " has no values; Type III two-way ANOVA needs every cell");
				if (n > 1) replicated = true;
			}
		int nObs = t.size();
		int pRow = nr - 1, pCol = nc - 1, pInt = replicated ? pRow * pCol : 0;
		int p = 1 + pRow + pCol + pInt;
		int dfRes = nObs - p;
		if (dfRes < 1) throw new InputException(t.source() + ": no residual degrees of freedom (" + nObs +
			" values for " + p + " model parameters); add replicates");

		double[] y = new double[nObs];
		double[][] x = new double[nObs][p];
		int i = 0;
		for (int r = 0; r < nr; r++)
			for (int c = 0; c < nc; c++)
				for (double v : t.cell(r, c)) {
					y[i] = v;
					fillRow(x[i], r, c, nr, nc, replicated);
					i++;
				}
		double grand = Descriptives.mean(y);
		for (int k = 0; k < nObs; k++) y[k] -= grand; // intercept absorbs it; improves precision
		double ssTotal = Descriptives.sumSquares(y, 0);

		double[] resFull = LeastSquares.residuals(x, y);
		double rssFull = Descriptives.sumSquares(resFull, 0);
		double ssRow = ssDropped(x, y, resFull, 1, pRow);
		double ssCol = ssDropped(x, y, resFull, 1 + pRow, pCol);
		double msRes = rssFull / dfRes;
		List<AnovaRow> rows = new ArrayList<>();
		if (replicated) {
			double ssInt = ssDropped(x, y, resFull, 1 + pRow + pCol, pInt);
			rows.add(AnovaRow.effect("row", ssRow, pRow, msRes, dfRes, ssTotal));
			rows.add(AnovaRow.effect("col", ssCol, pCol, msRes, dfRes, ssTotal));
			rows.add(AnovaRow.effect("row:col", ssInt, pInt, msRes, dfRes, ssTotal));
		}
		else {
			rows.add(AnovaRow.effect("row", ssRow, pRow, msRes, dfRes, ssTotal));
			rows.add(AnovaRow.effect("col", ssCol, pCol, msRes, dfRes, ssTotal));
		}
		rows.add(AnovaRow.residual(rssFull, dfRes, ssTotal));
		return new TwoWayAnovaResult(t, rows, msRes, dfRes, ssTotal, replicated);
	}

	/** Type III SS of the effect in columns [from, from + count): |res(without) - res(full)|^2. */
	private static double ssDropped(double[][] x, double[] y, double[] resFull, int from, int count) {
		return LeastSquares.distance2(LeastSquares.residuals(drop(x, from, count), y), resFull);
	}

	/** Sum-to-zero coding: level l < L-1 is the unit vector e_l, the last level is all -1. */
	private static void fillRow(double[] row, int r, int c, int nr, int nc, boolean interaction) {
		row[0] = 1;
		double[] a = code(r, nr), b = code(c, nc);
		System.arraycopy(a, 0, row, 1, a.length);
		System.arraycopy(b, 0, row, 1 + a.length, b.length);
		if (interaction) {
			int k = 1 + a.length + b.length;
			for (double u : a)
				for (double v : b) row[k++] = u * v;
		}
	}

	private static double[] code(int level, int levels) {
		double[] v = new double[levels - 1];
		if (level == levels - 1) java.util.Arrays.fill(v, -1);
		else v[level] = 1;
		return v;
	}

	/** The design without columns [from, from + count). */
	private static double[][] drop(double[][] x, int from, int count) {
		double[][] out = new double[x.length][];
		for (int i = 0; i < x.length; i++) {
			double[] r = new double[x[i].length - count];
			System.arraycopy(x[i], 0, r, 0, from);
			System.arraycopy(x[i], from + count, r, from, x[i].length - from - count);
			out[i] = r;
		}
		return out;
	}
}
