package org.blotfig.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The ANOVA table of a two-way fit plus what the post-hoc comparisons need (pooled MS, df). */
public final class TwoWayAnovaResult {

	private final LongTable table;
	private final List<AnovaRow> rows;
	private final double msResidual;
	private final int dfResidual;
	private final double ssTotal;
	private final boolean replicated;

	TwoWayAnovaResult(LongTable table, List<AnovaRow> rows, double msResidual, int dfResidual,
		double ssTotal, boolean replicated)
	{
		this.table = table;
		this.rows = Collections.unmodifiableList(rows);
		this.msResidual = msResidual;
		this.dfResidual = dfResidual;
		this.ssTotal = ssTotal;
		this.replicated = replicated;
	}

	public LongTable table() {
		return table;
	}

	/** Effect lines (row, col[, row:col]) then the residual line. */
	public List<AnovaRow> rows() {
		return rows;
	}

	/** The line for "row", "col", "row:col" or "Residuals". */
	public AnovaRow row(String source) {
		for (AnovaRow r : rows)
			if (r.source.equals(source)) return r;
		throw new IllegalArgumentException("no ANOVA line '" + source + "'");
	}

	public double msResidual() {
		return msResidual;
	}

	public int dfResidual() {
		return dfResidual;
	}

	public double ssTotal() {
		return ssTotal;
	}

	/** False when every cell has one value (additive model, no interaction line). */
	public boolean replicated() {
		return replicated;
	}

	/** Descriptive statistics per cell, [row][col]. */
	public Descriptives[][] cells() {
		Descriptives[][] d = new Descriptives[table.rows()][table.cols()];
		for (int r = 0; r < table.rows(); r++)
			for (int c = 0; c < table.cols(); c++) d[r][c] = Descriptives.of(table.cell(r, c));
		return d;
	}

	/**
	 * Prism's "compare cell means within each row" (simple effects of the column factor): every
	 * pair of columns in every row (Dunnett: each column against the first), diff = mean1 -
	 * mean2 of the raw cell means, SE = sqrt(MS_res (1/n1 + 1/n2)) with the pooled residual MS
	 * and df of the whole ANOVA. Sidak, Bonferroni, Holm-Sidak and Fisher LSD treat all rows as
	 * one family (K = all comparisons, Prism's choice); Tukey and Dunnett use one family per row
	 * with k = number of columns (as R's {@code emmeans(fit, ~ col | row)} does).
	 */
	public List<Comparison> withinRowComparisons(Posthoc method) {
		Descriptives[][] cells = cells();
		int nc = table.cols();
		List<List<Comparison>> perRow = new ArrayList<>();
		List<double[]> lambdas = new ArrayList<>();
		for (int r = 0; r < table.rows(); r++) {
			List<Comparison> raw = new ArrayList<>();
			List<Double> lam = new ArrayList<>();
			for (int a = 0; a < nc; a++)
				for (int b = a + 1; b < nc; b++) {
					if (method == Posthoc.DUNNETT && a != 0) continue;
					raw.add(rawComparison(table.rowLevels().get(r), table.colLevels().get(a),
						table.colLevels().get(b), cells[r][a], cells[r][b], msResidual, dfResidual));
					lam.add(Math.sqrt(cells[r][b].n / (double) (cells[r][b].n + cells[r][a].n)));
				}
			perRow.add(raw);
			lambdas.add(toArray(lam));
		}
		List<Comparison> out = new ArrayList<>();
		if (method == Posthoc.TUKEY || method == Posthoc.DUNNETT) {
			for (int r = 0; r < perRow.size(); r++)
				out.addAll(Family.adjust(perRow.get(r), method, nc, lambdas.get(r)));
		}
		else {
			List<Comparison> all = new ArrayList<>();
			for (List<Comparison> l : perRow) all.addAll(l);
			out.addAll(Family.adjust(all, method, nc, null));
		}
		return out;
	}

	/**
	 * Prism's "compare cell means regardless of rows and columns": every pair of cells, one
	 * family, k = number of cells, with the pooled residual MS and df. Cells are ordered by row,
	 * then column; a cell is labelled "col row" (R emmeans' naming). Holm-Sidak, Sidak and
	 * Bonferroni use K = all pairs.
	 */
	public List<Comparison> allCellComparisons(Posthoc method) {
		if (method == Posthoc.DUNNETT) throw new IllegalArgumentException(
			"Dunnett compares with a control column: use withinRowComparisons");
		Descriptives[][] cells = cells();
		int nr = table.rows(), nc = table.cols(), k = nr * nc;
		List<Comparison> raw = new ArrayList<>();
		for (int a = 0; a < k; a++)
			for (int b = a + 1; b < k; b++) {
				int ra = a / nc, ca = a % nc, rb = b / nc, cb = b % nc;
				raw.add(rawComparison("", table.colLevels().get(ca) + " " + table.rowLevels().get(ra),
					table.colLevels().get(cb) + " " + table.rowLevels().get(rb), cells[ra][ca], cells[rb][cb],
					msResidual, dfResidual));
			}
		return Family.adjust(raw, method, k, null);
	}

	/**
	 * Prism's "compare row means (main row effect)": each row's marginal mean is the unweighted
	 * average of its cell means (as R's emmeans; it differs from the plain row mean only when
	 * unbalanced), with var = MS_res / c^2 * sum_c 1/n_rc. All pairs of rows (Dunnett: each row
	 * against the first), one family, k = number of rows.
	 */
	public List<Comparison> rowMainEffectComparisons(Posthoc method) {
		return mainEffectComparisons(true, method);
	}

	/** The same for the column factor ("compare column means (main column effect)"). */
	public List<Comparison> colMainEffectComparisons(Posthoc method) {
		return mainEffectComparisons(false, method);
	}

	private List<Comparison> mainEffectComparisons(boolean byRow, Posthoc method) {
		int n = byRow ? table.rows() : table.cols(), other = byRow ? table.cols() : table.rows();
		List<String> levels = byRow ? table.rowLevels() : table.colLevels();
		double[] mean = new double[n], var = new double[n];
		Descriptives[][] cells = cells();
		for (int i = 0; i < n; i++) {
			double m = 0, inv = 0;
			for (int j = 0; j < other; j++) {
				Descriptives d = byRow ? cells[i][j] : cells[j][i];
				m += d.mean;
				inv += 1.0 / d.n;
			}
			mean[i] = m / other;
			var[i] = msResidual * inv / ((double) other * other);
		}
		List<Comparison> raw = new ArrayList<>();
		List<Double> lambda = new ArrayList<>();
		for (int a = 0; a < n; a++)
			for (int b = a + 1; b < n; b++) {
				if (method == Posthoc.DUNNETT && a != 0) continue;
				double diff = mean[a] - mean[b], se = Math.sqrt(var[a] + var[b]), t = diff / se;
				double p = Distributions.tTwoSided(t, dfResidual);
				raw.add(new Comparison("", levels.get(a), levels.get(b), diff, se, t, dfResidual, p, p,
					Double.NaN, Double.NaN));
				// Dunnett: corr(i, j) = var_0 / sqrt((var_0 + var_i)(var_0 + var_j))
				lambda.add(Math.sqrt(var[a] / (var[a] + var[b])));
			}
		return Family.adjust(raw, method, n, toArray(lambda));
	}

	static Comparison rawComparison(String row, String g1, String g2, Descriptives a,
		Descriptives b, double ms, double df)
	{
		double diff = a.mean - b.mean;
		double se = Math.sqrt(ms * (1.0 / a.n + 1.0 / b.n));
		double t = diff / se;
		double p = Distributions.tTwoSided(t, df);
		return new Comparison(row, g1, g2, diff, se, t, df, p, p, Double.NaN, Double.NaN);
	}

	static double[] toArray(List<Double> l) {
		double[] a = new double[l.size()];
		for (int i = 0; i < a.length; i++) a[i] = l.get(i);
		return a;
	}
}
