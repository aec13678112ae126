package org.blotfig.ij;

import java.nio.file.Path;

import org.apache.commons.csv.CSVPrinter;
import org.blotfig.io.Csv;
import org.blotfig.io.OutputDir;
import org.blotfig.synth.PaperWesternSet;

/**
 * Writes {@link PaperWesternSet} as a blot set a lab would have: one TIFF per strip, set.csv,
 * samples.csv, and truth.csv (the true ratio and fold change of every target in every lane).
 */
public final class PaperWesternFiles {

	private PaperWesternFiles() {}

	public static final String SET = "set.csv", SAMPLES = "samples.csv", TRUTH = "truth.csv";
	public static final String[] TRUTH_COLUMNS = { "experiment", "lane", "sample", "group", "target", "true_ratio",
		"true_fold_change" };

	/** @return the set file */
	public static Path write(OutputDir out, PaperWesternSet set) {
		for (PaperWesternSet.Strip s : set.strips)
			BlotTiff.write(out.resolve(s.fileName()), BlotTiff.toImagePlus(s.fileName(), s.blot));
		out.writeWith(SAMPLES, w -> {
			CSVPrinter p = Csv.printer(w, new String[] { "lane", "sample", "group", "replicate", "membrane" });
			for (int e = 1; e <= PaperWesternSet.EXPERIMENTS; e++)
				for (int lane = 2; lane <= PaperWesternSet.LANES; lane++)
					p.printRecord(lane, sample(e, lane), PaperWesternSet.groupOf(lane), replicate(lane), "E" + e);
			p.flush();
		});
		out.writeWith(TRUTH, w -> {
			CSVPrinter p = Csv.printer(w, TRUTH_COLUMNS);
			for (PaperWesternSet.Expected x : set.expected)
				p.printRecord(x.experiment, x.lane, sample(x.experiment, x.lane), x.group, x.target, Csv.num(x.ratio),
					Csv.num(x.foldChange));
			p.flush();
		});
		return out.writeWith(SET, w -> {
			CSVPrinter p = Csv.printer(w, new String[] { "image", "target", "role", "membrane", "row", "mw_kda", "lane" });
			for (PaperWesternSet.Strip s : set.strips) {
				boolean control = s.protein.equals(PaperWesternSet.CONTROL);
				// each strip shows one protein: no row needed, the only band row of the sample lanes is taken
				// (the ladder's markers in lane 1 are not in the sample sheet)
				p.printRecord(s.fileName(), s.protein, control ? "loading-control" : "target", "E" + s.experiment, "", "",
					"");
			}
			p.flush();
		});
	}

	/** Sample names as a lab writes them: C1-C3 control, X1-X3 co-culture, per experiment. */
	static String sample(int experiment, int lane) {
		return (lane <= 4 ? "C" : "X") + replicate(lane) + "-E" + experiment;
	}

	static int replicate(int lane) {
		return lane <= 4 ? lane - 1 : lane - 4;
	}
}
