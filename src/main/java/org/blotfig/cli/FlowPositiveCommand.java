package org.blotfig.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.blotfig.flow.FcsDataset;
import org.blotfig.flow.FcsReader;
import org.blotfig.flow.GatingOptions;
import org.blotfig.flow.PositiveReport;
import org.blotfig.io.OutputDir;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code blotfig flow positive FILE --channel CH --control FILE [--percentile 99] --out DIR}. */
@Command(name = "positive", mixinStandardHelpOptions = true,
	description = "Single-marker % positive against an unstained or isotype control (threshold = the " +
		"control's percentile, R type 7; events on the threshold count as positive). Writes DIR/positive.csv.")
public final class FlowPositiveCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "FILE", description = "sample FCS file")
	Path file;

	@Option(names = "--channel", required = true, paramLabel = "CH", description = "marker channel")
	String channel;

	@Option(names = "--control", required = true, paramLabel = "FILE", description = "unstained or isotype control")
	Path control;

	@Option(names = "--percentile", description = "control percentile (default 99)")
	double percentile = 99;

	@Option(names = "--dataset", description = "dataset number in both files (default 1)")
	int dataset = 1;

	@Option(names = "--out", required = true, paramLabel = "DIR")
	Path out;

	@Option(names = "--compensate", description = "compensate with the file's spillover matrix first")
	boolean compensate;

	@picocli.CommandLine.Mixin
	DebrisOptions debris = new DebrisOptions();

	@Override
	public Integer call() {
		OutputDir.checkFolder(out);
		org.blotfig.flow.DebrisGate gate = debris.gate();
		FcsDataset s = FcsReader.read(file).dataset(dataset);
		FcsDataset c = FcsReader.read(control).dataset(dataset);
		PositiveReport r = PositiveReport.analyse(file, s, channel, Double.NaN, control, c, new GatingOptions().percentile(percentile)
			.debris(gate).compensate(compensate));
		new OutputDir(out).writeText("positive.csv", r.toCsv());
		return 0;
	}
}
