package org.blotfig.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.blotfig.io.OutputDir;
import org.blotfig.study.ApoptosisFigure;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code blotfig flow apoptosis SHEET.csv --out DIR}: Annexin V / PI quadrants per file, dot plots, bar chart. */
@Command(name = "apoptosis", mixinStandardHelpOptions = true, sortOptions = false,
	description = { "Annexin V / PI study figure: quadrants of every FCS file with thresholds at its unstained " +
		"control's percentile, density dot plots (unstained + one replicate per group) and the bar chart of early " +
		"and late apoptosis per group with two-way ANOVA + Sidak.",
		"SHEET.csv: sample,group,replicate,file,control,annexin,pi[,percentile] (paths relative to the sheet; the " +
			"first group is the reference; percentile default 99).",
		"Writes NAME_dots.svg/.png/.pdf, NAME_bars.svg/.png/.pdf, NAME_quadrants.csv, NAME_anova.csv, NAME_comparisons.csv, " +
			"NAME_cells.csv." })
public final class FlowApoptosisCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "SHEET.csv", description = "one row per stained sample")
	Path sheet;

	@Spec
	CommandSpec spec;

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
	Path out;

	@Option(names = "--name", paramLabel = "NAME", defaultValue = "apoptosis", description = "file name stem " +
		"(default ${DEFAULT-VALUE})")
	String name;

	@Override
	public Integer call() {
		OutputDir.checkFolder(out);
		OutputDir.checkInputsKept(out, ApoptosisFigure.files(name), sheet);
		ApoptosisFigure f = ApoptosisFigure.load(sheet);
		List<Path> inputs = new ArrayList<>();
		for (ApoptosisFigure.Sample s : f.samples) {
			inputs.add(s.file);
			inputs.add(s.control);
		}
		OutputDir.checkInputsKept(out, ApoptosisFigure.files(name), inputs.toArray(new Path[0]));
		OutputDir dir = new OutputDir(out);
		f.write(dir, name);
		StaleFiles.remove("flow apoptosis", out, dir, ApoptosisFigure.files(name), spec.commandLine().getErr());
		StringBuilder sb = new StringBuilder();
		for (String pop : ApoptosisFigure.populations()) {
			sb.append(sb.length() == 0 ? "" : "; ").append(pop).append(':');
			for (String g : f.groups) sb.append(String.format(Locale.ROOT, " %s %.2f %%", g, f.mean(pop, g)));
			if (!f.stars(pop).isEmpty()) sb.append(' ').append(f.stars(pop));
		}
		System.out.println(f.samples.size() + " samples, " + f.groups.size() + " groups: " + sb + " -> " + out);
		return 0;
	}
}
