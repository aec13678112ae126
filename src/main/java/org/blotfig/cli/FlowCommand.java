package org.blotfig.cli;

import picocli.CommandLine.Command;

/** {@code blotfig flow quadrants|positive}: gating of FCS samples. */
@Command(name = "flow", mixinStandardHelpOptions = true,
	description = "Flow cytometry gating: Annexin V/PI quadrants, single-marker %% positive, study figures from FCS sheets.",
	subcommands = { FlowQuadrantsCommand.class, FlowPositiveCommand.class, FlowTableCommand.class, FlowDemoCommand.class,
		FlowMarkersCommand.class, FlowApoptosisCommand.class })
public final class FlowCommand implements Runnable {

	@picocli.CommandLine.Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(System.out);
	}
}
