package org.blotfig.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.blotfig.core.InputException;
import org.blotfig.core.ProgressListener;
import org.blotfig.gel.GelAnalyzer;
import org.blotfig.gel.GelImage;
import org.blotfig.gel.GelParams;
import org.blotfig.gel.GelResult;
import org.blotfig.gel.Polarity;
import org.blotfig.synth.BlotGenerator;
import org.blotfig.synth.SyntheticBlot;

/**
 * Runs the accuracy grid: each image is generated, analysed by blotfig with default settings
 * (automatic lanes, polarity and bands; valley background) and measured by the ImageJ reference
 * method, and both are scored against the truth. Results are kept per image and per bucket.
 */
public final class AccuracyBenchmark {

	/** Everything one run produced. */
	public static final class Result {
		public final List<GridCase> cases = new ArrayList<>();
		public final List<ImageScore> scores = new ArrayList<>();
		/** Per image: null, or the detector's error message when it threw. */
		public final List<String> errors = new ArrayList<>();
		/** Bucket name to tally, in table order; "all" first. */
		public final Map<String, Tally> buckets = new LinkedHashMap<>();

		public Tally all() {
			return buckets.get("all");
		}
	}

	private AccuracyBenchmark() {}

	public static Result run(long seed, int n, ProgressListener progress) {
		Result res = new Result();
		for (String b : bucketOrder()) res.buckets.put(b, new Tally());
		Scorer scorer = new Scorer(AccuracyGrid.TARGET_ROW, AccuracyGrid.CONTROL_ROW);
		for (GridCase c : AccuracyGrid.cases(seed, n)) {
			if (progress.isCanceled()) throw new InputException("canceled");
			progress.progress(c.index / (double) n, "image " + (c.index + 1) + " of " + n);
			SyntheticBlot blot = BlotGenerator.generate(c.spec);
			GelImage img = blot.bitDepth() == 8 ? GelImage.of8Bit(blot.width(), blot.height(), blot.pixels8())
				: GelImage.of16Bit(blot.width(), blot.height(), blot.pixels16());
			GelResult r;
			String error = null;
			try {
				r = new GelAnalyzer().analyze(img, new GelParams(), ProgressListener.NONE);
			}
			catch (RuntimeException e) {
				// a detector crash is a result too: the image scores as nothing found
				error = e.toString();
				r = new GelResult(new ArrayList<>(), new ArrayList<>(), Polarity.AUTO, true, 0, new GelParams(),
					new ArrayList<>());
			}
			double[] ij = ImageJGelMethod.volumes(blot.pixelsAsFloat(), blot.truth(),
				blot.polarity() == org.blotfig.synth.Polarity.DARK_BANDS, ImageJGelMethod.RADIUS);
			double[] floor = OracleMethod.volumes(blot.pixelsAsFloat(), blot.backgroundImage(), blot.truth(),
				blot.polarity().sign());
			ImageScore s = scorer.score(blot.truth(), r, ij, floor);
			res.cases.add(c);
			res.scores.add(s);
			res.errors.add(error);
			for (String b : bucketsOf(c)) res.buckets.get(b).add(s);
		}
		progress.progress(1, "done");
		return res;
	}

	static List<String> bucketOrder() {
		List<String> l = new ArrayList<>();
		l.add("all");
		for (String d : new String[] { "clean", "typical", "hard" }) l.add(d);
		l.add("flat");
		l.add("gradient");
		for (String d : new String[] { "clean", "typical", "hard" }) l.add(d + " + gradient");
		for (String t : new String[] { "0-1", "1-3", "3-5" }) l.add("tilt " + t + " deg");
		l.add("8-bit");
		l.add("16-bit");
		l.add("light-bands");
		l.add("dark-bands");
		return l;
	}

	static List<String> bucketsOf(GridCase c) {
		List<String> l = new ArrayList<>();
		l.add("all");
		l.add(c.difficulty.label());
		l.add(c.gradient ? "gradient" : "flat");
		if (c.gradient) l.add(c.difficulty.label() + " + gradient");
		l.add("tilt " + c.tiltBucket() + " deg");
		l.add(c.spec.bitDepth() + "-bit");
		l.add(c.spec.polarity().label());
		return l;
	}

	/** Problems found in one image, one line each (empty when it is clean). */
	public static List<String> failures(GridCase c, ImageScore s, String error) {
		List<String> out = new ArrayList<>();
		if (error != null) out.add("detector threw " + error);
		if (!s.lanesExact() || s.missedLanes > 0 || s.extraLanes > 0) out.add(String.format(Locale.ROOT,
			"lanes: %d found for %d true (%d missed, %d extra)", s.foundLanes, s.trueLanes, s.missedLanes, s.extraLanes));
		StringBuilder missed = new StringBuilder(), unflagged = new StringBuilder(), far = new StringBuilder();
		for (BandScore b : s.bands) {
			String id = (b.lane + 1) + "/" + ("LADDER".equals(b.kind) ? "L" : "") + (b.row + 1);
			if (!b.matched) missed.append(' ').append(id);
			if (b.saturated && !(b.matched && b.flaggedSaturated)) unflagged.append(String.format(Locale.ROOT,
				" %s (%d px clipped; saturated_px %s)", id, b.clippedPixels, b.matched ? b.oursSaturatedPx : "-"));
			if (b.scored() && Stats.relativeError(b.ours, b.trueVolume) > 0.10) far.append(String.format(Locale.ROOT,
				" %s(%+.0f%%)", id, 100 * (b.ours / b.trueVolume - 1)));
		}
		if (missed.length() > 0) out.add("bands missed (lane/row):" + missed);
		if (unflagged.length() > 0) out.add("saturated but not flagged:" + unflagged);
		if (far.length() > 0) out.add("volume off by > 10 %:" + far);
		if (s.falseBands > 0) out.add(s.falseBands + " false band(s)");
		if (s.falseSaturationFlags > 0) out.add(s.falseSaturationFlags + " unsaturated band(s) flagged saturated");
		return out;
	}
}
