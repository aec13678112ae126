package org.blotfig.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.blotfig.io.Csv;
import org.blotfig.io.OutputDir;

/**
 * A flow figure of single-marker histograms (% positive against a control), as
 * {@code blotfig flow markers} draws it, from the marker sheet's rows of this study figure.
 */
final class MarkerStep implements StudyStep {

	static final String BASE = "markers";

	private final StudySheet.Panel panel;
	private final MarkerFigure figure;

	MarkerStep(StudySheet.Panel panel) {
		this.panel = panel;
		this.figure = MarkerFigure.loadStudyFigure(panel.input, panel.figure);
	}

	@Override
	public void checkOutput(Path dir) {
		OutputDir.checkInputsKept(dir, MarkerFigure.files(BASE), panel.input);
	}

	@Override
	public Analysed analyse() {
		return dir -> {
			figure.write(dir, BASE);
			List<StudyNumber> numbers = new ArrayList<>();
			List<String> notes = new ArrayList<>();
			for (MarkerFigure.Marker m : figure.markers) {
				numbers.add(new StudyNumber(panel.figure, m.marker, "", StudyNumber.PERCENT_POSITIVE, m.percent(), Double.NaN,
					1, "", ""));
				notes.add(String.format(Locale.ROOT, "%s (%s): %d of %d events above %.4g, the %sth percentile of %s",
					m.marker, m.stain.isEmpty() ? m.channel : m.stain, m.positive, m.events, m.threshold, Csv.num(m.percentile),
					m.control.getFileName()));
			}
			return new StudyRun.PanelResult(panel, "flow cytometry, % positive per marker against its control " +
				"(histograms: control grey, stained outlined, the gate dashed)", numbers, StudyStep.files(panel, dir, BASE),
				notes);
		};
	}
}
