package org.blotfig.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.blotfig.core.ProgressListener;
import org.blotfig.elisa.AnalyteResult;
import org.blotfig.elisa.CurveModel;
import org.blotfig.elisa.ElisaAnalysis;
import org.blotfig.elisa.Weighting;
import org.blotfig.elisa.io.ElisaInputs;
import org.blotfig.io.OutputDir;

/**
 * An ELISA figure: the plate analysed as {@code blotfig elisa} does with its defaults (4PL, no
 * weighting, the reads chosen automatically), and the concentrations per group.
 */
final class ElisaStep implements StudyStep {

	private final StudySheet.Panel panel;
	private final ElisaInputs in;

	ElisaStep(StudySheet.Panel panel) {
		this.panel = panel;
		this.in = ElisaInputs.load(panel.input, panel.layout, null, null, null, null, null);
	}

	@Override
	public void checkOutput(Path dir) {
		OutputDir.checkInputsKept(dir, ElisaFigure.ALL_FILES, panel.input, panel.layout);
	}

	@Override
	public Analysed analyse() {
		List<AnalyteResult> results = new ElisaAnalysis(CurveModel.forName("4pl"), Weighting.forKey("none"))
			.analyze(in.source, in.wells, ProgressListener.NONE);
		ElisaFigure fig = ElisaFigure.of(results); // before any study output is written: it may refuse the data
		return dir -> write(dir, results, fig);
	}

	private StudyRun.PanelResult write(OutputDir dir, List<AnalyteResult> results, ElisaFigure fig) {
		ElisaFigure.writeAll(dir, results, fig, panel.yLabel.isEmpty() ? "Concentration" : panel.yLabel);
		List<String> notes = new ArrayList<>();
		if (!in.readChosen.isEmpty()) notes.add("plate read used: " + in.readChosen);
		for (AnalyteResult a : results)
			notes.add(String.format(Locale.ROOT, "%s: 4PL standard curve, R2 %.4f%s", a.analyte.isEmpty() ? "curve" :
				a.analyte, a.fit.r2, a.fit.unstable ? ", unstable fit: " + a.fit.problem : ""));
		List<StudyNumber> numbers = new ArrayList<>();
		if (fig == null) notes.add("no figure: the plate map gives the samples no groups");
		else {
			if (fig.stats == null) notes.add(fig.note);
			for (String left : fig.left) notes.add("left out (read outside the standards): " + left);
			numbers.addAll(StudyNumbers.of(panel.figure, fig.table, fig.stats, null, StudyNumber.MEAN, true));
		}
		return new StudyRun.PanelResult(panel, "ELISA, back-calculated sample concentrations per group (mean ± SD, " +
			"every sample a dot)", numbers, StudyStep.files(panel, dir, "figure"), notes);
	}
}
