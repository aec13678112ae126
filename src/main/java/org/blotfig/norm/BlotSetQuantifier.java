package org.blotfig.norm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.blotfig.core.InputException;
import org.blotfig.core.ProgressListener;

/**
 * Turns the measured bands of a blot set's images into normalised, QC-flagged rows: ladder
 * calibration per image, target and control band selection, ratios, fold changes per membrane.
 * Band detection is not done here: the caller supplies each image's bands, so the same logic
 * serves automatic detection, edited lanes and hand-measured tables.
 */
public final class BlotSetQuantifier {

	/** Settings that change results. */
	public static final class Options {
		/** The group whose mean ratio is 1; null = the sample sheet's first group. */
		public String referenceGroup;
		public MwCalibration.Model model = MwCalibration.Model.LOG_LINEAR;
		public double mwTolerance = TargetBands.DEFAULT_MW_TOLERANCE;
	}

	private final BlotSet set;
	private final Function<BlotSet.Source, List<BandMeasurement>> bandsOf;
	private final Options options;
	private final Map<BlotSet.Entry, LadderFit> fits = new LinkedHashMap<>();
	private final Map<BlotSet.Entry, String> fitErrors = new LinkedHashMap<>();
	private final List<String> warnings = new ArrayList<>();
	private final List<DilutionQc> dilutions = new ArrayList<>();

	private BlotSetQuantifier(BlotSet set, Function<BlotSet.Source, List<BandMeasurement>> bandsOf, Options options) {
		this.set = set;
		this.bandsOf = bandsOf;
		this.options = options;
	}

	/**
	 * @param bandsOf the bands measured on each image of the set (called once per image)
	 * @throws InputException when the set cannot be quantified as described (no such row, a
	 *           ladder that does not match, an unknown reference group)
	 */
	public static BlotSetResult quantify(BlotSet set, Function<BlotSet.Source, List<BandMeasurement>> bandsOf,
		Options options, ProgressListener progress)
	{
		Map<BlotSet.Source, List<BandMeasurement>> cache = new LinkedHashMap<>();
		Function<BlotSet.Source, List<BandMeasurement>> cached = p -> cache.computeIfAbsent(p, bandsOf);
		return new BlotSetQuantifier(set, cached, options).run(progress);
	}

	private BlotSetResult run(ProgressListener progress) {
		String ref = options.referenceGroup;
		List<String> groups = set.samples.groups();
		if (ref == null || ref.isEmpty()) ref = groups.get(0);
		else if (!groups.contains(ref)) throw new InputException(set.sampleSheetFile, "reference group '" +
			ref + "' is not in the sample sheet (groups: " + String.join(", ", groups) + ")");

		List<BlotSet.Entry> targets = set.withRole(BlotSet.Role.TARGET);
		Map<String, Map<Integer, Signal>> controls = new LinkedHashMap<>();
		Map<String, List<String>> membraneFlags = new LinkedHashMap<>();
		List<ControlQc> qcs = new ArrayList<>();
		int step = 0, steps = targets.size() + 1;
		for (BlotSet.Entry t : targets) {
			if (controls.containsKey(t.membrane)) continue;
			BlotSet.Entry c = set.normaliser(t.membrane);
			Collection<SampleLane> lanes = set.samples.lanesOf(t.membrane).values();
			Map<Integer, Signal> signals = c.role == BlotSet.Role.TOTAL_PROTEIN ? laneTotals(c) : signals(c);
			signals = dilutionCheck(t.membrane, c, lanes, signals);
			controls.put(t.membrane, signals);
			ControlQc qc = ControlQc.of(t.membrane, c.role.label, lanes, signals);
			qcs.add(qc);
			List<String> flags = new ArrayList<>();
			if (qc.isHigh()) {
				warnings.add(qc.warning());
				flags.add(c.role.label + "-cv-high");
			}
			membraneFlags.put(t.membrane, flags);
		}
		progress.progress(++step / (double) steps, "controls measured");

		List<NormalizedRow> rows = new ArrayList<>();
		for (BlotSet.Entry t : targets) {
			if (progress.isCanceled()) break;
			BlotSet.Entry c = set.normaliser(t.membrane);
			Collection<SampleLane> lanes = set.samples.lanesOf(t.membrane).values();
			rows.addAll(Normalizer.normalize(lanes, t.target, dilutionCheck(t.membrane, t, lanes, signals(t)),
				controls.get(t.membrane), c.role.label, ref, membraneFlags.get(t.membrane)));
			progress.progress(++step / (double) steps, t.target + " on membrane " + t.membrane);
		}
		Map<BlotSet.Source, LadderFit> byImage = new LinkedHashMap<>();
		for (Map.Entry<BlotSet.Entry, LadderFit> e : fits.entrySet()) byImage.put(e.getKey().source, e.getValue());
		return new BlotSetResult(ref, rows, qcs, dilutions, byImage, warnings);
	}

	/**
	 * With a dilution series on the membrane (sample-sheet loads), checks this protein's
	 * linearity and marks lanes whose signal is above anything inside the linear range.
	 */
	private Map<Integer, Signal> dilutionCheck(String membrane, BlotSet.Entry e, Collection<SampleLane> lanes,
		Map<Integer, Signal> signals)
	{
		DilutionQc d = DilutionQc.of(membrane, e.target, e.role.label, lanes, signals);
		if (d == null) return signals;
		dilutions.add(d);
		if (d.warning() != null) warnings.add(d.warning());
		Map<Integer, Signal> out = new LinkedHashMap<>();
		for (Map.Entry<Integer, Signal> me : signals.entrySet()) {
			Signal sig = me.getValue();
			if (!d.hasLinearRange() || d.isAboveLinearRange(sig.volume)) {
				List<String> notes = new ArrayList<>(sig.notes);
				notes.add(d.hasLinearRange() ? "above-linear-range" : "no-linear-range");
				sig = new Signal(sig.volume, sig.volumeSe, sig.saturated, sig.mwKda, notes);
			}
			out.put(me.getKey(), sig);
		}
		return out;
	}

	/** The bands of an image that lie in the membrane's sample lanes (ladder lanes left out). */
	private List<BandMeasurement> sampleBands(BlotSet.Entry e) {
		Map<Integer, SampleLane> lanes = set.samples.lanesOf(e.membrane);
		List<BandMeasurement> out = new ArrayList<>();
		for (BandMeasurement b : bandsOf.apply(e.source)) if (lanes.containsKey(b.lane)) out.add(b);
		return out;
	}

	/** Per sample lane, the selected band of a target or loading-control entry. */
	private Map<Integer, Signal> signals(BlotSet.Entry e) {
		LadderFit fit = ladderFit(e);
		List<BandMeasurement> bands = new ArrayList<>();
		for (BandMeasurement b : sampleBands(e)) if (!b.flags.contains(BandMeasurement.LANE_TOTAL)) bands.add(b);
		if (fit != null) bands = RowAlignment.toLadder(bands, fit.ladderX);
		TargetBands chosen;
		try {
			if (e.row > 0) chosen = TargetBands.byRow(bands, e.row);
			else if (!Double.isNaN(e.mwKda)) {
				if (fit == null) throw new IllegalArgumentException("mw_kda needs a ladder calibration, but " +
					fitErrors.getOrDefault(ladderEntry(e), "there is none"));
				chosen = TargetBands.byMw(bands, fit.calibration, e.mwKda, options.mwTolerance);
			}
			else chosen = TargetBands.onlyRow(bands);
		}
		catch (IllegalArgumentException ex) {
			throw new InputException(e.where(set.file) + ": " + ex.getMessage(), ex);
		}
		for (String w : chosen.warnings) warnings.add(e.where(set.file) + ": " + w);
		Map<Integer, Signal> out = new LinkedHashMap<>();
		for (Map.Entry<Integer, BandMeasurement> me : chosen.byLane.entrySet()) {
			BandMeasurement b = me.getValue();
			List<String> notes = detectorNotes(b);
			if (!chosen.warnings.isEmpty()) notes.add("row-choice-ambiguous");
			double mw = Double.NaN;
			if (fit != null) {
				mw = fit.calibration.kdaAt(b.position);
				if (fit.calibration.isExtrapolated(b.position)) notes.add("mw-extrapolated");
			}
			out.put(me.getKey(), new Signal(b.volume, b.volumeSe, b.isSaturated(), mw, notes));
		}
		return out;
	}

	/**
	 * Total-protein normalisation: the lane's total stain signal. Automatic detection supplies it
	 * as one {@link BandMeasurement#LANE_TOTAL} measurement per lane (the whole lane integrated);
	 * hand-measured tables may instead list bands, which are summed per lane (their variances
	 * add). Saturated if any part is.
	 */
	private Map<Integer, Signal> laneTotals(BlotSet.Entry e) {
		List<BandMeasurement> all = sampleBands(e);
		boolean whole = false;
		for (BandMeasurement b : all) whole |= b.flags.contains(BandMeasurement.LANE_TOTAL);
		Map<Integer, double[]> sum = new LinkedHashMap<>();
		for (BandMeasurement b : all) {
			if (whole && !b.flags.contains(BandMeasurement.LANE_TOTAL)) continue;
			double[] s = sum.computeIfAbsent(b.lane, k -> new double[3]);
			s[0] += b.volume;
			if (b.isSaturated()) s[1] = 1;
			s[2] += b.volumeSe * b.volumeSe;
		}
		Map<Integer, Signal> out = new LinkedHashMap<>();
		for (Map.Entry<Integer, double[]> me : sum.entrySet())
			out.put(me.getKey(), new Signal(me.getValue()[0], Math.sqrt(me.getValue()[2]), me.getValue()[1] > 0));
		return out;
	}

	private static List<String> detectorNotes(BandMeasurement b) {
		List<String> notes = new ArrayList<>();
		for (String f : b.flags) if (!f.equals("saturated")) notes.add(f);
		return notes;
	}

	private BlotSet.Entry ladderEntry(BlotSet.Entry e) {
		return set.ladderFor(e.source, e.membrane);
	}

	/** The calibration for an entry's image, fitted once per ladder; null when there is none. */
	private LadderFit ladderFit(BlotSet.Entry e) {
		BlotSet.Entry l = ladderEntry(e);
		if (l == null) return null;
		if (fits.containsKey(l)) return fits.get(l);
		if (fitErrors.containsKey(l)) return null;
		List<BandMeasurement> ladderBands = new ArrayList<>();
		for (BandMeasurement b : bandsOf.apply(l.source)) if (b.lane == l.ladderLane) ladderBands.add(b);
		try {
			LadderFit fit = LadderFit.fit(ladderBands, l.ladder, options.model);
			for (String w : fit.warnings) warnings.add(l.where(set.file) + ": " + w);
			fits.put(l, fit);
			return fit;
		}
		catch (IllegalArgumentException ex) {
			// only fatal for entries that need the MW to find their band (see signals)
			fitErrors.put(l, l.where(set.file) + ": " + ex.getMessage());
			warnings.add("no MW calibration: " + fitErrors.get(l));
			return null;
		}
	}
}
