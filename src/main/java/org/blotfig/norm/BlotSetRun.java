package org.blotfig.norm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.blotfig.core.InputException;
import org.blotfig.core.ProgressListener;
import org.blotfig.core.Version;
import org.blotfig.gel.BackgroundMethod;
import org.blotfig.gel.GelImage;
import org.blotfig.gel.GelParams;
import org.blotfig.gel.Polarity;

import com.google.gson.GsonBuilder;

/**
 * One blot-set run as the CLI and the Fiji command both do it: settings given as text are
 * checked, the set and its sample sheet are read and validated, all before any image is read
 * or anything written; then the pipeline runs and the parameters are recorded.
 */
public final class BlotSetRun {

	/** The user's settings, as typed. */
	public static final class Settings {
		/** Empty or null = the sample sheet's first group. */
		public String referenceGroup;
		public String mwFit = "log-linear";
		public double mwTolerance = TargetBands.DEFAULT_MW_TOLERANCE;
		/** 0 = automatic. */
		public int lanes;
		public String background = "valley";
		public String polarity = "auto";
	}

	public final BlotSet set;
	private final GelParams gel;
	private final BlotSetQuantifier.Options options;

	private BlotSetRun(BlotSet set, GelParams gel, BlotSetQuantifier.Options options) {
		this.set = set;
		this.gel = gel;
		this.options = options;
	}

	/**
	 * @param sampleSheet overrides the sheet the set names (may be null)
	 * @throws InputException for any bad setting or input file
	 */
	public static BlotSetRun prepare(Path setFile, Path sampleSheet, Settings s) {
		BlotSetQuantifier.Options o = new BlotSetQuantifier.Options();
		String fit = s.mwFit == null ? "" : s.mwFit.trim().toLowerCase(Locale.ROOT);
		if (fit.equals("log-linear") || fit.equals("loglinear") || fit.equals("linear")) o.model = MwCalibration.Model.LOG_LINEAR;
		else if (fit.equals("cubic")) o.model = MwCalibration.Model.CUBIC;
		else throw new InputException("MW fit '" + s.mwFit + "' is not log-linear or cubic");
		if (!(s.mwTolerance > 0 && s.mwTolerance < 1)) throw new InputException("MW tolerance " + s.mwTolerance +
			" must be a fraction between 0 and 1 (0.15 = 15 %)");
		o.mwTolerance = s.mwTolerance;
		if (s.lanes < 0) throw new InputException("lanes must be 0 (automatic) or a positive count, got " + s.lanes);
		GelParams g = BlotSetPipeline.defaultGelParams();
		g.lanes = s.lanes;
		try {
			g.background = BackgroundMethod.parse(s.background);
			g.polarity = Polarity.parse(s.polarity);
		}
		catch (IllegalArgumentException e) {
			throw new InputException(e.getMessage());
		}
		if (g.background == BackgroundMethod.ROLLING_BALL_2D) throw new InputException(
			"background rolling-ball-2d is for comparisons in band detection; use border, valley, rolling-ball or none");
		BlotSet set = BlotSet.read(setFile, sampleSheet);
		String ref = s.referenceGroup == null ? "" : s.referenceGroup.trim();
		if (!ref.isEmpty() && !set.samples.groups().contains(ref)) throw new InputException(set.sampleSheetFile,
			"reference group '" + ref + "' is not in the sample sheet (groups: " + String.join(", ",
				set.samples.groups()) + ")");
		o.referenceGroup = ref.isEmpty() ? null : ref;
		return new BlotSetRun(set, g, o);
	}

	/** The files a run writes into its output folder. */
	public static final String[] OUTPUT_FILES = { "normalized.csv", "qc.csv", "ladder.csv", "dilution.csv",
		"params.json" };

	/**
	 * Refuses an output folder where a result file would replace one of the inputs.
	 *
	 * @param moreFiles files the caller writes there besides {@link #OUTPUT_FILES} (figures, statistics)
	 */
	public void checkOutput(Path dir, java.util.Collection<String> moreFiles) {
		java.util.Set<Path> inputs = new java.util.HashSet<>();
		inputs.add(set.file.toAbsolutePath().normalize());
		inputs.add(set.sampleSheetFile.toAbsolutePath().normalize());
		for (Path p : set.images()) inputs.add(p.toAbsolutePath().normalize());
		List<String> names = new ArrayList<>(java.util.Arrays.asList(OUTPUT_FILES));
		names.addAll(moreFiles);
		for (String name : names) {
			Path out = dir.resolve(name).toAbsolutePath().normalize();
			if (inputs.contains(out)) throw new InputException(out, "is an input of this blot set; choose another " +
				"output folder (inputs are never overwritten)");
		}
	}

	public BlotSetResult run(Function<Path, GelImage> loader, ProgressListener progress) {
		return run(loader, java.util.Collections.<String> emptyList(), progress);
	}

	/**
	 * @param loaderWarnings filled by the loader while it reads (e.g. "RGB converted to
	 *          luminance"); they lead the result's warnings
	 */
	public BlotSetResult run(Function<Path, GelImage> loader, List<String> loaderWarnings, ProgressListener progress) {
		BlotSetResult r = BlotSetPipeline.run(set, loader, gel, options, progress);
		if (loaderWarnings.isEmpty()) return r;
		List<String> w = new ArrayList<>(loaderWarnings);
		w.addAll(r.warnings);
		return new BlotSetResult(r.referenceGroup, r.rows, r.controlQc, r.dilution, r.ladders, w);
	}

	/** Every setting that shaped the result, with the software version, as JSON. */
	public String paramsJson(BlotSetResult r) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("software", "blotfig " + Version.get());
		m.put("blot_set", set.file.toString());
		m.put("sample_sheet", set.sampleSheetFile.toString());
		m.put("reference_group", r.referenceGroup);
		m.put("mw_fit", options.model.name().toLowerCase(Locale.ROOT).replace('_', '-'));
		m.put("mw_tolerance", options.mwTolerance);
		m.put("lanes", gel.lanes);
		m.put("background", gel.background.label());
		m.put("polarity", gel.polarity.label());
		m.put("cv_warning_percent", ControlQc.CV_WARNING_PERCENT);
		m.put("warnings", r.warnings);
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(m) + "\n";
	}
}
