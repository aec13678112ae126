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

	/**
	 * Every file {@link #write} may create: the blot set's tables and the figure with its
	 * statistics (what {@code BlotSetRun.checkOutput(dir, FoldChangeFigure.FILES)} keeps clear of
	 * inputs, so that {@link OutputDir#removeStale} may delete an earlier run's leftovers).
	 */
	public static java.util.List<String> files() {
		java.util.List<String> f = new java.util.ArrayList<>(java.util.Arrays.asList(BlotSetRun.OUTPUT_FILES));
		f.addAll(FoldChangeFigure.FILES);
		return f;
	}
}
