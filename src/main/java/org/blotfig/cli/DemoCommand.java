package org.blotfig.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.blotfig.flow.PaperFlowDemo;
import org.blotfig.ij.PaperWesternFiles;
import org.blotfig.io.OutputDir;
import org.blotfig.study.PaperFlowFiles;
import org.blotfig.synth.PaperElisaPlate;
import org.blotfig.study.PaperStudy;
import org.blotfig.synth.PaperWesternSet;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code blotfig demo --out DIR}: writes the reference study's raw Western blot data with known
 * truth ({@link PaperWesternSet}) into DIR/western, ready for {@code blotfig normalize}, and its flow data (Fig. 1-3, {@link PaperFlowDemo})
 * into DIR/flow, ready for {@code blotfig flow markers} and {@code flow apoptosis}.
 * Deterministic: the same seed writes byte-identical files.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
	description = "Write the reference study's raw Western blot strips (3 experiments x 9 antibodies) and FCS " +
		"files (Fig. 1-3) with truth.")
public final class DemoCommand implements Callable<Integer> {

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
	Path out;

	@Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
	long seed;

	@Override
	public Integer call() {
		OutputDir.checkFolder(out);
		Path dir = out.resolve("western");
		OutputDir.checkFolder(dir);
		OutputDir.checkFolder(out.resolve("flow"));
		PaperWesternSet set = PaperWesternSet.generate(seed);
		Path csv = PaperWesternFiles.write(new OutputDir(dir), set);
		System.out.println(set.strips.size() + " strips, " + set.expected.size() + " target lanes with truth -> " + dir);
		System.out.println("next: ./blotfig normalize " + csv + " --out DIR");
		PaperFlowDemo flowDemo = PaperFlowDemo.generate(seed);
		Path[] flow = PaperFlowFiles.write(new OutputDir(out.resolve("flow")), flowDemo);
		System.out.println("flow (Fig. 1-3) -> " + flow[0].getParent() + "; next: ./blotfig flow markers " + flow[0] +
			" --out DIR, ./blotfig flow apoptosis " + flow[1] + " --out DIR");
		Path elisa = out.resolve("elisa");
		OutputDir.checkFolder(elisa);
		PaperElisaPlate plate = PaperElisaPlate.generate(seed);
		OutputDir e = new OutputDir(elisa);
		e.writeText("plate_450_570.csv", plate.plateCsv());
		e.writeText("plate_map.csv", plate.mapCsv());
		e.writeText("truth.csv", plate.truthCsv());
		System.out.println("ELISA plate (IL-2, IL-4, IL-15) with truth -> " + elisa);
		OutputDir top = new OutputDir(out);
		top.writeText("study.csv", PaperStudy.studyCsv());
		top.writeText("expected.csv", PaperStudy.expectedCsv(flowDemo));
		System.out.println("next: ./blotfig study " + out.resolve("study.csv") + " --out DIR");
		return 0;
	}
}
