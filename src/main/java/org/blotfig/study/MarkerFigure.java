package org.blotfig.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.blotfig.core.InputException;
import org.blotfig.figures.ChartFiles;
import org.blotfig.figures.FigureSize;
import org.blotfig.figures.HistogramOverlay;
import org.blotfig.flow.DisplayTransform;
import org.blotfig.flow.FcsDataset;
import org.blotfig.flow.GatingOptions;
import org.blotfig.flow.PositiveReport;
import org.blotfig.flow.QuadrantReport;
import org.blotfig.io.Csv;
import org.blotfig.io.OutputDir;

/**
 * Single-marker phenotype figures, as the reference paper's Fig. 1 (BM-MSC markers) and Fig. 2
 * (CD34 after enrichment): per marker the % of events at or above the control's percentile on the
 * marker's channel ({@link PositiveReport}, as {@code flow positive}), and a panel of overlaid
 * histograms (control grey, stained outlined, gate dashed, % positive beside it).
 *
 * <p>The sheet (CSV, one row per stained tube, paths relative to the sheet):
 * {@code [figure,]marker,channel,file,control[,percentile]}; figure is an optional free label (e.g. 1,
 * 2) that {@link #load(Path, String)} selects by, percentile defaults to 99.
 */
public final class MarkerFigure {

	/** Required columns; {@code figure} and {@code percentile} are optional. */
	public static final String[] COLUMNS = { "marker", "channel", "file", "control" };
	public static final String FIGURE = "figure";
	public static final String PERCENTILE = "percentile";
	/** Columns of {@code <baseName>_positive.csv}. */
	public static final String[] RESULT_COLUMNS = { "figure", "marker", "channel", "stain", "file", "control",
		"percentile", "threshold", "positive", "events", "percent_positive" };
	static final int BINS = 128;

	/** One stained tube against its control. */
	public static final class Marker {
		public final String figure, marker;
		/** The channel's $PnN and $PnS (stain, may be empty) in the stained file. */
		public final String channel, stain;
		public final Path file, control;
		public final double percentile, threshold;
		public final long positive, events;
		final double[] controlValues, values;
		final DisplayTransform scale;
		final String axisLabel;

		Marker(String figure, String marker, String channel, String stain, Path file, Path control, double percentile,
			PositiveReport r, double[] controlValues, double[] values, DisplayTransform scale, String axisLabel)
		{
			this.figure = figure;
			this.marker = marker;
			this.channel = channel;
			this.stain = stain;
			this.file = file;
			this.control = control;
			this.percentile = percentile;
			threshold = r.result.threshold;
			positive = r.result.positive;
			events = r.result.total;
			this.controlValues = controlValues;
			this.values = values;
			this.scale = scale;
			this.axisLabel = axisLabel;
		}

		/** % of events at or above the threshold. */
		public double percent() {
			return events == 0 ? Double.NaN : 100.0 * positive / events;
		}
	}

	public final Path sheet;
	public final List<Marker> markers;

	private MarkerFigure(Path sheet, List<Marker> markers) {
		this.sheet = sheet;
		this.markers = Collections.unmodifiableList(markers);
	}

	/** Every row of the sheet. */
	public static MarkerFigure load(Path sheet) {
		return load(sheet, null);
	}

	/**
	 * The rows of one figure (null = all). Reads and gates every file named; any problem is an
	 * {@link InputException} naming the sheet or the file.
	 */
	public static MarkerFigure load(Path sheet, String figure) {
		return load(sheet, Csv.read(sheet), figure);
	}

	/**
	 * The rows a study figure takes: those whose {@code figure} value names it by the same label
	 * ("Fig. 2") or the same number ("2"); every row when the sheet has no figure column.
	 */
	public static MarkerFigure loadStudyFigure(Path sheet, String studyFigure) {
		Csv.Table t = Csv.read(sheet);
		return load(sheet, t, rowsOf(t, studyFigure));
	}

	/** The sheet's figure value a study figure takes, or null for every row. */
	private static String rowsOf(Csv.Table t, String studyFigure) {
		if (!t.has("figure")) return null;
		List<String> values = new ArrayList<>();
		for (CSVRecord r : t.rows) if (!values.contains(t.get(r, "figure"))) values.add(t.get(r, "figure"));
		if (values.size() == 1 && values.get(0).isEmpty()) return null;
		for (String v : values) if (v.equalsIgnoreCase(studyFigure)) return v;
		String number = digits(studyFigure);
		for (String v : values) if (!number.isEmpty() && digits(v).equals(number)) return v;
		return studyFigure; // load then names the figures the sheet has
	}

	private static String digits(String s) {
		return s.replaceAll("[^0-9]", "");
	}

	private static MarkerFigure load(Path sheet, Csv.Table t, String figure) {
		t.require(COLUMNS);
		FlowDisplay.Files files = new FlowDisplay.Files();
		List<Marker> out = new ArrayList<>();
		List<String> seen = new ArrayList<>();
		for (CSVRecord r : t.rows) {
			String fig = t.get(r, "figure");
			if (figure != null && !fig.equals(figure)) continue;
			String line = "line " + (r.getRecordNumber() + 1) + ": ";
			String marker = t.get(r, "marker"), ch = t.get(r, "channel"), file = t.get(r, "file"),
				control = t.get(r, "control");
			for (String c : COLUMNS)
				if (t.get(r, c).isEmpty()) throw new InputException(sheet, line + "empty " + c);
			if (seen.contains(fig + "|" + marker)) throw new InputException(sheet, line + "marker '" + marker +
				"' is listed twice" + (fig.isEmpty() ? "" : " in figure " + fig));
			seen.add(fig + "|" + marker);
			double pct = t.has(PERCENTILE) && !t.get(r, PERCENTILE).isEmpty() ? t.number(r, PERCENTILE) : 99;
			if (!(pct >= 0 && pct <= 100)) throw new InputException(sheet, line + "percentile " + pct + " is outside 0..100");
			Path fp = FlowDisplay.relative(sheet, file), cp = FlowDisplay.relative(sheet, control);
			FcsDataset s = files.get(fp), c = files.get(cp);
			PositiveReport rep = PositiveReport.analyse(fp, s, ch, Double.NaN, cp, c, new GatingOptions().percentile(pct));
			int si = QuadrantReport.channel(fp, s, ch), ci = QuadrantReport.channel(cp, c, ch);
			double[] sv = s.values(si), cv = c.values(ci);
			String stain = s.channels.get(si).label == null ? "" : s.channels.get(si).label;
			out.add(new Marker(fig, marker, s.channels.get(si).name, stain, fp, cp, pct, rep, cv, sv,
				FlowDisplay.scale(s, si, sv, cv), FlowDisplay.label(s, si)));
		}
		if (out.isEmpty()) throw new InputException(sheet, figure == null ? "no markers listed" : "no markers of figure '" +
			figure + "' (figures: " + String.join(", ", figures(t)) + ")");
		return new MarkerFigure(sheet, out);
	}

	private static List<String> figures(Csv.Table t) {
		List<String> f = new ArrayList<>();
		for (CSVRecord r : t.rows) if (!f.contains(t.get(r, "figure"))) f.add(t.get(r, "figure"));
		return f;
	}

	/** The figure labels, in sheet order. */
	public List<String> figures() {
		List<String> f = new ArrayList<>();
		for (Marker m : markers) if (!f.contains(m.figure)) f.add(m.figure);
		return f;
	}

	/** A marker by name (the first of that name when several figures have it; see {@link #marker(String, String)}). */
	public Marker marker(String name) {
		for (Marker m : markers) if (m.marker.equals(name)) return m;
		return null;
	}

	public Marker marker(String figure, String name) {
		for (Marker m : markers) if (m.figure.equals(figure) && m.marker.equals(name)) return m;
		return null;
	}

	/** Every file {@link #write} creates for {@code baseName}. */
	public static List<String> files(String baseName) {
		List<String> f = new ArrayList<>(ChartFiles.files(baseName));
		f.add(baseName + "_positive.csv");
		return Collections.unmodifiableList(f);
	}


	/**
	 * The print size of {@code panels} histograms side by side: about 42 mm a panel (one column for
	 * one or two, two columns for four), at least 34 mm a panel beyond five.
	 */
	public static FigureSize size(int panels) {
		return FigureSize.panels(panels, 34, 50);
	}

	/** The histograms ({@code baseName.svg/.png/.pdf}) and the numbers ({@code baseName_positive.csv}). */
	public void write(OutputDir out, String baseName) {
		out.writeWith(baseName + "_positive.csv", w -> {
			CSVPrinter p = Csv.printer(w, RESULT_COLUMNS);
			for (Marker m : markers)
				p.printRecord(m.figure, m.marker, m.channel, m.stain, m.file.getFileName(), m.control.getFileName(),
					Csv.num(m.percentile), Csv.num(m.threshold), m.positive, m.events, Csv.num(m.percent()));
			p.flush();
		});
		List<HistogramOverlay.Panel> panels = new ArrayList<>();
		boolean several = figures().size() > 1;
		for (Marker m : markers) {
			String title = (several && !m.figure.isEmpty() ? "Fig. " + m.figure + "  " : "") + m.marker;
			panels.add(new HistogramOverlay.Panel(title, FlowDisplay.histogram(m.controlValues, m.scale, BINS),
				FlowDisplay.histogram(m.values, m.scale, BINS), FlowDisplay.clamp(m.scale.apply(m.threshold)),
				String.format(Locale.ROOT, "%.2f %%", m.percent()), FlowDisplay.axis(m.axisLabel, m.scale)));
		}
		ChartFiles.write(HistogramOverlay.chart(panels, "control", "stained"), out, baseName, size(panels.size()));
	}
}
