package org.blotfig.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.blotfig.core.InputException;

/**
 * Everything the generator needs to draw one synthetic blot: layout, band rows and volumes,
 * background, noise, dust and geometry. A mutable builder with fluent setters; the generator
 * copies it, so reusing and changing one spec for a grid of images is safe.
 *
 * <p>Units: pixels for lengths, raw pixel values of the chosen bit depth for intensities, and
 * raw values x pixels for volumes. Coordinates follow ImageJ: pixel (i, j) covers
 * [i, i+1) x [j, j+1), so its centre is (i + 0.5, j + 0.5); y grows downwards (migration).
 *
 * <p>The whole spec is written into truth.json as the generator parameters.
 */
public final class BlotSpec {

	// ---- image and layout ----
	private long seed = 1;
	private int bitDepth = 16;
	private Polarity polarity = Polarity.LIGHT_BANDS;
	/** Image width; 0 = just wide enough for the lanes plus {@link #marginX} on both sides. */
	private int width = 0;
	private int height = 400;
	private int lanes = 8;
	private int laneWidth = 40;
	private int laneGap = 14;
	private int marginX = 30;
	/** Top (wells) and bottom of the lanes in image y, before tilt; smile grows from top to bottom. */
	private double laneTop = 20;
	private double laneBottom = 380;
	private LaneKind[] laneKinds = filled(8, LaneKind.SAMPLE);
	/** Relative amount loaded in each lane (multiplies sample-row amounts). */
	private double[] loading = ones(8);
	/** Extra random lane-to-lane loading variation (coefficient of variation, lognormal). */
	private double loadingCv = 0;
	/** Random per-band volume variation (coefficient of variation, lognormal) for benchmark grids. */
	private double volumeJitter = 0;
	/**
	 * Random shift (standard deviation, px) of each sample row's migration position per image, so
	 * that a benchmark grid over seeds does not see one fixed layout. Ladder rows stay put.
	 */
	private double rowJitter = 0;

	// ---- bands ----
	private List<BandRow> rows = new ArrayList<>();
	private List<BandRow> ladderRows = new ArrayList<>();
	private List<VolumeSetting> explicitVolumes = new ArrayList<>();
	/** Fraction of the lane width covered by the flat top of each band. */
	private double bandFill = 0.8;
	/** Standard deviation (px) of the soft (erf) edges across the lane. */
	private double edgeSoftness = 2.0;

	// ---- background ----
	private double background = 1000;
	/** Background slope along x and y, raw units per pixel, zero at the image centre. */
	private double gradientX = 0;
	private double gradientY = 0;
	private int blotches = 0;
	/** Largest absolute amplitude of a blotch (raw units). */
	private double blotchAmplitude = 0;
	/** Typical blotch standard deviation (pixels); each blotch gets 0.5x to 1.5x this. */
	private double blotchSize = 60;

	// ---- noise and dust ----
	/** Signal-dependent noise: variance = gain x signal (raw units), like photon counting. */
	private double gain = 0;
	/** Signal-independent Gaussian read noise, standard deviation in raw units. */
	private double readNoise = 0;
	private int dustCount = 0;
	/** Dust amplitude in raw units, in the same direction as bands (bright on chemi, dark on film). */
	private double dustAmplitude = 0;
	private double dustRadius = 2;

	// ---- geometry ----
	private double tiltDeg = 0;
	/** Vertical lag (px) of the outermost lanes relative to the centre at the lane bottom; negative = frown. */
	private double smile = 0;
	/** Outward drift (px) of the outermost lane centres at the lane bottom (lanes fanning out). */
	private double splay = 0;

	/** A per-band volume set by the caller, overriding amount x loading. */
	public static final class VolumeSetting {
		public int lane;
		public int row;
		public double volume;

		VolumeSetting() {}

		VolumeSetting(int lane, int row, double volume) {
			this.lane = lane;
			this.row = row;
			this.volume = volume;
		}
	}

	public BlotSpec() {}

	// ---------------------------------------------------------------- fluent setters

	public BlotSpec seed(long s) { seed = s; return this; }
	public BlotSpec bitDepth(int b) { bitDepth = b; return this; }
	public BlotSpec polarity(Polarity p) { polarity = p; return this; }
	public BlotSpec width(int w) { width = w; return this; }
	public BlotSpec height(int h) { height = h; return this; }
	public BlotSpec laneWidth(int w) { laneWidth = w; return this; }
	public BlotSpec laneGap(int g) { laneGap = g; return this; }
	public BlotSpec marginX(int m) { marginX = m; return this; }
	public BlotSpec laneTop(double y) { laneTop = y; return this; }
	public BlotSpec laneBottom(double y) { laneBottom = y; return this; }
	public BlotSpec loadingCv(double cv) { loadingCv = cv; return this; }
	public BlotSpec volumeJitter(double cv) { volumeJitter = cv; return this; }
	public BlotSpec rowJitter(double px) { rowJitter = px; return this; }
	public BlotSpec bandFill(double f) { bandFill = f; return this; }
	public BlotSpec edgeSoftness(double s) { edgeSoftness = s; return this; }
	public BlotSpec background(double b) { background = b; return this; }
	public BlotSpec gradient(double perPxX, double perPxY) { gradientX = perPxX; gradientY = perPxY; return this; }
	public BlotSpec blotches(int n, double amplitude, double size) {
		blotches = n; blotchAmplitude = amplitude; blotchSize = size; return this;
	}
	public BlotSpec noise(double gain, double readNoise) { this.gain = gain; this.readNoise = readNoise; return this; }
	public BlotSpec dust(int count, double amplitude, double radius) {
		dustCount = count; dustAmplitude = amplitude; dustRadius = radius; return this;
	}
	public BlotSpec tiltDeg(double d) { tiltDeg = d; return this; }
	public BlotSpec smile(double px) { smile = px; return this; }
	public BlotSpec splay(double px) { splay = px; return this; }

	/** Sets the lane count, keeping existing lane kinds and loadings and padding with sample lanes at loading 1. */
	public BlotSpec lanes(int n) {
		if (n < 1) throw new InputException("synth: lane count must be at least 1, got " + n);
		LaneKind[] k = Arrays.copyOf(laneKinds, n);
		double[] l = Arrays.copyOf(loading, n);
		for (int i = laneKinds.length; i < n; i++) {
			k[i] = LaneKind.SAMPLE;
			l[i] = 1;
		}
		lanes = n;
		laneKinds = k;
		loading = l;
		return this;
	}

	public BlotSpec laneKind(int lane, LaneKind kind) {
		checkLane(lane);
		laneKinds[lane] = kind;
		return this;
	}

	public BlotSpec loading(int lane, double factor) {
		checkLane(lane);
		loading[lane] = factor;
		return this;
	}

	/** Adds a sample band row; returns its row index. */
	public int addRow(String name, double y, double sigma, double amount) {
		rows.add(new BandRow(name, y, sigma, amount, 0));
		return rows.size() - 1;
	}

	/** Adds a ladder marker (drawn in ladder lanes only); returns its ladder-row index. */
	public int addLadderRow(double mwKda, double y, double sigma, double amount) {
		ladderRows.add(new BandRow(String.format(Locale.ROOT, "%g kDa", mwKda), y, sigma, amount, mwKda));
		return ladderRows.size() - 1;
	}

	public BlotSpec clearRows() {
		rows.clear();
		ladderRows.clear();
		explicitVolumes.clear();
		return this;
	}

	/**
	 * Sets the true volume of the band in this sample lane and row exactly (no loading factor or
	 * jitter applied). Use it for known target / loading-control ratios or a saturated band.
	 */
	public BlotSpec volume(int lane, int row, double volume) {
		checkLane(lane);
		if (row < 0 || row >= rows.size()) throw new InputException("synth: no band row " + row +
			" (have " + rows.size() + ")");
		for (VolumeSetting v : explicitVolumes)
			if (v.lane == lane && v.row == row) {
				v.volume = volume;
				return this;
			}
		explicitVolumes.add(new VolumeSetting(lane, row, volume));
		return this;
	}

	/** Multiplies the noise standard deviations by {@code factor} (0 = noise-free). */
	public BlotSpec scaleNoise(double factor) {
		gain *= factor * factor;
		readNoise *= factor;
		return this;
	}

	/**
	 * The volume that gives a band of this row a peak height of {@code peak} raw units above
	 * (or below) the background, with the current lane width and band fill: a Gaussian of
	 * standard deviation sigma times a flat top of width fill x laneWidth (the erf edges keep
	 * the box area). Approximate for very narrow bands; the generator reports the real peak.
	 */
	public double volumeForPeak(double sigma, double peak) {
		return peak * Math.sqrt(2 * Math.PI) * sigma * bandFill * laneWidth;
	}

	/**
	 * Makes the sample band at (lane, row) saturate: its volume is set so that the noise-free peak
	 * reaches {@code overdrive} times the headroom between the background offset and the clip
	 * value (overdrive 1.5 clips a clear plateau). Call after the background and rows are set.
	 */
	public BlotSpec saturate(int lane, int row, double overdrive) {
		if (row < 0 || row >= rows.size()) throw new InputException("synth: no band row " + (row + 1) +
			" to saturate (have " + rows.size() + ")");
		return volume(lane, row, volumeForPeak(rows.get(row).sigma, overdrive * headroom()));
	}

	/** Raw units between the background offset and the clip value (type maximum, or 0 for dark bands). */
	public double headroom() {
		return polarity == Polarity.DARK_BANDS ? background : maxValue() - background;
	}

	// ---------------------------------------------------------------- getters

	public long seed() { return seed; }
	public int bitDepth() { return bitDepth; }
	public Polarity polarity() { return polarity; }
	public int height() { return height; }
	public int lanes() { return lanes; }
	public int laneWidth() { return laneWidth; }
	public int laneGap() { return laneGap; }
	public int marginX() { return marginX; }
	public double laneTop() { return laneTop; }
	public double laneBottom() { return laneBottom; }
	public LaneKind laneKind(int lane) { return laneKinds[lane]; }
	public double loading(int lane) { return loading[lane]; }
	public double loadingCv() { return loadingCv; }
	public double volumeJitter() { return volumeJitter; }
	public double rowJitter() { return rowJitter; }
	public List<BandRow> rows() { return java.util.Collections.unmodifiableList(rows); }
	public List<BandRow> ladderRows() { return java.util.Collections.unmodifiableList(ladderRows); }
	public double bandFill() { return bandFill; }
	public double edgeSoftness() { return edgeSoftness; }
	public double background() { return background; }
	public double gradientX() { return gradientX; }
	public double gradientY() { return gradientY; }
	public int blotches() { return blotches; }
	public double blotchAmplitude() { return blotchAmplitude; }
	public double blotchSize() { return blotchSize; }
	public double gain() { return gain; }
	public double readNoise() { return readNoise; }
	public int dustCount() { return dustCount; }
	public double dustAmplitude() { return dustAmplitude; }
	public double dustRadius() { return dustRadius; }
	public double tiltDeg() { return tiltDeg; }
	public double smile() { return smile; }
	public double splay() { return splay; }

	/** The largest raw value of the image type (255 or 65535). */
	public int maxValue() {
		return bitDepth == 8 ? 255 : 65535;
	}

	/** The image width: explicit, or lanes plus margins. */
	public int width() {
		return width > 0 ? width : 2 * marginX + lanes * laneWidth + (lanes - 1) * laneGap;
	}

	/** Left edge of the first lane, so that the lanes are centred in the image. */
	public double firstLaneLeft() {
		double span = lanes * laneWidth + (lanes - 1) * (double) laneGap;
		return (width() - span) / 2.0;
	}

	/** Centre x of a lane before smile/splay/tilt. */
	public double laneCentre(int lane) {
		return firstLaneLeft() + lane * (double) (laneWidth + laneGap) + laneWidth / 2.0;
	}

	/** The explicitly set volume for a sample band, or NaN. */
	public double explicitVolume(int lane, int row) {
		for (VolumeSetting v : explicitVolumes)
			if (v.lane == lane && v.row == row) return v.volume;
		return Double.NaN;
	}

	// ---------------------------------------------------------------- validation

	/** Checks that the spec describes a drawable blot; throws {@link InputException} naming the problem. */
	public BlotSpec validate() {
		if (bitDepth != 8 && bitDepth != 16) fail("bit depth must be 8 or 16, got " + bitDepth);
		if (polarity == null) fail("polarity must be light-bands or dark-bands");
		if (lanes < 1 || lanes > 200) fail("lane count must be 1..200, got " + lanes);
		if (laneWidth < 3) fail("lane width must be at least 3 px, got " + laneWidth);
		if (laneGap < 0) fail("lane gap must not be negative, got " + laneGap);
		if (height < 16 || height > 20000) fail("height must be 16..20000 px, got " + height);
		int w = width();
		if (w < 16 || w > 20000) fail("width must be 16..20000 px, got " + w);
		if (firstLaneLeft() < 0) fail(lanes + " lanes of " + laneWidth + " px with " + laneGap +
			" px gaps do not fit in a width of " + w + " px");
		if ((double) w * height > 1e8) fail("image of " + w + " x " + height + " px is too large");
		if (!(laneTop >= 0 && laneBottom <= height && laneBottom > laneTop)) fail("lanes must run " +
			"between 0 and the height " + height + " with top < bottom (got " + laneTop + " .. " + laneBottom + ")");
		if (!(Math.abs(tiltDeg) <= 5)) fail("tilt must be within -5..5 degrees, got " + tiltDeg);
		finite("smile", smile);
		finite("splay", splay);
		double maxBend = Geometry.maxDistortion(this);
		if (Math.abs(smile) > maxBend || Math.abs(splay) > maxBend) fail(String.format(Locale.ROOT,
			"smile %s / splay %s px is too strong for this layout (at most %.1f px)", smile, splay, maxBend));
		nonNegative("loading CV", loadingCv);
		nonNegative("volume jitter", volumeJitter);
		nonNegative("row jitter", rowJitter);
		if (!(bandFill > 0 && bandFill <= 1)) fail("band fill must be in (0, 1], got " + bandFill);
		if (!(edgeSoftness >= 0.3 && edgeSoftness <= laneWidth)) fail("edge softness must be 0.3 px .. lane width, got " + edgeSoftness);
		finite("background", background);
		if (background < 0 || background > maxValue()) fail("background " + background +
			" is outside 0.." + maxValue() + " for " + bitDepth + "-bit");
		finite("gradient x", gradientX);
		finite("gradient y", gradientY);
		if (blotches < 0 || blotches > 1000) fail("blotch count must be 0..1000, got " + blotches);
		nonNegative("blotch amplitude", blotchAmplitude);
		if (!(blotchSize >= 1)) fail("blotch size must be at least 1 px, got " + blotchSize);
		nonNegative("gain", gain);
		nonNegative("read noise", readNoise);
		if (dustCount < 0 || dustCount > 100000) fail("dust count must be 0..100000, got " + dustCount);
		nonNegative("dust amplitude", dustAmplitude);
		if (!(dustRadius >= 0.5 && dustRadius <= 50)) fail("dust radius must be 0.5..50 px, got " + dustRadius);
		checkRows("row", rows);
		checkRows("ladder row", ladderRows);
		for (int i = 0; i < lanes; i++) {
			if (laneKinds[i] == null) fail("lane " + (i + 1) + " has no kind");
			nonNegative("loading of lane " + (i + 1), loading[i]);
		}
		for (VolumeSetting v : explicitVolumes) {
			if (v.lane >= lanes || v.row >= rows.size()) fail("volume set for lane " + (v.lane + 1) +
				", row " + (v.row + 1) + " which does not exist");
			nonNegative("volume of lane " + (v.lane + 1) + " row " + (v.row + 1), v.volume);
		}
		return this;
	}

	private void checkRows(String what, List<BandRow> list) {
		for (int r = 0; r < list.size(); r++) {
			BandRow b = list.get(r);
			String n = what + " " + (r + 1);
			if (!(b.y > laneTop && b.y < laneBottom)) fail(n + ": y = " + b.y + " is not inside the lanes (" +
				laneTop + " .. " + laneBottom + ")");
			if (!(b.sigma >= 0.5 && b.sigma <= height / 4.0)) fail(n + ": sigma must be 0.5 .. height/4 px, got " + b.sigma);
			nonNegative(n + " amount", b.amount);
		}
	}

	private void checkLane(int lane) {
		if (lane < 0 || lane >= lanes) throw new InputException("synth: no lane " + (lane + 1) +
			" (lanes are 1.." + lanes + ")");
	}

	private static void finite(String what, double v) {
		if (Double.isNaN(v) || Double.isInfinite(v)) fail(what + " must be a finite number, got " + v);
	}

	private static void nonNegative(String what, double v) {
		if (!(v >= 0) || Double.isInfinite(v)) fail(what + " must be a finite number >= 0, got " + v);
	}

	private static void fail(String problem) {
		throw new InputException("synth: " + problem);
	}

	/** A deep copy (the generator works on a copy so the caller may keep changing this spec). */
	public BlotSpec copy() {
		BlotSpec c = TruthJson.gson().fromJson(TruthJson.gson().toJson(this), BlotSpec.class);
		return c;
	}

	private static LaneKind[] filled(int n, LaneKind k) {
		LaneKind[] a = new LaneKind[n];
		Arrays.fill(a, k);
		return a;
	}

	private static double[] ones(int n) {
		double[] a = new double[n];
		Arrays.fill(a, 1);
		return a;
	}
}
