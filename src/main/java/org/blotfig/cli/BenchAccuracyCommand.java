package org.blotfig.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVPrinter;
import org.blotfig.bench.AccuracyBenchmark;
import org.blotfig.bench.AccuracyReport;
import org.blotfig.bench.BandScore;
import org.blotfig.bench.GridCase;
import org.blotfig.bench.ImageScore;
import org.blotfig.core.InputException;
import org.blotfig.io.Csv;
import org.blotfig.io.OutputDir;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code blotfig bench accuracy}: blotfig's lanes and band volumes on a grid of synthetic blots
 * against their truth, side by side with the ImageJ method (rolling ball r = 50, rectangular
 * lanes). Prints Markdown tables (for BENCHMARKS.md), the images with problems, and last the line
 * {@code lanes_exact=.. volume_median_rel_err=.. volume_p95_rel_err=.. imagej_median_rel_err=..}.
 */
@Command(name = "accuracy", mixinStandardHelpOptions = true,
	description = "Lane and band accuracy on generated blots, against the truth and the ImageJ method.")
public final class BenchAccuracyCommand implements Callable<Integer> {

	@Option(names = "--n", description = "images in the grid (default 200)")
	int n = 200;

	@Option(names = "--seed", description = "grid seed (default 1)")
	long seed = 1;

	@Option(names = "--out", description = "folder for images.csv, bands.csv and failures.txt (optional)")
	Path out;

	@picocli.CommandLine.Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		if (n < 1 || n > 100_000) throw new InputException("bench accuracy: --n must be 1..100000, got " + n);
		if (out != null) {
			if (Files.exists(out) && !Files.isDirectory(out)) throw new InputException(out, "--out exists and is not a folder");
			// a wrong --out is reported before a minute of work, not after
			OutputDir.checkPlace(out.resolve("images.csv"));
		}
		PrintWriter pw = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		AccuracyBenchmark.Result r = AccuracyBenchmark.run(seed, n, (f, msg) -> {
			if (msg.startsWith("image ")) {
				err.print("\r" + msg);
				err.flush();
			}
		});
		err.println();
		pw.printf(Locale.ROOT, "accuracy grid: %d images, seed %d; errors are |measured / true - 1|%n%n", n, seed);
		pw.print(AccuracyReport.table(r));
		pw.println();
		pw.print(AccuracyReport.targets(r));
		pw.println();
		List<String> failures = AccuracyReport.failureLines(r);
		int shown = Math.min(failures.size(), 60);
		pw.println("images with problems:" + (failures.isEmpty() ? " none" : ""));
		for (int i = 0; i < shown; i++) pw.println("  " + failures.get(i));
		if (shown < failures.size()) pw.println("  ... " + (failures.size() - shown) + " more lines" +
			(out == null ? " (use --out DIR for all)" : " in failures.txt"));
		if (out != null) write(new OutputDir(out), r, failures);
		pw.println(AccuracyReport.lastLine(r));
		pw.flush();
		return 0;
	}

	private static void write(OutputDir dir, AccuracyBenchmark.Result r, List<String> failures) {
		dir.writeWith("images.csv", w -> {
			CSVPrinter p = Csv.printer(w, "image", "seed", "difficulty", "gradient", "bit_depth", "polarity", "lanes",
				"tilt_deg", "smile_px", "lanes_found", "lanes_missed", "lanes_extra", "bands_found", "false_bands", "error");
			for (int i = 0; i < r.cases.size(); i++) {
				GridCase c = r.cases.get(i);
				ImageScore s = r.scores.get(i);
				p.printRecord(c.index, c.spec.seed(), c.difficulty.label(), c.gradient, c.spec.bitDepth(),
					c.spec.polarity().label(), s.trueLanes, Csv.num(c.spec.tiltDeg()), Csv.num(c.spec.smile()), s.foundLanes,
					s.missedLanes, s.extraLanes, s.foundBands, s.falseBands, r.errors.get(i) == null ? "" : r.errors.get(i));
			}
			p.flush();
		});
		dir.writeWith("bands.csv", w -> {
			CSVPrinter p = Csv.printer(w, "image", "lane", "row", "kind", "true_volume", "saturated", "matched",
				"blotfig_volume", "blotfig_saturated", "dy", "imagej_volume", "floor_volume", "clipped_px", "blotfig_saturated_px");
			for (int i = 0; i < r.cases.size(); i++)
				for (BandScore b : r.scores.get(i).bands)
					p.printRecord(i, b.lane + 1, b.row + 1, b.kind.toLowerCase(Locale.ROOT), Csv.num(b.trueVolume),
						b.saturated, b.matched, Csv.num(b.ours), b.flaggedSaturated, Csv.num(b.dy), Csv.num(b.imagej),
						Csv.num(b.oracle), b.clippedPixels, b.oursSaturatedPx);
			p.flush();
		});
		dir.writeText("failures.txt", String.join("\n", failures) + "\n");
	}
}
