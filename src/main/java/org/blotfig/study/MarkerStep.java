package org.blotfig.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVRecord;
import org.blotfig.io.Csv;
import org.blotfig.io.OutputDir;

/**
 * A flow figure of single-marker histograms (% positive against a control), as
 * {@code blotfig flow markers} draws it. When the marker sheet has a {@code figure} column, the
 * study figure takes the rows of its own figure: the same label ("Fig. 2") or the same number ("2").
 */
final class MarkerStep implements StudyStep {

	static final String BASE = "markers";

	private final StudySheet.Panel panel;
	private final MarkerFigure figure;

	MarkerStep(StudySheet.Panel panel) {
		this.panel = panel;
		this.figure = MarkerFigure.load(panel.input, rowsOf(panel));
	}

	/** The marker sheet's figure value this panel takes, or null for every row. */
	private static String rowsOf(StudySheet.Panel panel) {
		Csv.Table t = Csv.read(panel.input);
		if (!t.has("figure")) return null;
		List<String> values = new ArrayList<>();
		for (CSVRecord r : t.rows) if (!values.contains(t.get(r, "figure"))) values.add(t.get(r, "figure"));
		if (values.size() == 1 && values.get(0).isEmpty()) return null;
		for (String v : values) if (v.equalsIgnoreCase(panel.figure)) return v;
		String number = digits(panel.figure);
		for (String v : values) if (!number.isEmpty() && digits(v).equals(number)) return v;
		return panel.figure; // MarkerFigure then names the figures the sheet has
	}

	private static String digits(String s) {
		return s.replaceAll("[^0-9]", "");
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
