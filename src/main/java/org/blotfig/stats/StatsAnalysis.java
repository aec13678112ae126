package org.blotfig.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.blotfig.core.InputException;

/**
 * One analysis of a long table as the CLI and the Fiji command run it: the ANOVA of the chosen
 * design, the post-hoc comparisons and the cell descriptives. With a two-sample {@link Test}
 * other than {@link Test#POOLED} the same pairs are compared by separate Student, Welch or
 * Mann-Whitney tests (Prism's "multiple t tests"), adjusted over the family by the post-hoc
 * method (Sidak, Bonferroni, Holm-Sidak or none).
 */
public final class StatsAnalysis {

	private StatsAnalysis() {}

	public enum Design {
		/** Row factor x column factor; comparisons of columns within each row. */
		TWO_WAY,
		/** One factor (columns, or every cell); comparisons of all groups. */
		ONE_WAY;

		public static Design parse(String s) {
			String k = s.trim().toLowerCase(Locale.ROOT);
			if (k.equals("two-way") || k.equals("two_way") || k.equals("twoway")) return TWO_WAY;
			if (k.equals("one-way") || k.equals("one_way") || k.equals("oneway")) return ONE_WAY;
			throw new InputException("unknown design '" + s + "' (use two-way or one-way)");
		}
	}

	public enum Test {
		/** t from the pooled residual MS and df of the ANOVA (Prism's post-hoc tests). */
		POOLED,
		/** Separate Student t test per pair. */
		STUDENT,
		/** Separate Welch t test per pair. */
		WELCH,
		/** Separate Mann-Whitney test per pair. */
		MANN_WHITNEY;

		public static Test parse(String s) {
			String k = s.trim().toLowerCase(Locale.ROOT).replace('_', '-');
			if (k.isEmpty() || k.equals("pooled") || k.equals("anova")) return POOLED;
			if (k.equals("student") || k.equals("t")) return STUDENT;
			if (k.equals("welch")) return WELCH;
			if (k.equals("mann-whitney") || k.equals("wilcoxon")) return MANN_WHITNEY;
			throw new InputException("unknown test '" + s + "' (use student, welch or mann-whitney)");
		}
	}

	/** One cell of the table with its descriptives. */
	public static final class Cell {
		public final String row;
		public final String col;
		public final Descriptives stats;

		Cell(String row, String col, Descriptives stats) {
			this.row = row;
			this.col = col;
			this.stats = stats;
		}
	}

	public static final class Result {
		public final List<AnovaRow> anova;
		public final List<Comparison> comparisons;
		public final List<Cell> cells;

		Result(List<AnovaRow> anova, List<Comparison> comparisons, List<Cell> cells) {
			this.anova = Collections.unmodifiableList(anova);
			this.comparisons = Collections.unmodifiableList(comparisons);
			this.cells = Collections.unmodifiableList(cells);
		}

		/** Human-readable problems (e.g. a pair whose test R would refuse), one per line. */
		public List<String> warnings() {
			List<String> w = new ArrayList<>();
			for (Comparison c : comparisons)
				if (!c.note.isEmpty()) w.add((c.row.isEmpty() ? "" : c.row + ": ") + c.group1 + " vs " +
					c.group2 + ": " + c.note);
			return w;
		}
	}

	/** Checks the options before any work (and before the caller writes anything). */
	public static void validate(Design design, Posthoc posthoc, Test test) {
		if (test != Test.POOLED && (posthoc == Posthoc.TUKEY || posthoc == Posthoc.DUNNETT))
			throw new InputException("--posthoc " + posthoc.cliName() + " works on the pooled ANOVA " +
				"comparisons; with a separate two-sample test use sidak, bonferroni, holm-sidak or none");
	}

	public static Result run(LongTable t, Design design, Posthoc posthoc, Test test) {
		validate(design, posthoc, test);
		List<Cell> cells = new ArrayList<>();
		for (int r = 0; r < t.rows(); r++)
			for (int c = 0; c < t.cols(); c++)
				if (t.cellCount(r, c) > 0) cells.add(new Cell(t.rowLevels().get(r), t.colLevels().get(c),
					Descriptives.of(t.cell(r, c))));
		if (design == Design.TWO_WAY) {
			TwoWayAnovaResult fit = TwoWayAnova.fit(t);
			List<Comparison> comps = test == Test.POOLED ? fit.withinRowComparisons(posthoc)
				: Family.adjust(withinRowTests(t, test), posthoc, t.cols(), null);
			return new Result(fit.rows(), comps, cells);
		}
		OneWayAnova fit = OneWayAnova.fit(t);
		List<Comparison> comps;
		if (test == Test.POOLED) comps = fit.comparisons(posthoc);
		else {
			List<Comparison> raw = new ArrayList<>();
			List<double[]> values = groupValues(t);
			for (int a = 0; a < values.size(); a++)
				for (int b = a + 1; b < values.size(); b++)
					raw.add(twoSample(test, "", fit.labels().get(a), fit.labels().get(b), values.get(a), values.get(b)));
			comps = Family.adjust(raw, posthoc, values.size(), null);
		}
		return new Result(fit.rows(), comps, cells);
	}

	private static List<Comparison> withinRowTests(LongTable t, Test test) {
		List<Comparison> raw = new ArrayList<>();
		for (int r = 0; r < t.rows(); r++)
			for (int a = 0; a < t.cols(); a++)
				for (int b = a + 1; b < t.cols(); b++)
					raw.add(twoSample(test, t.rowLevels().get(r), t.colLevels().get(a), t.colLevels().get(b),
						t.cell(r, a), t.cell(r, b)));
		return raw;
	}

	/** Values per group in the order of {@link OneWayAnova#fit(LongTable)}. */
	private static List<double[]> groupValues(LongTable t) {
		List<double[]> v = new ArrayList<>();
		for (int r = 0; r < t.rows(); r++)
			for (int c = 0; c < t.cols(); c++)
				if (t.cellCount(r, c) > 0) v.add(t.cell(r, c));
		return v;
	}

	static Comparison twoSample(Test test, String row, String g1, String g2, double[] x, double[] y) {
		switch (test) {
			case STUDENT:
				return TwoSampleTests.student(row, g1, g2, x, y);
			case WELCH:
				return TwoSampleTests.welch(row, g1, g2, x, y);
			case MANN_WHITNEY:
				return TwoSampleTests.mannWhitney(row, g1, g2, x, y);
			default:
				throw new IllegalArgumentException(test.toString());
		}
	}
}
