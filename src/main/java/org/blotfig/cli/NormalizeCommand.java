package org.blotfig.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.blotfig.core.ProgressListener;
import org.blotfig.ij.BlotSetImages;
import org.blotfig.io.OutputDir;
import org.blotfig.norm.BlotSetResult;
import org.blotfig.norm.BlotSetRun;
import org.blotfig.norm.NormalizedRow;
import org.blotfig.study.BlotSetOutputs;
import org.blotfig.study.FoldChangeFigure;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code blotfig normalize SET.csv --out DIR}: detects the bands on every image of a blot set,
 * normalises each target to the loading control (or total protein) of its lane, and writes
 * normalized.csv, qc.csv, ladder.csv and dilution.csv, then the fold-change figure with its
 * statistics ({@link FoldChangeFigure}). The set is read and validated completely before anything
 * is written.
 */
@Command(name = "normalize", mixinStandardHelpOptions = true, sortOptions = false,
	description = "Blot set: ratio to the loading control, fold change per membrane, MW, QC -> DIR/normalized.csv")
public final class NormalizeCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "SET.csv", description = "blot set: image,target,role[,membrane,row,mw_kda,lane,sample_sheet]")
	Path set;

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
	Path out;

	@Option(names = "--samples", paramLabel = "FILE", description = "sample sheet (default: the one the set names, or samples.csv beside it)")
	Path samples;

	@Option(names = "--reference", paramLabel = "GROUP", description = "group whose mean ratio is 1 (default: the sample sheet's first group)")
	String reference;

	@Option(names = "--mw-fit", paramLabel = "MODEL", defaultValue = "log-linear", description = "ladder fit: log-linear or cubic (default ${DEFAULT-VALUE})")
	String mwFit;

	@Option(names = "--mw-tolerance", paramLabel = "F", defaultValue = "0.15", description = "relative tolerance when finding a band by mw_kda (default ${DEFAULT-VALUE})")
	double mwTolerance;

	@Option(names = "--lanes", paramLabel = "N", defaultValue = "0", description = "lanes per image, ladders included (default: found automatically)")
	int lanes;

	@Option(names = "--background", paramLabel = "M", defaultValue = "valley", description = "band background: valley, border, rolling-ball or none (default ${DEFAULT-VALUE})")
	String background;

	@Option(names = "--polarity", paramLabel = "P", defaultValue = "auto", description = "auto, light-bands or dark-bands (default ${DEFAULT-VALUE})")
	String polarity;

	@picocli.CommandLine.Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		BlotSetRun.Settings s = new BlotSetRun.Settings();
		s.referenceGroup = reference;
		s.mwFit = mwFit;
		s.mwTolerance = mwTolerance;
		s.lanes = lanes;
		s.background = background;
		s.polarity = polarity;
		BlotSetRun run = BlotSetRun.prepare(set, samples, s); // validates everything first
		run.checkOutput(out, FoldChangeFigure.FILES);
		OutputDir.checkFolder(out);
		BlotSetImages images = new BlotSetImages();
		BlotSetResult r = run.run(images, images.warnings(), ProgressListener.NONE);
		FoldChangeFigure fig = FoldChangeFigure.of(r);
		OutputDir dir = new OutputDir(out);
		BlotSetOutputs.write(dir, run, r, fig);
		// safe: checkOutput above refused inputs of these names in --out
		StaleFiles.remove("normalize", out, dir, BlotSetOutputs.files(), spec.commandLine().getErr());
		for (String w : r.warnings) spec.commandLine().getErr().println("blotfig normalize: warning: " + w);
		spec.commandLine().getOut().println(out.resolve("normalized.csv") + ": " + r.rows.size() + " rows, " + r.excluded() +
			" excluded (reason in 'flags'), " + r.imprecise() + " " + NormalizedRow.IMPRECISE +
			" (fold change's 95 % interval wider than +-3 %), reference group '" + r.referenceGroup + "'");
		if (fig != null) spec.commandLine().getOut().println(out.resolve("fold_change.svg") + ": " + fig.summary());
		return 0;
	}
}
