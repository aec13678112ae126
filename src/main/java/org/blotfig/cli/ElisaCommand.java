package org.blotfig.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.blotfig.core.ProgressListener;
import org.blotfig.elisa.AnalyteResult;
import org.blotfig.study.ElisaFigure;
import org.blotfig.elisa.BackCalculation;
import org.blotfig.elisa.CurveModel;
import org.blotfig.elisa.ElisaAnalysis;
import org.blotfig.elisa.Weighting;
import org.blotfig.elisa.WellType;
import org.blotfig.elisa.io.ElisaInputs;
import org.blotfig.io.OutputDir;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code blotfig elisa}: plate read + plate map (or standards table) to concentrations. */
@Command(name = "elisa", mixinStandardHelpOptions = true,
	description = { "Fit an ELISA standard curve and back-calculate samples.",
		"Plate mode: blotfig elisa PLATE.csv --layout MAP.csv --out DIR",
		"Table mode: blotfig elisa --standards STANDARDS.csv [--samples UNKNOWNS.csv] --out DIR",
		"Writes curve.csv, standards.csv, samples.csv, replicates.csv, fit_points.csv, curve.svg/.png/" +
			".pdf (one subfolder per analyte when the map has several); when samples have groups, the " +
			"study figure figure.svg/.png/.pdf (in-range concentrations per analyte and group) with anova.csv, " +
			"comparisons.csv, cells.csv (two-way ANOVA + Sidak)." })
public final class ElisaCommand implements Callable<Integer> {

	@Parameters(index = "0", arity = "0..1", paramLabel = "PLATE.csv",
		description = "Plate read: 96/384-well matrix CSV or long CSV (well,value[,wavelength]).")
	Path plate;

	@Option(names = "--layout", paramLabel = "MAP.csv",
		description = "Plate map: well,type,analyte,sample,group,concentration,dilution.")
	Path layout;

	@Option(names = "--standards", paramLabel = "STANDARDS.csv",
		description = "Instead of a plate: standards table conc,od.")
	Path standards;

	@Option(names = "--samples", paramLabel = "UNKNOWNS.csv",
		description = "With --standards: unknowns table sample,od[,group][,dilution].")
	Path samples;

	@Option(names = "--model", defaultValue = "4pl", description = "4pl, 5pl, linear or loglog (default: ${DEFAULT-VALUE}).")
	String model;

	@Option(names = "--weight", defaultValue = "none",
		description = "none, 1/y2 or 1/ycurve2 (Prism 5+, iterated) (default: ${DEFAULT-VALUE}).")
	String weight;

	@Option(names = "--wavelength", description = "Which read to use when the plate has several, e.g. 450.")
	String wavelength;

	@Option(names = "--reference", description = "Reference read subtracted well by well, e.g. 570.")
	String reference;

	@Option(names = "--analyte", description = "Analyse only this analyte of the plate map.")
	String analyte;

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
	Path out;

	@Option(names = "--y-label", paramLabel = "TEXT", defaultValue = "Concentration",
		description = "Figure y axis when samples have groups, e.g. 'pg/mL' (default: ${DEFAULT-VALUE}).")
	String yLabel;

	@Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		// validate everything before writing anything
		CurveModel m = CurveModel.forName(model);
		Weighting w = Weighting.forKey(weight);
		OutputDir.checkFolder(out);
		OutputDir.checkInputsKept(out, ElisaFigure.ALL_FILES, plate, layout, standards, samples);
		ElisaInputs in = ElisaInputs.load(plate, layout, standards, samples, wavelength, reference, analyte);

		List<AnalyteResult> results = new ElisaAnalysis(m, w).analyze(in.source, in.wells,
			ProgressListener.NONE);
		ElisaFigure fig = ElisaFigure.of(results);
		OutputDir dir = new OutputDir(out);
		ElisaFigure.writeAll(dir, results, fig, yLabel);
		// said after the work, so that an error later on stays the only line on stderr
		if (!in.readChosen.isEmpty()) spec.commandLine().getErr().println("blotfig elisa: using " +
			in.readChosen + " (set --wavelength/--reference to choose otherwise)");
		// safe: checkInputsKept above refused inputs of these names in --out
		StaleFiles.remove("elisa", out, dir, ElisaFigure.ALL_FILES, spec.commandLine().getErr());
		for (AnalyteResult a : results)
			summary(a);
		if (fig != null) {
			java.io.PrintWriter o = spec.commandLine().getOut();
			o.println("figure.svg: concentrations per group" + (fig.stats == null ? " (" + fig.note + ")" :
				", two-way ANOVA + Sidak in comparisons.csv") + (fig.left.isEmpty() ? "" : "; left out (outside the " +
				"standards): " + String.join(", ", fig.left)));
		}
		return 0;
	}

	private void summary(AnalyteResult a) {
		int pass = 0, inRange = 0;
		for (BackCalculation.Standard s : a.standards)
			if (s.pass) pass++;
		for (AnalyteResult.Sample s : a.samples)
			if (s.reading.flag == BackCalculation.Flag.IN_RANGE) inRange++;
		java.io.PrintWriter o = spec.commandLine().getOut();
		o.printf(java.util.Locale.ROOT, "%s%s %s, R2 %.4f, Sy.x %.4g; standards passing ICH M10: %d/%d; " +
			"samples in range: %d/%d%n", a.analyte.isEmpty() ? "" : a.analyte + ": ", a.fit.model.name(),
			a.fit.weighting.key, a.fit.r2, a.fit.syx, pass, a.standards.size(), inRange, a.samples.size());
		if (a.fit.unstable) spec.commandLine().getErr().println("blotfig elisa: warning: " +
			(a.analyte.isEmpty() ? "" : a.analyte + ": ") + "unstable fit: " + a.fit.problem);
		for (AnalyteResult.Sample s : a.samples)
			if (s.replicates.type == WellType.CONTROL && s.reading.flag != BackCalculation.Flag.IN_RANGE)
				o.println("  control " + s.replicates.sample + " is " + s.flag);
	}
}
