package org.blotfig.cli;

import picocli.CommandLine.Command;

/**
 * Parent of the benchmark subcommands ({@code blotfig bench accuracy|speed|fcs}). Each reports
 * ratios against a reference measured in the same run and ends with a machine-readable line.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
	description = "Benchmarks: accuracy against truth, speed against ImageJ and raw I/O.",
	subcommands = { BenchAccuracyCommand.class, BenchFcsCommand.class, BenchSpeedCommand.class })
public final class BenchCommand implements Runnable {

	@picocli.CommandLine.Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(System.out);
	}
}
