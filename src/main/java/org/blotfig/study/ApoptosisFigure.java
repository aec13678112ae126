package org.blotfig.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.blotfig.core.InputException;
import org.blotfig.figures.ChartFiles;
import org.blotfig.figures.FigureSize;
import org.blotfig.figures.DecadeAxis;
import org.blotfig.figures.DensityPanels;
import org.blotfig.flow.DensityPlot;
import org.blotfig.flow.DisplayTransform;
import org.blotfig.flow.FcsDataset;
import org.blotfig.flow.GatingOptions;
import org.blotfig.flow.QuadrantGate;
import org.blotfig.flow.QuadrantReport;
import org.blotfig.io.Csv;
import org.blotfig.io.OutputDir;
import org.blotfig.stats.Comparison;
import org.blotfig.stats.io.StatsReport;

/**
 * The Annexin V / PI figure of a study, as the reference paper's Fig. 3: quadrant % of every
 * sample with thresholds at its unstained control's percentile on both channels (as
 * {@code flow quadrants}); density dot plots (A the unstained control, then one panel per group:
 * the replicate nearest the group's mean early and late %), quadrant lines and the four % in the
 * corners; and the bar chart of early (Annexin+ PI-) and late (Annexin+ PI+) apoptosis per group
 * with two-way ANOVA (population x group) + Sidak ({@link FlowPercentStudy}, {@link TableFigure}).
 *
 * <p>The sheet (CSV, one row per stained sample, paths relative to the sheet):
 * {@code sample,group,replicate,file,control,annexin,pi[,percentile]}: control = the unstained
 * FCS file the thresholds come from, annexin / pi = the channels ($PnN, $PnS or number, e.g.
 * FL1-H, FL2-H), percentile defaults to 99. The first group listed is the reference (drawn first,
 * compared with).
 */
public final class ApoptosisFigure {

	public static final String[] COLUMNS = { "sample", "group", "replicate", "file", "control", "annexin", "pi" };
	/** Columns of {@code <baseName>_quadrants.csv}: thresholds and the four quadrants' % per file. */
	public static final String[] RESULT_COLUMNS = { "sample", "group", "replicate", "file", "control",
		"annexin_channel", "pi_channel", "annexin_threshold", "pi_threshold", "events", "live", "early_apoptotic",
		"late_apoptotic", "necrotic" };
	/** The populations of the bar chart (panel D). */
	public static final String EARLY = FlowPercentStudy.EARLY, LATE = FlowPercentStudy.LATE;
	static final int BINS = 96;

	/** One sample's quadrants. */
	public static final class Sample {
		public final String sample, group, replicate;
		public final Path file, control;
		/** The channels' $PnN in the sample file. */
		public final String annexin, pi;
		/** Counts and thresholds, quadrants in {@link QuadrantGate#SIGNS} order (live, early, late, necrotic). */
		public final QuadrantGate.Result quadrants;
		final FcsDataset data;
		/** The channels' columns in the sample and in its control. */
		final int xi, yi, cxi, cyi;

		Sample(String sample, String group, String replicate, Path file, Path control, QuadrantReport r, FcsDataset data,
			int xi, int yi, int cxi, int cyi)
		{
			this.sample = sample;
			this.group = group;
			this.replicate = replicate;
			this.file = file;
			this.control = control;
			annexin = r.xChannel;
			pi = r.yChannel;
			quadrants = r.result;
			this.data = data;
			this.xi = xi;
			this.yi = yi;
			this.cxi = cxi;
			this.cyi = cyi;
		}

		public double percent(int quadrant) {
			return quadrants.percent(quadrant);
		}

		public double early() {
			return percent(1);
		}

		public double late() {
			return percent(2);
		}
	}

	public final Path sheet;
	public final List<Sample> samples;
	/** Groups in sheet order; the first is the reference. */
	public final List<String> groups;
	/** Early and late apoptosis per sample with the two-way ANOVA + Sidak (stats null with one group). */
	public final FlowPercentStudy study;
	private final Map<Path, FcsDataset> controls;

	private ApoptosisFigure(Path sheet, List<Sample> samples, List<String> groups, Map<Path, FcsDataset> controls) {
		this.sheet = sheet;
		this.samples = Collections.unmodifiableList(samples);
		this.groups = Collections.unmodifiableList(groups);
		this.controls = controls;
		List<FlowPercentStudy.Value> v = new ArrayList<>();
		for (Sample s : samples) {
			v.add(new FlowPercentStudy.Value(s.sample, s.group, EARLY, s.early()));
			v.add(new FlowPercentStudy.Value(s.sample, s.group, LATE, s.late()));
		}
		study = FlowPercentStudy.of(v, groups.get(0));
	}

	/** Reads and gates every file of the sheet; problems are {@link InputException}s naming the sheet or file. */
	public static ApoptosisFigure load(Path sheet) {
		Csv.Table t = Csv.read(sheet);
		t.require(COLUMNS);
		FlowDisplay.Files files = new FlowDisplay.Files();
		Map<Path, FcsDataset> controls = new LinkedHashMap<>();
		List<Sample> out = new ArrayList<>();
		List<String> groups = new ArrayList<>(), names = new ArrayList<>();
		for (CSVRecord r : t.rows) {
			String line = "line " + (r.getRecordNumber() + 1) + ": ";
			for (String c : COLUMNS)
				if (!c.equals("replicate") && t.get(r, c).isEmpty()) throw new InputException(sheet, line + "empty " + c);
			String name = t.get(r, "sample"), group = t.get(r, "group");
			if (names.contains(name)) throw new InputException(sheet, line + "sample '" + name + "' is listed twice");
			names.add(name);
			double pct = t.has("percentile") && !t.get(r, "percentile").isEmpty() ? t.number(r, "percentile") : 99;
			if (!(pct >= 0 && pct <= 100)) throw new InputException(sheet, line + "percentile " + pct + " is outside 0..100");
			Path fp = FlowDisplay.relative(sheet, t.get(r, "file")), cp = FlowDisplay.relative(sheet, t.get(r, "control"));
			FcsDataset s = files.get(fp), c = files.get(cp);
			String ax = t.get(r, "annexin"), pi = t.get(r, "pi");
			QuadrantReport q = QuadrantReport.analyse(fp, s, ax, pi, Double.NaN, Double.NaN, cp, c,
				new GatingOptions().percentile(pct));
			controls.put(cp, c);
			out.add(new Sample(name, group, t.get(r, "replicate"), fp, cp, q, s, QuadrantReport.channel(fp, s, ax),
				QuadrantReport.channel(fp, s, pi), QuadrantReport.channel(cp, c, ax), QuadrantReport.channel(cp, c, pi)));
			if (!groups.contains(group)) groups.add(group);
		}
		if (out.isEmpty()) throw new InputException(sheet, "no samples listed");
		return new ApoptosisFigure(sheet, out, groups, controls);
	}

	public Sample sample(String name) {
		for (Sample s : samples) if (s.sample.equals(name)) return s;
		return null;
	}

	/** The samples of one group, in sheet order. */
	public List<Sample> group(String group) {
		List<Sample> g = new ArrayList<>();
		for (Sample s : samples) if (s.group.equals(group)) g.add(s);
		return g;
	}

	/** A population's ({@link #EARLY} or {@link #LATE}) % of each sample of a group. */
	public double[] values(String population, String group) {
		List<Sample> g = group(group);
		double[] v = new double[g.size()];
		for (int i = 0; i < v.length; i++) v[i] = population.equals(EARLY) ? g.get(i).early() : population.equals(LATE) ?
			g.get(i).late() : unknown(population);
		return v;
	}

	private static double unknown(String population) {
		throw new IllegalArgumentException("population '" + population + "': use " + EARLY + " or " + LATE);
	}

	public int n(String population, String group) {
		return values(population, group).length;
	}

	public double mean(String population, String group) {
		double[] v = values(population, group);
		double s = 0;
		for (double x : v) s += x;
		return v.length == 0 ? Double.NaN : s / v.length;
	}

	/** Sample SD (n - 1); NaN for fewer than two samples. */
	public double sd(String population, String group) {
		double[] v = values(population, group);
		if (v.length < 2) return Double.NaN;
		double m = mean(population, group), s = 0;
		for (double x : v) s += (x - m) * (x - m);
		return Math.sqrt(s / (v.length - 1));
	}

	/** Sidak's comparison of a group with the reference within a population; null without statistics. */
	public Comparison comparison(String population, String group) {
		return TableFigure.comparison(study.stats, population, groups.get(0), group);
	}

	/** Sidak-adjusted P of the reference vs the second group (NaN without statistics). */
	public double p(String population) {
		Comparison c = groups.size() < 2 ? null : comparison(population, groups.get(1));
		return c == null ? Double.NaN : c.pAdj;
	}

	/** Stars of {@link #p} ("" without statistics). */
	public String stars(String population) {
		Comparison c = groups.size() < 2 ? null : comparison(population, groups.get(1));
		return c == null ? "" : c.stars();
	}

	/** The replicate of a group nearest its mean early and late %: the one a dot plot shows. */
	public Sample representative(String group) {
		double me = mean(EARLY, group), ml = mean(LATE, group);
		Sample best = null;
		double d = Double.POSITIVE_INFINITY;
		for (Sample s : group(group)) {
			double e = Math.hypot(s.early() - me, s.late() - ml);
			if (e < d) {
				d = e;
				best = s;
			}
		}
		return best;
	}

	/** Every file {@link #write} creates for {@code baseName}. */
	public static List<String> files(String baseName) {
		List<String> f = new ArrayList<>(ChartFiles.files(baseName + "_dots"));
		f.addAll(ChartFiles.files(baseName + "_bars"));
		f.add(baseName + "_quadrants.csv");
		f.addAll(StatsReport.files(baseName + "_"));
		return Collections.unmodifiableList(f);
	}

	/**
	 * {@code baseName_quadrants.csv} (every file's thresholds and quadrant %, the unstained
	 * controls too), {@code baseName_dots.svg/.png/.pdf} (panels A, B, C...), {@code baseName_bars.svg/.png/.pdf}
	 * (panel D) and, with two or more groups, {@code baseName_anova.csv}, {@code _comparisons.csv},
	 * {@code _cells.csv}.
	 */
	public void write(OutputDir out, String baseName) {
		Sample first = samples.get(0);
		FcsDataset unstained = controls.get(first.control);
		// the control's own quadrants at the thresholds it gives its first sample
		double[] ux = unstained.values(first.cxi), uy = unstained.values(first.cyi);
		QuadrantGate.Result ur = QuadrantGate.apply(ux, uy, first.quadrants.xThreshold, first.quadrants.yThreshold);
		out.writeWith(baseName + "_quadrants.csv", w -> {
			CSVPrinter p = Csv.printer(w, RESULT_COLUMNS);
			print(p, "unstained", "unstained", "", first.control, first.control, first.annexin, first.pi, ur);
			for (Sample s : samples)
				print(p, s.sample, s.group, s.replicate, s.file, s.control, s.annexin, s.pi, s.quadrants);
			p.flush();
		});
		if (study.stats != null) StatsReport.write(out, baseName + "_", study.stats);
		TableFigure.write(out, baseName + "_bars", TableFigure.of(study.table, study.stats, "", "Cells (%)"), study.table);

		List<Sample> shown = new ArrayList<>();
		for (String g : groups) shown.add(representative(g));
		List<double[]> xs = new ArrayList<>(), ys = new ArrayList<>();
		xs.add(ux);
		ys.add(uy);
		for (Sample s : shown) {
			xs.add(s.data.values(s.xi));
			ys.add(s.data.values(s.yi));
		}
		DisplayTransform tx = FlowDisplay.scale(first.data, first.xi, xs.toArray(new double[0][]));
		DisplayTransform ty = FlowDisplay.scale(first.data, first.yi, ys.toArray(new double[0][]));
		List<DensityPanels.Panel> panels = new ArrayList<>();
		List<DecadeAxis> axes = new ArrayList<>();
		String xLabel = FlowDisplay.label(first.data, first.xi);
		for (int k = 0; k < xs.size(); k++) {
			QuadrantGate.Result r = k == 0 ? ur : shown.get(k - 1).quadrants;
			String title = (char) ('A' + k) + "  " + (k == 0 ? "Unstained" : shown.get(k - 1).group);
			DensityPlot d = DensityPlot.of(xs.get(k), ys.get(k), tx, ty, BINS);
			String[] corners = new String[4];
			for (int q = 0; q < 4; q++) corners[q] = String.format(Locale.ROOT, "%.2f", r.percent(q));
			panels.add(new DensityPanels.Panel(title, BINS, d.counts, FlowDisplay.clamp(tx.apply(r.xThreshold)),
				FlowDisplay.clamp(ty.apply(r.yThreshold)), corners));
			axes.add(FlowDisplay.axis(xLabel, tx));
		}
		ChartFiles.write(DensityPanels.chart(panels, axes, FlowDisplay.axis(FlowDisplay.label(first.data,
			first.yi), ty)), out, baseName + "_dots", dotsSize(panels.size()));
	}

	/**
	 * The print size of {@code panels} dot plots side by side: about 42 mm a panel, near square
	 * (one column for two, two columns for four), at least 38 mm a panel beyond four.
	 */
	public static FigureSize dotsSize(int panels) {
		return FigureSize.panels(panels, 38, 55);
	}

	private static void print(CSVPrinter p, String sample, String group, String rep, Path file, Path control, String ax,
		String pi, QuadrantGate.Result r) throws java.io.IOException
	{
		p.printRecord(sample, group, rep, file.getFileName(), control.getFileName(), ax, pi, Csv.num(r.xThreshold),
			Csv.num(r.yThreshold), r.total, Csv.num(r.percent(0)), Csv.num(r.percent(1)), Csv.num(r.percent(2)),
			Csv.num(r.percent(3)));
	}

	/** The populations of panel D, for readers of {@link #study}. */
	public static List<String> populations() {
		return Arrays.asList(EARLY, LATE);
	}
}
