package org.blotfig.cli;

import picocli.CommandLine.Command;

/** {@code blotfig fcs info|events}: look inside FCS files. */
@Command(name = "fcs", mixinStandardHelpOptions = true,
	description = "Inspect FCS 2.0/3.0/3.1 files: metadata as JSON, events as CSV.",
	subcommands = { FcsInfoCommand.class, FcsEventsCommand.class })
public final class FcsCommand implements Runnable {

	@picocli.CommandLine.Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(System.out);
	}
}
