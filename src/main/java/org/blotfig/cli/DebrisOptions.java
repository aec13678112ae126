package org.blotfig.cli;

import org.blotfig.core.InputException;
import org.blotfig.flow.DebrisGate;

import picocli.CommandLine.Option;

/** Shared options of the flow subcommands for an FSC/SSC debris gate (a picocli mixin). */
public final class DebrisOptions {

	@Option(names = "--gate-x", paramLabel = "CH", description = "debris gate x channel (e.g. FSC-H)")
	String x;

	@Option(names = "--gate-y", paramLabel = "CH", description = "debris gate y channel (e.g. SSC-H)")
	String y;

	@Option(names = "--gate-rect", paramLabel = "XMIN,XMAX,YMIN,YMAX",
		description = "keep events inside this rectangle (scaled units; edges inside)")
	String rect;

	@Option(names = "--gate-polygon", paramLabel = "X1,Y1,X2,Y2,...", description = "keep events inside this polygon")
	String polygon;

	/** The gate, or null when none was asked for; an error when the options are incomplete. */
	DebrisGate gate() {
		boolean any = x != null || y != null || rect != null || polygon != null;
		if (!any) return null;
		if (x == null || y == null || (rect == null) == (polygon == null)) throw new InputException(
			"debris gate: give --gate-x, --gate-y and one of --gate-rect or --gate-polygon");
		return rect != null ? DebrisGate.parse(x, y, "rectangle", rect) : DebrisGate.parse(x, y, "polygon", polygon);
	}
}
