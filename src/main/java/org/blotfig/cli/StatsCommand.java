package org.blotfig.cli;

import org.blotfig.study.TableFigure;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.blotfig.stats.AnovaRow;
import org.blotfig.stats.LongTable;
import org.blotfig.stats.Posthoc;
import org.blotfig.stats.StatsAnalysis;
import org.blotfig.stats.io.StatsInputs;
import org.blotfig.stats.io.StatsReport;
import org.blotfig.io.OutputDir;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code blotfig stats}: ANOVA and post-hoc comparisons of a long CSV, as Prism/R compute them. */
@Command(name = "stats", mixinStandardHelpOptions = true,
	description = { "Two-way (Type III) or one-way ANOVA with post-hoc comparisons, equal to R/Prism.",
		"blotfig stats DATA.csv --design two-way --posthoc sidak --out DIR",
		"DATA.csv: row,col[,rep],value (row factor, column factor/group, one value per line).",
		"Writes anova.csv, comparisons.csv (within-row comparisons for two-way, all pairs for one-way), " +
			"cells.csv and the bar chart figure.svg/.png/.pdf (mean +- SD, every value a dot; with two groups, " +
			"each row's stars)." })
public final class StatsCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "DATA.csv", description = "Long table row,col[,rep],value.")
	Path data;

	@Option(names = "--design", defaultValue = "two-way", description = "two-way or one-way (default: ${DEFAULT-VALUE}).")
	String design;

	@Option(names = "--posthoc", defaultValue = "sidak",
		description = "sidak, tukey, dunnett, bonferroni, holm-sidak or none (default: ${DEFAULT-VALUE}).")
	String posthoc;

	@Option(names = "--test", defaultValue = "pooled",
		description = "pooled (t from the ANOVA's residual MS), student, welch or mann-whitney (default: ${DEFAULT-VALUE}).")
	String test;

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
	Path out;

	@Option(names = "--title", defaultValue = "", paramLabel = "TEXT", description = "Figure title (default: none).")
	String title;

	@Option(names = "--y-label", defaultValue = "Value", paramLabel = "TEXT",
		description = "Figure y axis label, e.g. 'IL-2 (pg/mL)' (default: ${DEFAULT-VALUE}).")
	String yLabel;


	@Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		// validate everything before writing anything
		StatsAnalysis.Design d = StatsAnalysis.Design.parse(design);
		Posthoc p = Posthoc.parse(posthoc);
		StatsAnalysis.Test t = StatsAnalysis.Test.parse(test);
		StatsAnalysis.validate(d, p, t);
		OutputDir.checkFolder(out);
		OutputDir.checkInputsKept(out, TableFigure.files("figure"), data);
		LongTable table = StatsInputs.load(data);
		StatsAnalysis.Result r = StatsAnalysis.run(table, d, p, t);
		OutputDir dir = new OutputDir(out);
		StatsReport.write(dir, r);
		TableFigure.write(dir, "figure", TableFigure.of(table, d == StatsAnalysis.Design.TWO_WAY ? r : null, title, yLabel), table);
		PrintWriter o = spec.commandLine().getOut();
		for (AnovaRow a : r.anova)
			if (!Double.isNaN(a.p)) o.printf(Locale.ROOT, "%s: F(%s, %s) = %.4g, P %s %s, %.2f %% of total variation%n",
				a.source, fmt(a.df), fmt(r.anova.get(r.anova.size() - 1).df), a.f, a.pDisplay(), a.stars(), a.pctTotal);
		o.println(r.comparisons.size() + " comparisons (" + p.cliName() + ", " + t.name().toLowerCase(Locale.ROOT)
			.replace('_', '-') + ") written to " + out.resolve("comparisons.csv"));
		for (String w : r.warnings()) spec.commandLine().getErr().println("blotfig stats: warning: " + w);
		return 0;
	}

	private static String fmt(double df) {
		return df == Math.rint(df) ? Long.toString((long) df) : String.format(Locale.ROOT, "%.3f", df);
	}
}
