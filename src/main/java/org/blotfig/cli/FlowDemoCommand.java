package org.blotfig.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.blotfig.core.InputException;
import org.blotfig.flow.ApoptosisDemo;
import org.blotfig.io.OutputDir;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code blotfig flow demo --out DIR}: a synthetic stained sample and its unstained control as
 * FCS 3.1 (Annexin V-FITC on FL1-H, PI on FL2-H), with the true population counts in apoptosis_truth.csv.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
	description = "Write synthetic Annexin V/PI FCS files (stained + unstained control) with known truth.")
public final class FlowDemoCommand implements Callable<Integer> {

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
	Path out;

	@Option(names = "--seed", paramLabel = "N", description = "random seed (default 1); the control uses seed + 1")
	long seed = 1;

	@Option(names = "--events", paramLabel = "N", description = "events per file (default 5000)")
	int events = 5000;

	static final String[] POPS = { "debris", "live", "early apoptotic", "late apoptotic", "necrotic" };
	/** Stained sample: 5 % debris, then 60 % live, 20 % early, 10 % late, 5 % necrotic. */
	static final double[] STAINED = { 5, 60, 20, 10, 5 };
	static final double[] UNSTAINED = { 5, 95, 0, 0, 0 };

	@Override
	public Integer call() {
		if (events < 1 || events > 10_000_000) throw new InputException("flow demo: --events must be 1..10000000");
		OutputDir.checkFolder(out);
		ApoptosisDemo stained = ApoptosisDemo.generate(seed, events, STAINED);
		// the control is stained with nothing: the same cells without Annexin V or PI signal
		ApoptosisDemo control = ApoptosisDemo.generate(seed + 1, events, UNSTAINED);
		OutputDir dir = new OutputDir(out);
		dir.write("apoptosis_stained.fcs", os -> ApoptosisDemo.writer("apoptosis_stained.fcs").writeFloats(os,
			stained.events));
		dir.write("apoptosis_unstained.fcs", os -> ApoptosisDemo.writer("apoptosis_unstained.fcs").writeFloats(os,
			control.events));
		StringBuilder sb = new StringBuilder("file,population,count\n");
		for (Object[] f : new Object[][] { { "apoptosis_stained.fcs", stained }, { "apoptosis_unstained.fcs", control } }) {
			int[] counts = new int[5];
			for (int t : ((ApoptosisDemo) f[1]).truth) counts[t]++;
			for (int k = 0; k < 5; k++) sb.append(f[0]).append(',').append(POPS[k]).append(',').append(counts[k]).append('\n');
		}
		dir.writeText("apoptosis_truth.csv", sb.toString());
		return 0;
	}
}
