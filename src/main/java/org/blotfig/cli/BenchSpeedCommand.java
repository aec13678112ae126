package org.blotfig.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.blotfig.bench.SpeedBenchmark;
import org.blotfig.core.InputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code blotfig bench speed}: full lane and band detection plus quantification on a generated
 * 16-bit scan, against ImageJ's rolling ball (r = 50) and one plain pass over the same pixels.
 * Last line: {@code ratio_vs_rolling_ball=<ours / rolling ball> ratio_vs_single_pass=<ours / pass>}
 * (targets: at most 0.1 and 10).
 */
@Command(name = "speed", mixinStandardHelpOptions = true,
	description = "Detection + quantification time relative to ImageJ's rolling ball and one pass over the pixels.")
public final class BenchSpeedCommand implements Callable<Integer> {

	@Option(names = "--width", description = "scan width in px (default 4000)")
	int width = 4000;

	@Option(names = "--height", description = "scan height in px (default 3000)")
	int height = 3000;

	@Option(names = "--repeats", description = "timed runs of each (default 5; plus " + SpeedBenchmark.WARMUPS + " warm-up runs)")
	int repeats = 5;

	@Option(names = "--seed", description = "generator seed (default 1)")
	long seed = 1;

	@picocli.CommandLine.Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		if (width < 300 || height < 200 || (long) width * height > 100_000_000L) throw new InputException(
			"bench speed: need width >= 300, height >= 200 and at most 100,000,000 pixels");
		if (repeats < 1) throw new InputException("bench speed: --repeats must be at least 1");
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		SpeedBenchmark.Result r = SpeedBenchmark.run(width, height, repeats, seed, (f, msg) -> {
			err.print("\r" + msg + "          ");
			err.flush();
		});
		err.println();
		out.printf(Locale.ROOT, "scan: %d x %d 16-bit (TYPICAL preset), %d true lanes; blotfig found %d lanes, %d bands%n",
			r.width, r.height, r.lanesTrue, r.lanesFound, r.bandsFound);
		if (r.lanesFound != r.lanesTrue) out.println("warning: lane count differs from the truth; the timing is of a " +
			"wrong answer");
		out.printf(Locale.ROOT, "medians of %d interleaved runs after %d warm-up runs, one JVM, single-threaded:%n", repeats,
			SpeedBenchmark.WARMUPS);
		out.printf(Locale.ROOT, "  blotfig detect + quantify:        %9.1f ms  peak heap %s%n", r.oursMs,
			heap(r.oursBase, r.oursPeak));
		out.printf(Locale.ROOT, "  ImageJ rolling ball r=50 (16-bit): %9.1f ms  peak heap %s%n", r.rollingBallMs,
			heap(r.rollingBallBase, r.rollingBallPeak));
		out.printf(Locale.ROOT, "  one summing pass over the pixels:  %9.1f ms  peak heap %s%n", r.singlePassMs,
			heap(r.passBase, r.passPeak));
		out.print("blotfig stages (one extra run):");
		for (int i = 0; i < r.stageNames.size(); i++)
			out.printf(Locale.ROOT, "%s %s %.0f ms", i == 0 ? "" : ";", r.stageNames.get(i), r.stageMs.get(i));
		out.println();
		out.printf(Locale.ROOT, "thread CPU time, medians (not counting time the cores were lent to other processes): " +
			"blotfig %.1f ms, rolling ball %.1f ms, summing pass %.1f ms; ratios %.4f and %.2f%n", r.oursCpuMs,
			r.rollingBallCpuMs, r.singlePassCpuMs, r.oursCpuMs / r.rollingBallCpuMs, r.oursCpuMs / r.singlePassCpuMs);
		out.printf(Locale.ROOT, "(checksum %d)%n", r.checksum & 0xff);
		out.printf(Locale.ROOT, "ratio_vs_rolling_ball=%.4f ratio_vs_single_pass=%.2f%n", r.ratioVsRollingBall(),
			r.ratioVsSinglePass());
		out.flush();
		return 0;
	}

	static String heap(long base, long peak) {
		return String.format(Locale.ROOT, "%.0f MB (%.0f MB live before, +%.0f MB)", peak / 1e6, base / 1e6,
			(peak - base) / 1e6);
	}
}
