package org.blotfig.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.blotfig.flow.FcsDataset;
import org.blotfig.flow.GatingOptions;
import org.blotfig.flow.PositiveReport;
import org.blotfig.io.OutputDir;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code blotfig flow positive FILE --channel CH --control FILE [--percentile 99] --out DIR}. */
@Command(name = "positive", mixinStandardHelpOptions = true,
	description = "Single-marker %% positive against an unstained or isotype control (threshold = the " +
		"control's percentile, R type 7; events on the threshold count as positive). Writes DIR/positive.csv.")
public final class FlowPositiveCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "FILE", description = "sample FCS file")
	Path file;

	@Option(names = "--channel", required = true, paramLabel = "CH", description = "marker channel: its name " +
		"(e.g. FL2-H), its stain label (e.g. CD105-PE) or its number; blotfig fcs info FILE lists them")
	String channel;

	@Option(names = "--control", required = true, paramLabel = "FILE", description = "unstained or isotype control")
	Path control;

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
	Path out;

	@picocli.CommandLine.Mixin
	GatingMixin gating = new GatingMixin();

	@Override
	public Integer call() {
		OutputDir.checkFolder(out);
		GatingOptions options = gating.options();
		FcsDataset s = gating.read(file);
		FcsDataset c = gating.read(control);
		PositiveReport r = PositiveReport.analyse(file, s, channel, Double.NaN, control, c, options);
		Path csv = new OutputDir(out).writeText("positive.csv", r.toCsv());
		System.out.println(String.format(java.util.Locale.ROOT, "%s: %d of %d events positive (%.2f %%), " +
			"threshold %.4g (%s) -> %s", r.channel, r.result.positive, r.result.total, r.result.percent(),
			r.result.threshold, r.thresholdSource, csv));
		return 0;
	}
}
