package org.blotfig.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.blotfig.core.InputException;
import org.blotfig.flow.FcsDataset;
import org.blotfig.flow.GatingOptions;
import org.blotfig.flow.QuadrantReport;
import org.blotfig.io.OutputDir;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code blotfig flow quadrants FILE --x CH --y CH (--x-threshold V --y-threshold V | --control
 * FILE [--percentile 99]) --out DIR}: quadrants.csv with count and percent per quadrant.
 */
@Command(name = "quadrants", mixinStandardHelpOptions = true,
	description = {"Quadrant gate on two channels (e.g. Annexin V on x, PI on y). Thresholds are in " +
		"scaled value units; an event exactly on a threshold counts as positive. Writes DIR/quadrants.csv.",
		"Percentiles are R type 7 (numpy 'linear')."})
public final class FlowQuadrantsCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "FILE", description = "sample FCS file")
	Path file;

	@Option(names = "--x", required = true, paramLabel = "CH", description = "x channel: its name (e.g. " +
		"FL1-H), its stain label (e.g. Annexin V-FITC) or its number; blotfig fcs info FILE lists them")
	String x;

	@Option(names = "--y", required = true, paramLabel = "CH", description = "y channel, e.g. FL2-H (PI)")
	String y;

	@Option(names = "--x-threshold", paramLabel = "V", description = "x threshold in scaled units, with " +
		"--y-threshold (instead of --control)")
	Double xThreshold;

	@Option(names = "--y-threshold", paramLabel = "V", description = "y threshold in scaled units")
	Double yThreshold;

	@Option(names = "--control", paramLabel = "FILE", description = "unstained control: thresholds = its percentile " +
		"on each channel (give this or both thresholds)")
	Path control;

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
	Path out;

	@picocli.CommandLine.Mixin
	GatingMixin gating = new GatingMixin();

	@Override
	public Integer call() {
		boolean given = xThreshold != null || yThreshold != null;
		if (given == (control != null)) throw new InputException("flow quadrants: give either --x-threshold " +
			"and --y-threshold, or --control (not both)");
		if (given && (xThreshold == null || yThreshold == null)) throw new InputException("flow quadrants: " +
			"give both --x-threshold and --y-threshold");
		OutputDir.checkFolder(out);
		GatingOptions options = gating.options();
		FcsDataset s = gating.read(file);
		FcsDataset c = control == null ? null : gating.read(control);
		QuadrantReport r = QuadrantReport.analyse(file, s, x, y, given ? xThreshold : Double.NaN,
			given ? yThreshold : Double.NaN, control, c, options);
		Path csv = new OutputDir(out).writeText("quadrants.csv", r.toCsv());
		System.out.println(summary(r) + " -> " + csv);
		return 0;
	}

	/** The four percentages and where the lines were drawn, so that a run is not silent. */
	static String summary(QuadrantReport r) {
		StringBuilder sb = new StringBuilder();
		for (int q = 0; q < 4; q++)
			sb.append(q > 0 ? ", " : "").append(r.quadrantName(q)).append(" (")
				.append(org.blotfig.flow.QuadrantGate.APOPTOSIS_LABELS[q]).append(") ")
				.append(String.format(java.util.Locale.ROOT, "%.2f %%", r.result.percent(q)));
		return sb + String.format(java.util.Locale.ROOT, " (%s at %.4g, %s at %.4g; %s)", r.xChannel,
			r.result.xThreshold, r.yChannel, r.result.yThreshold, r.thresholdSource);
	}
}
