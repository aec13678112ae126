package org.blotfig.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.blotfig.io.OutputDir;

/**
 * A flow figure of Annexin V / PI quadrants, as {@code blotfig flow apoptosis} draws it: dot plots
 * of the unstained control and each group, and the bar chart of early and late apoptosis per group
 * with two-way ANOVA + Sidak.
 */
final class ApoptosisStep implements StudyStep {

	static final String BASE = "apoptosis";

	private final StudySheet.Panel panel;
	private final ApoptosisFigure figure;

	ApoptosisStep(StudySheet.Panel panel) {
		this.panel = panel;
		this.figure = ApoptosisFigure.load(panel.input);
	}

	@Override
	public void checkOutput(Path dir) {
		OutputDir.checkInputsKept(dir, ApoptosisFigure.files(BASE), panel.input);
	}

	@Override
	public Analysed analyse() {
		return dir -> {
			figure.write(dir, BASE);
			List<String> notes = new ArrayList<>();
			FlowPercentStudy s = figure.study;
			if (s.stats == null && !s.note.isEmpty()) notes.add(s.note);
			notes.add("quadrant thresholds: the unstained control's percentile on each channel; every sample's quadrants " +
				"in " + BASE + "_quadrants.csv");
			List<String> files = new ArrayList<>(StudyStep.files(panel, dir, BASE + "_bars"));
			files.addAll(StudyStep.files(panel, dir, BASE + "_dots"));
			return new StudyRun.PanelResult(panel, "flow cytometry, Annexin V / PI: dot plots and % early / late " +
				"apoptotic cells per group (mean ± SD, every sample a dot)",
				StudyNumbers.of(panel.figure, s.table, s.stats, figure.groups.get(0), StudyNumber.PERCENT, false), files,
				notes);
		};
	}
}
