package org.blotfig.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.blotfig.core.InputException;

/**
 * One-way ANOVA over k groups (R's {@code anova(lm(value ~ group))}) with its post-hoc
 * comparisons, plus Welch's heteroscedastic one-way test ({@code oneway.test}).
 */
public final class OneWayAnova {

	private final String source;
	private final List<String> labels;
	private final List<Descriptives> groups;
	private final List<AnovaRow> rows;
	private final double msResidual;
	private final int dfResidual;

	private OneWayAnova(String source, List<String> labels, List<Descriptives> groups,
		List<AnovaRow> rows, double msResidual, int dfResidual)
	{
		this.source = source;
		this.labels = Collections.unmodifiableList(labels);
		this.groups = Collections.unmodifiableList(groups);
		this.rows = Collections.unmodifiableList(rows);
		this.msResidual = msResidual;
		this.dfResidual = dfResidual;
	}

	/**
	 * Groups of a long table: the column levels when there is one row level, the row levels when
	 * there is one column level, else every cell ("row:col", row by row).
	 */
	public static OneWayAnova fit(LongTable t) {
		List<String> labels = new ArrayList<>();
		List<double[]> values = new ArrayList<>();
		for (int r = 0; r < t.rows(); r++)
			for (int c = 0; c < t.cols(); c++) {
				if (t.cellCount(r, c) == 0) continue;
				labels.add(t.rows() == 1 ? t.colLevels().get(c) : t.cols() == 1 ? t.rowLevels().get(r)
					: t.rowLevels().get(r) + ":" + t.colLevels().get(c));
				values.add(t.cell(r, c));
			}
		return fit(t.source(), labels, values);
	}

	public static OneWayAnova fit(String source, List<String> labels, List<double[]> values) {
		int k = values.size();
		if (k < 2) throw new InputException(source + ": one-way ANOVA needs at least 2 groups (found " + k + ")");
		List<Descriptives> d = new ArrayList<>();
		int n = 0;
		for (int i = 0; i < k; i++) {
			if (values.get(i).length == 0) throw new InputException(source + ": group " + labels.get(i) +
				" has no values");
			d.add(Descriptives.of(values.get(i)));
			n += values.get(i).length;
		}
		int dfRes = n - k;
		if (dfRes < 1) throw new InputException(source + ": no residual degrees of freedom (" + n +
			" values in " + k + " groups); add replicates");
		double[] all = new double[n];
		int j = 0;
		for (double[] v : values)
			for (double x : v) all[j++] = x;
		double grand = Descriptives.mean(all);
		double ssTotal = Descriptives.sumSquares(all, grand);
		double ssRes = 0, ssBetween = 0;
		for (int i = 0; i < k; i++) {
			ssRes += Descriptives.sumSquares(values.get(i), d.get(i).mean);
			double dm = d.get(i).mean - grand;
			ssBetween += d.get(i).n * dm * dm;
		}
		double ms = ssRes / dfRes;
		List<AnovaRow> rows = new ArrayList<>();
		rows.add(AnovaRow.effect("group", ssBetween, k - 1, ms, dfRes, ssTotal));
		rows.add(AnovaRow.residual(ssRes, dfRes, ssTotal));
		return new OneWayAnova(source, new ArrayList<>(labels), d, rows, ms, dfRes);
	}

	public List<AnovaRow> rows() {
		return rows;
	}

	public List<String> labels() {
		return labels;
	}

	public List<Descriptives> groups() {
		return groups;
	}

	public double msResidual() {
		return msResidual;
	}

	public int dfResidual() {
		return dfResidual;
	}

	/**
	 * Pairwise comparisons with the pooled residual MS: all pairs (Tukey-Kramer for unequal n),
	 * or for Dunnett each group against the first (the control). One family.
	 */
	public List<Comparison> comparisons(Posthoc method) {
		List<Comparison> raw = new ArrayList<>();
		List<Double> lambda = new ArrayList<>();
		int k = groups.size();
		for (int a = 0; a < k; a++)
			for (int b = a + 1; b < k; b++) {
				if (method == Posthoc.DUNNETT && a != 0) continue;
				raw.add(TwoWayAnovaResult.rawComparison("", labels.get(a), labels.get(b), groups.get(a),
					groups.get(b), msResidual, dfResidual));
				lambda.add(Math.sqrt(groups.get(b).n / (double) (groups.get(b).n + groups.get(a).n)));
			}
		return Family.adjust(raw, method, k, TwoWayAnovaResult.toArray(lambda));
	}

	/** Welch's one-way ANOVA (R {@code oneway.test(var.equal = FALSE)}): F, df1, df2, P. */
	public double[] welch() {
		int k = groups.size();
		double sw = 0, swm = 0;
		double[] w = new double[k];
		for (int i = 0; i < k; i++) {
			Descriptives g = groups.get(i);
			if (!(g.sd > 0)) throw new InputException(source + ": Welch's ANOVA is undefined: group " +
				labels.get(i) + (g.n < 2 ? " has one value" : " has zero variance"));
			w[i] = g.n / (g.sd * g.sd);
			sw += w[i];
			swm += w[i] * g.mean;
		}
		double mw = swm / sw, a = 0, tmp = 0;
		for (int i = 0; i < k; i++) {
			double dm = groups.get(i).mean - mw;
			a += w[i] * dm * dm;
			double u = 1 - w[i] / sw;
			tmp += u * u / (groups.get(i).n - 1);
		}
		a /= k - 1;
		tmp /= k * k - 1.0;
		double f = a / (1 + 2 * (k - 2) * tmp);
		double df2 = 1 / (3 * tmp);
		return new double[] { f, k - 1, df2, Distributions.fUpper(f, k - 1, df2) };
	}
}
