package org.blotfig.study;

import org.blotfig.io.OutputDir;
import org.blotfig.norm.BlotSetCsv;
import org.blotfig.norm.BlotSetResult;
import org.blotfig.norm.BlotSetRun;

/**
 * What a blot-set run leaves in its output folder, whichever front end ran it (CLI, Fiji, a
 * study): normalized.csv with its QC tables, params.json, and the fold-change figure with its
 * statistics.
 */
public final class BlotSetOutputs {

	private BlotSetOutputs() {}

	/** @param fig the run's fold-change figure ({@link FoldChangeFigure#of}), or null when there is none */
	public static void write(OutputDir dir, BlotSetRun run, BlotSetResult r, FoldChangeFigure fig) {
		BlotSetCsv.write(dir, r);
		dir.writeText("params.json", run.paramsJson(r));
		if (fig != null) fig.write(dir);
	}
}
