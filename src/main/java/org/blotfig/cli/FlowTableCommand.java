package org.blotfig.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.blotfig.io.OutputDir;
import org.blotfig.stats.Comparison;
import org.blotfig.study.FlowPercentFiles;
import org.blotfig.study.FlowPercentStudy;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code blotfig flow table TABLE.csv --out DIR}: the percentages labs export from FlowJo (or a
 * long table) as a study figure: % per population and group, two-way ANOVA + Sidak, bar chart.
 */
@Command(name = "table", mixinStandardHelpOptions = true, sortOptions = false,
	description = { "Flow percentages of a study from a FlowJo statistics table (with --samples) or a long table " +
		"sample,group,population,percent: two-way ANOVA (population x group) + Sidak within each population, " +
		"and the bar chart.",
		"Writes percent.csv, anova.csv, comparisons.csv, cells.csv and figure.svg/.png/.pdf." })
public final class FlowTableCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "TABLE.csv", description = "FlowJo table export, or sample,group,population,percent")
	Path table;

	@Spec
	CommandSpec spec;

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
	Path out;

	@Option(names = "--samples", paramLabel = "SHEET.csv", description = "for a FlowJo table: sample,group (sample as " +
		"in the table's first column)")
	Path samples;

	@Option(names = "--annexin", paramLabel = "CH", description = "with --pi: name the four Annexin V / PI quadrants " +
		"(live, early, late apoptotic, necrotic) from the gates' signs on these channels, e.g. FL1-H")
	String annexin;

	@Option(names = "--pi", paramLabel = "CH", description = "the PI channel, e.g. FL2-H")
	String pi;

	@Option(names = "--reference", paramLabel = "GROUP", description = "group drawn first and compared with " +
		"(default: the first group)")
	String reference;

	@Option(names = "--y-label", paramLabel = "TEXT", defaultValue = "Cells (%)", description = "figure y axis " +
		"(default: ${DEFAULT-VALUE})")
	String yLabel;

	@Override
	public Integer call() {
		if ((annexin == null) != (pi == null))
			throw new org.blotfig.core.InputException("give both --annexin and --pi, or neither");
		OutputDir.checkFolder(out);
		OutputDir.checkInputsKept(out, FlowPercentFiles.FILES, table, samples);
		String ref = reference == null || reference.trim().isEmpty() ? null : reference.trim();
		FlowPercentStudy s = FlowPercentFiles.load(table, samples, annexin, pi, ref);
		OutputDir dir = new OutputDir(out);
		FlowPercentFiles.write(dir, s, yLabel);
		StaleFiles.remove("flow table", out, dir, FlowPercentFiles.FILES, spec.commandLine().getErr());
		System.out.println(s.values.size() + " values (" + s.table.rows() + " populations x " + s.table.cols() +
			" groups) -> " + out);
		if (s.stats == null) System.out.println(s.note);
		else for (Comparison c : s.stats.comparisons)
			System.out.println(String.format(Locale.ROOT, "  %s: %s vs %s, P %s %s", c.row, c.group1, c.group2,
				c.pDisplay(), c.stars()));
		return 0;
	}
}
