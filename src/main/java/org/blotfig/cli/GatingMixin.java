package org.blotfig.cli;

import java.nio.file.Path;

import org.blotfig.flow.FcsDataset;
import org.blotfig.flow.FcsReader;
import org.blotfig.flow.GatingOptions;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What the gating subcommands ({@code flow quadrants}, {@code flow positive}) share: the control
 * percentile, the dataset read from each file, compensation and the debris gate (a picocli mixin).
 */
public final class GatingMixin {

	@Option(names = "--percentile", paramLabel = "P", description = "control percentile (default 99)")
	double percentile = 99;

	@Option(names = "--dataset", paramLabel = "N", description = "dataset number in both files, for files " +
		"that hold several (default 1)")
	int dataset = 1;

	@Option(names = "--compensate", description = "compensate with the file's spillover matrix first")
	boolean compensate;

	@Mixin
	DebrisOptions debris = new DebrisOptions();

	/** The options as the flow core takes them; an error when the debris gate is incomplete. */
	GatingOptions options() {
		return new GatingOptions().percentile(percentile).debris(debris.gate()).compensate(compensate);
	}

	/** The chosen dataset of an FCS file. */
	FcsDataset read(Path fcs) {
		return FcsReader.read(fcs).dataset(dataset);
	}
}
