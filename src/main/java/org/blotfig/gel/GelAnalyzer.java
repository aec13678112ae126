package org.blotfig.gel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.blotfig.core.InputException;
import org.blotfig.core.ProgressListener;

/**
 * Finds lanes and bands on a blot scan and quantifies them: the one entry point of the gel
 * core. {@link #analyze} detects lanes automatically; {@link #quantify} re-measures lanes the
 * user drew or corrected. Stateless apart from the optional 2-D background provider.
 */
public final class GelAnalyzer {

	/** Smallest image side that can hold a lane profile. */
	public static final int MIN_SIDE = 4;

	private final ImageBackground background2d;

	public GelAnalyzer() {
		this(null);
	}

	/** @param background2d provider for {@link BackgroundMethod#ROLLING_BALL_2D} (may be null) */
	public GelAnalyzer(ImageBackground background2d) {
		this.background2d = background2d;
	}

	public GelResult analyze(GelImage img, GelParams params, ProgressListener progress) {
		Prepared pr = prepare(img, params, true, progress);
		progress.progress(0.2, "finding lanes");
		Small small = new Small(pr.signal, pr.blocks);
		LaneFinder finder = new LaneFinder(small, img.height(), params.lanes);
		List<LanePath> paths = new ArrayList<>();
		List<Boolean> gapFill = new ArrayList<>();
		for (LaneFinder.Found f : finder.lanes) {
			paths.add(f.path);
			gapFill.add(f.gapFill);
		}
		if (paths.isEmpty()) pr.warnings.add("no lanes found: nothing in the image stands out from its noise or " +
			"repeats as lanes do (a blank membrane, the wrong file or image?); give the lane count to place lanes anyway");
		for (double x : finder.leftOut) pr.warnings.add(String.format(java.util.Locale.ROOT, "strong signal about %.0f px " +
			"from the left edge lies outside the lanes found and is not measured (a marker?): give the lane count or " +
			"add that lane by hand", x));
		double slope = Math.tan(Math.toRadians(finder.tiltDeg));
		return measure(pr, paths, gapFill, slope, -finder.tiltDeg, params, progress);
	}

	/** Measures the given lanes (in the image's own coordinates) without detecting lanes. */
	public GelResult quantify(GelImage img, List<LanePath> lanes, GelParams params, ProgressListener progress) {
		Prepared pr = prepare(img, params, false, progress);
		List<Boolean> gapFill = new ArrayList<>();
		double slope = 0;
		for (LanePath p : lanes) {
			gapFill.add(false);
			slope += (p.centreAt(p.height() - 1) - p.centreAt(0)) / Math.max(1, p.height() - 1);
		}
		slope = lanes.isEmpty() ? 0 : slope / lanes.size();
		return measure(pr, lanes, gapFill, slope, -Math.toDegrees(Math.atan(slope)), params, progress);
	}

	private static final class Prepared {
		Signal signal;
		Polarity polarity;
		boolean detected;
		float[] bg;
		/** Raw block sums for the lane-finding image, or null (not wanted, or NaN pixels). */
		BlockSums blocks;
		List<String> warnings = new ArrayList<>();
	}

	/** @param findLanes also sum the blocks of the small lane-finding image, in the same pass over the pixels */
	private Prepared prepare(GelImage img, GelParams params, boolean findLanes, ProgressListener progress) {
		if (img.width() < MIN_SIDE || img.height() < MIN_SIDE) throw new InputException("image is too small (" +
			img.width() + "x" + img.height() + " px; need at least " + MIN_SIDE + "x" + MIN_SIDE + ")");
		progress.progress(0, "reading pixels");
		BlockSums blocks = findLanes ? new BlockSums(img.width(), img.height()) : null;
		Signal.Stats stats = Signal.Stats.of(img, blocks);
		if (stats.finite == 0) throw new InputException("image has no finite pixel values (all NaN or infinite)");
		if (stats.max == stats.min) throw new InputException("image is blank (every pixel is " + stats.min + ")");
		Prepared pr = new Prepared();
		pr.blocks = stats.nan == 0 ? blocks : null;
		if (params.polarity == Polarity.AUTO) {
			pr.polarity = Signal.detect(stats);
			pr.detected = true;
		}
		else {
			// the user judges polarity on screen; an inverting LUT shows the opposite of the values
			pr.polarity = img.invertedLut() ? params.polarity.opposite() : params.polarity;
		}
		pr.signal = new Signal(img, pr.polarity == Polarity.LIGHT_BANDS, stats);
		// a lossy source is said by the reader that knows the format (ij.GelImages); each band carries the flag
		if (params.background == BackgroundMethod.ROLLING_BALL_2D) {
			if (background2d == null) throw new IllegalStateException("rolling-ball-2d needs an ImageJ background provider");
			progress.progress(0.1, "2-D rolling ball");
			float[] raw = background2d.estimate(img, pr.polarity == Polarity.LIGHT_BANDS, params.radius);
			pr.bg = pr.signal.toSignal(raw);
		}
		return pr;
	}

	private GelResult measure(Prepared pr, List<LanePath> paths, List<Boolean> gapFill, double slope, double tilt,
		GelParams params, ProgressListener progress)
	{
		Quantifier q = new Quantifier(pr.signal, params, pr.bg);
		List<List<BandCaller.Call>> calls = new ArrayList<>();
		List<LaneProfile> profiles = new ArrayList<>();
		double maxProm = 0;
		progress.progress(0.3, "lane profiles");
		List<LaneProfile> all = LaneProfile.all(pr.signal, paths);
		List<List<BandCaller.Call>> called = BandCaller.callAll(all, gapFill, params.minProminence);
		for (int i = 0; i < paths.size(); i++) {
			if (progress.isCanceled()) throw new InputException("canceled");
			progress.progress(0.3 + 0.6 * i / Math.max(1, paths.size()), "lane " + (i + 1));
			LaneProfile p = all.get(i);
			List<BandCaller.Call> c = called.get(i);
			LanePath path = paths.get(i);
			for (BandCaller.Call k : c) {
				k.lo = Math.max(k.lo, path.top());
				k.hi = Math.min(k.hi, path.bottom());
			}
			for (BandCaller.Call k : c) maxProm = Math.max(maxProm, k.prominence);
			profiles.add(p);
			calls.add(c);
		}
		// the gaps beside each lane, for the valley baseline's sideways check
		List<LaneGap[]> gaps = params.background == BackgroundMethod.VALLEY ? LaneGap.all(pr.signal, paths, calls) : null;
		List<Band> bands = new ArrayList<>();
		List<List<Band>> perLane = new ArrayList<>();
		for (int i = 0; i < paths.size(); i++) {
			List<BandCaller.Call> keep = new ArrayList<>();
			for (BandCaller.Call k : calls.get(i)) if (k.prominence >= params.minRelativeProminence * maxProm) keep.add(k);
			List<Band> lb = q.measure(i + 1, paths.get(i), profiles.get(i), gaps == null ? null : gaps.get(i), keep);
			perLane.add(lb);
			bands.addAll(lb);
		}
		List<LaneKind> kinds = LaneClassifier.classify(perLane, gapFill, slope);
		gapFill = new ArrayList<>(gapFill);
		if (lightlyLoaded(pr.signal, q, paths, all, gaps, gapFill, kinds, perLane, bands, params, maxProm))
			kinds = LaneClassifier.classify(perLane, gapFill, slope);
		List<Band> samples = new ArrayList<>(), ladders = new ArrayList<>();
		for (Band b : bands) (kinds.get(b.lane - 1) == LaneKind.LADDER ? ladders : samples).add(b);
		RowMatcher.assign(samples, slope);
		RowMatcher.assign(ladders, slope);
		List<Lane> lanes = new ArrayList<>();
		GelImage img = pr.signal.image;
		for (int i = 0; i < paths.size(); i++)
			lanes.add(new Lane(i + 1, kinds.get(i), paths.get(i), img.originX(), img.originY()));
		bands.sort((a, b) -> a.lane != b.lane ? Integer.compare(a.lane, b.lane) : Double.compare(a.y, b.y));
		int saturated = 0;
		for (Band b : bands) if (b.flags.contains(BandFlag.SATURATED)) saturated++;
		if (saturated > 0) pr.warnings.add(saturated + " band(s) saturated: their volumes are lower bounds");
		String panels = severalPanels(kinds);
		if (panels != null) pr.warnings.add(panels);
		// lanes without a single band were placed by the image's texture alone (noise, a blank
		// membrane, the wrong file or channel): say so rather than report empty lanes as a result
		if (bands.isEmpty() && !lanes.isEmpty()) pr.warnings.add("no band found in any of the " + lanes.size() +
			" lanes: is this a blot scan with bands (not a blank membrane, the wrong file or image)?");
		progress.progress(1, "done");
		return new GelResult(lanes, bands, pr.polarity, pr.detected, tilt, params, pr.warnings);
	}

	/**
	 * A lattice lane without a column signal of its own, between two sample lanes, may still hold
	 * a faint band in the row of its neighbours: a lane loaded lightly, not an empty well (those
	 * sit beside the marker lanes, or apart). Its bands are called, and kept only where the line
	 * through a band of each neighbour crosses it. Returns whether any lane gained bands.
	 */
	private static boolean lightlyLoaded(Signal signal, Quantifier q, List<LanePath> paths, List<LaneProfile> all,
		List<LaneGap[]> gaps, List<Boolean> gapFill, List<LaneKind> kinds, List<List<Band>> perLane, List<Band> bands, GelParams params,
		double maxProm)
	{
		int n = paths.size();
		List<Boolean> skip = new ArrayList<>();
		boolean any = false;
		for (int i = 0; i < n; i++) {
			boolean between = i > 0 && i + 1 < n && gapFill.get(i) && kinds.get(i - 1) == LaneKind.SAMPLE &&
				kinds.get(i + 1) == LaneKind.SAMPLE;
			skip.add(!between);
			any |= between;
		}
		if (!any) return false;
		List<List<BandCaller.Call>> called = BandCaller.callAll(all, skip, params.minProminence);
		double pitch = Math.abs(paths.get(n - 1).centreAt(0) - paths.get(0).centreAt(0)) / Math.max(1, n - 1);
		int oy = signal.image.originY();
		boolean gained = false;
		for (int i = 0; i < n; i++) {
			if (skip.get(i)) continue;
			LanePath path = paths.get(i);
			List<BandCaller.Call> keep = new ArrayList<>();
			for (BandCaller.Call k : called.get(i)) {
				if (k.prominence < params.minRelativeProminence * maxProm) continue;
				boolean onLine = false;
				for (Band l : perLane.get(i - 1))
					for (Band r : perLane.get(i + 1)) {
						// one row drifts by a fraction of the lane pitch per lane at most
						if (Math.abs(l.y - r.y) > 0.5 * pitch) continue;
						double mid = 0.5 * (l.y + r.y) - oy - 0.5;
						if (Math.abs(k.peak - mid) <= 0.5 * Math.max(l.width, r.width) + 2) onLine = true;
					}
				if (!onLine) continue;
				k.lo = Math.max(k.lo, path.top());
				k.hi = Math.min(k.hi, path.bottom());
				keep.add(k);
			}
			if (keep.isEmpty()) continue;
			List<Band> lb = q.measure(i + 1, path, all.get(i), gaps == null ? null : gaps.get(i), keep);
			if (lb.isEmpty()) continue;
			perLane.set(i, lb);
			bands.addAll(lb);
			gapFill.set(i, false);
			gained = true;
		}
		return gained;
	}

	/**
	 * Most lanes with many bands each is what a whole figure looks like (several blot panels, text,
	 * a ladder drawn beside each), not one blot with its ladder or two: on the real scans only the
	 * PLOS figure (10 of 11) and an annotated figure (21 of 29) do this; blots have at most 2.
	 */
	static String severalPanels(List<LaneKind> kinds) {
		int ladders = 0;
		for (LaneKind k : kinds) if (k == LaneKind.LADDER) ladders++;
		if (ladders < 3 || 2 * ladders <= kinds.size()) return null;
		return ladders + " of " + kinds.size() + " lanes look like ladders (many bands each): if the image holds " +
			"several blots, labels or a whole figure, select one blot (a rectangle in Fiji, --roi x,y,w,h in the CLI)";
	}

	/** Counts bands per kind of lane, for summaries. */
	public static Map<LaneKind, Integer> bandCounts(GelResult r) {
		Map<LaneKind, Integer> m = new HashMap<>();
		for (Band b : r.bands) m.merge(r.lanes.get(b.lane - 1).kind, 1, Integer::sum);
		return m;
	}
}
