package org.blotfig.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.blotfig.core.ProgressListener;
import org.blotfig.gel.GelImage;
import org.blotfig.io.OutputDir;
import org.blotfig.norm.BlotSetResult;
import org.blotfig.norm.BlotSetRun;

/** A Western blot figure: the blot set normalised as {@code blotfig normalize} does, and its fold-change figure. */
final class WesternStep implements StudyStep {

	private final StudySheet.Panel panel;
	private final BlotSetRun run;
	private final Function<Path, GelImage> images;
	private final List<String> imageWarnings;

	WesternStep(StudySheet.Panel panel, Function<Path, GelImage> images, List<String> imageWarnings) {
		this.panel = panel;
		this.run = BlotSetRun.prepare(panel.input, null, new BlotSetRun.Settings());
		this.images = images;
		this.imageWarnings = imageWarnings;
	}

	@Override
	public void checkOutput(Path dir) {
		run.checkOutput(dir, FoldChangeFigure.FILES);
	}

	@Override
	public Analysed analyse() {
		BlotSetResult r = run.run(images, imageWarnings, ProgressListener.NONE);
		FoldChangeFigure fig = FoldChangeFigure.of(r);
		return dir -> write(dir, r, fig);
	}

	private StudyRun.PanelResult write(OutputDir dir, BlotSetResult r, FoldChangeFigure fig) {
		BlotSetOutputs.write(dir, run, r, fig);
		List<String> notes = new ArrayList<>(r.warnings);
		if (r.excluded() > 0) notes.add(r.excluded() + " lane(s) excluded by QC, reasons in normalized.csv ('flags')");
		String imprecise = r.impreciseNote();
		if (imprecise != null) notes.add(imprecise);
		List<StudyNumber> numbers = new ArrayList<>();
		if (fig == null) notes.add("no fold change to plot: every lane was excluded");
		else {
			if (fig.stats == null) notes.add(fig.note);
			numbers.addAll(StudyNumbers.of(panel.figure, fig.table, fig.stats, fig.referenceGroup,
				StudyNumber.FOLD_CHANGE, false));
		}
		return new StudyRun.PanelResult(panel, "Western blot, each target over the loading control of its lane, " +
			"fold change against " + r.referenceGroup + " (mean ± SD, every lane a dot)", numbers,
			StudyStep.files(panel, dir, "fold_change"), notes);
	}
}
