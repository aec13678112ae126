package org.blotfig.elisa.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.math3.stat.StatUtils;
import org.blotfig.core.InputException;
import org.blotfig.elisa.AnalyteResult;
import org.blotfig.elisa.BackCalculation;
import org.blotfig.elisa.CurveFit;
import org.blotfig.elisa.CurveModel;
import org.blotfig.elisa.LinearModel;
import org.blotfig.elisa.ReplicateGroup;
import org.blotfig.figures.ChartFiles;
import org.blotfig.figures.CurvePlot;
import org.blotfig.figures.FigureSize;
import org.blotfig.io.Csv;
import org.blotfig.io.OutputDir;
import org.jfree.chart.JFreeChart;

/**
 * Writes an ELISA analysis: per analyte {@code curve.csv} (parameter,value,se),
 * {@code standards.csv} (conc,y,backcalc,recovery_pct,pass), {@code samples.csv}
 * (sample,group,analyte,y,conc,flag), {@code replicates.csv}, {@code fit_points.csv} and the
 * curve plot {@code curve.png}/{@code .svg}/{@code .pdf}. One analyte goes straight into the folder,
 * several into one subfolder each.
 */
public final class ElisaReport {

	private ElisaReport() {}

	/** The files written per analyte (straight into the output folder or into its subfolder). */
	public static final List<String> FILES = files();

	private static List<String> files() {
		List<String> f = new ArrayList<>(java.util.Arrays.asList("curve.csv", "standards.csv", "samples.csv",
			"replicates.csv", "fit_points.csv"));
		f.addAll(ChartFiles.files("curve"));
		return java.util.Collections.unmodifiableList(f);
	}

	/** A standard curve's figure: one column wide. */
	public static final FigureSize CURVE_SIZE = FigureSize.oneColumn(70);

	public static List<Path> write(OutputDir out, List<AnalyteResult> results) {
		// folder names must differ, also on case-insensitive file systems; check before writing
		java.util.Set<String> folders = new java.util.HashSet<>();
		for (AnalyteResult a : results) {
			String f = folder(a.analyte);
			if (results.size() > 1 && !folders.add(f.toLowerCase(java.util.Locale.ROOT)))
				throw new InputException("analytes '" + a.analyte + "' and another one share the output " +
					"folder name '" + f + "'; rename one in the plate map");
		}
		List<Path> written = new ArrayList<>();
		for (AnalyteResult a : results) {
			OutputDir dir = results.size() == 1 ? out : new OutputDir(out.resolve(folder(a.analyte)));
			written.add(dir.writeWith("curve.csv", w -> curve(w, a)));
			written.add(dir.writeWith("standards.csv", w -> standards(w, a)));
			written.add(dir.writeWith("samples.csv", w -> samples(w, a)));
			written.add(dir.writeWith("replicates.csv", w -> replicates(w, a)));
			written.add(dir.writeWith("fit_points.csv", w -> points(w, a.fit)));
			for (Path p : ChartFiles.write(chart(a), dir, "curve", CURVE_SIZE))
				written.add(p);
		}
		return written;
	}

	/** A safe folder name for an analyte ("IL-2" stays, "TNF/α" becomes "TNF__"). */
	public static String folder(String analyte) {
		String s = analyte.replaceAll("[^A-Za-z0-9._-]", "_");
		return s.isEmpty() ? "analyte" : s;
	}

	// the printers are flushed, not closed: OutputDir owns (and closes) the stream
	private static void curve(Appendable w, AnalyteResult a) throws IOException {
		CurveFit f = a.fit;
		{
			CSVPrinter p = Csv.printer(w, "parameter", "value", "se");
			for (CurveModel.ReportedParameter r : f.parameters())
				p.printRecord(r.name, Csv.num(r.value), Csv.num(r.se));
			p.printRecord("R2", Csv.num(f.r2), "");
			p.printRecord("R2_unweighted", Csv.num(f.r2Unweighted), "");
			p.printRecord("SyX", Csv.num(f.syx), "");
			p.printRecord("SS_weighted", Csv.num(f.ssWeighted), "");
			p.printRecord("df", f.df, "");
			p.printRecord("n_points", f.x.length, "");
			p.printRecord("irls_iterations", f.irlsIterations, "");
			p.printRecord("converged", f.converged ? 1 : 0, "");
			p.printRecord("unstable", f.unstable ? 1 : 0, "");
			p.printRecord("blank", Csv.num(a.blank), "");
			p.printRecord("LLOQ", Csv.num(StatUtils.min(f.x)), "");
			p.printRecord("ULOQ", Csv.num(StatUtils.max(f.x)), "");
		}
	}

	private static void standards(Appendable w, AnalyteResult a) throws IOException {
		{
			CSVPrinter p = Csv.printer(w, "conc", "y", "backcalc", "recovery_pct", "pass");
			for (BackCalculation.Standard s : a.standards)
				p.printRecord(Csv.num(s.conc), Csv.num(s.y), Csv.num(s.backcalc), Csv.num(s.recoveryPct),
					s.pass);
		}
	}

	private static void samples(Appendable w, AnalyteResult a) throws IOException {
		{
			CSVPrinter p = Csv.printer(w, "sample", "group", "analyte", "y", "conc", "flag");
			for (AnalyteResult.Sample s : a.samples)
				p.printRecord(s.replicates.sample, s.replicates.group, a.analyte, Csv.num(s.y),
					Csv.num(s.reading.conc), s.flag);
		}
	}

	private static void replicates(Appendable w, AnalyteResult a) throws IOException {
		{
			CSVPrinter p = Csv.printer(w, "analyte", "type", "sample", "group", "concentration",
			"dilution", "wells", "n", "mean", "sd", "cv_pct", "cv_above_15", "y");
			for (ReplicateGroup g : a.replicates)
				p.printRecord(a.analyte, g.type.key(), g.sample, g.group, Csv.num(g.concentration),
					Csv.num(g.dilution), String.join(" ", g.wells), g.n, Csv.num(g.mean), Csv.num(g.sd),
					Csv.num(g.cvPct), g.imprecise(), Csv.num(g.corrected));
		}
	}

	private static void points(Appendable w, CurveFit f) throws IOException {
		{
			CSVPrinter p = Csv.printer(w, "conc", "y", "weight", "fitted", "residual");
			for (int i = 0; i < f.x.length; i++)
				p.printRecord(Csv.num(f.x[i]), Csv.num(f.y[i]), Csv.num(f.weights[i]), Csv.num(f.fitted[i]),
					Csv.num(f.residuals[i]));
		}
	}

	/** The standard curve: standards, the fit across them and the unknowns read off it. */
	public static JFreeChart chart(AnalyteResult a) {
		CurveFit f = a.fit;
		boolean logX = !(f.model instanceof LinearModel);
		double lo = StatUtils.min(f.x), hi = StatUtils.max(f.x);
		double from = logX ? lo / 2 : Math.min(0, lo), to = logX ? hi * 2 : hi * 1.1;
		int n = 200;
		double[] cx = new double[n], cy = new double[n];
		for (int i = 0; i < n; i++) {
			double t = i / (n - 1.0);
			cx[i] = logX ? from * Math.pow(to / from, t) : from + (to - from) * t;
			cy[i] = f.curve(cx[i]);
		}
		double[] mx = new double[a.samples.size()], my = new double[a.samples.size()];
		for (int i = 0; i < mx.length; i++) {
			mx[i] = a.samples.get(i).reading.wellConc;
			my[i] = a.samples.get(i).y;
		}
		String title = (a.analyte.isEmpty() ? "" : a.analyte + ": ") + f.model.name() + " fit, weighting " +
			f.weighting.key + (f.unstable ? " (UNSTABLE)" : "");
		return CurvePlot.create(title, "Concentration", a.blankWells > 0 ? "Response (blank-subtracted)"
			: "Response", logX, f.x, f.y, cx, cy, mx, my);
	}
}
