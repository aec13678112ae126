package org.blotfig.bench;

import org.blotfig.synth.Truth;

import ij.plugin.filter.BackgroundSubtracter;
import ij.process.FloatProcessor;
import ij.process.ShortProcessor;

/**
 * The reference: how a biologist quantifies a blot in ImageJ (Process > Subtract Background,
 * then Analyze > Gels with rectangular lanes), given every advantage we can give it.
 * <ul>
 * <li>Background: ImageJ's own {@link BackgroundSubtracter} rolling ball (radius 50 px by
 * default, smoothing on, corners corrected, no paraboloid: the dialog's defaults), with "light
 * background" ticked for dark bands on a light membrane, exactly as ImageJ handles that case.
 * The background is created on a float copy and subtracted in floating point, so ImageJ loses
 * nothing to rounding or to clipping negative values at 0 (which the 8/16-bit command does).</li>
 * <li>Lanes: vertical rectangles of the true lane width centred on the true lane centre at
 * mid-height (generous: a user draws them by eye), as Gel Analyzer lanes are.</li>
 * <li>Bands: the background-subtracted sum over the rectangle's columns and the rows of the
 * band's true support box (generous: a user closes each peak by hand, by eye).</li>
 * </ul>
 * What remains is the method itself: a rolling-ball background and rectangles that do not
 * follow tilt or smile. ImageJ types are confined to this class.
 */
public final class ImageJGelMethod {

	/** ImageJ's default rolling-ball radius, as the comparison uses it. */
	public static final double RADIUS = 50;

	private ImageJGelMethod() {}

	/** The image minus ImageJ's rolling-ball background, signed so that bands are positive. */
	public static float[] signal(float[] pixels, int width, int height, boolean darkBands, double radius) {
		FloatProcessor fp = new FloatProcessor(width, height, pixels.clone());
		// createBackground = true: fp becomes the background itself (ImageJ inverts internally for a
		// light background and back again), so the subtraction below stays in float
		new BackgroundSubtracter().rollingBallBackground(fp, radius, true, darkBands, false, true, true);
		float[] bg = (float[]) fp.getPixels();
		float[] out = new float[pixels.length];
		for (int p = 0; p < out.length; p++) out[p] = darkBands ? bg[p] - pixels[p] : pixels[p] - bg[p];
		return out;
	}

	/**
	 * Process > Subtract Background with the dialog's defaults on a 16-bit image, in place: what a
	 * user runs before Analyze > Gels, and the reference of the speed benchmark.
	 */
	public static void subtractBackground16(short[] pixels, int width, int height, boolean darkBands, double radius) {
		ShortProcessor sp = new ShortProcessor(width, height, pixels, null);
		new BackgroundSubtracter().rollingBallBackground(sp, radius, false, darkBands, false, true, true);
	}

	/** The ImageJ method's volume of every true band (indexed like {@code truth.bands}). */
	public static double[] volumes(float[] pixels, Truth truth, boolean darkBands, double radius) {
		int w = truth.width, h = truth.height;
		float[] sig = signal(pixels, w, h, darkBands, radius);
		double midY = h / 2 + 0.5;
		double[] out = new double[truth.bands.size()];
		for (Truth.Band b : truth.bands) {
			Truth.Lane lane = truth.lanes.get(b.lane);
			double cx = lane.xAt(midY), half = lane.width / 2;
			// columns whose centres (i + 0.5) lie inside [cx - half, cx + half]
			int x0 = Math.max(0, (int) Math.ceil(cx - half - 0.5));
			int x1 = Math.min(w - 1, (int) Math.floor(cx + half - 0.5));
			out[b.index] = sum(sig, w, x0, x1, b.box.y, Math.min(h, b.box.y + b.box.height) - 1);
		}
		return out;
	}

	/** Sum over columns x0..x1 and rows y0..y1 (inclusive). */
	static double sum(float[] img, int w, int x0, int x1, int y0, int y1) {
		double s = 0;
		for (int y = y0; y <= y1; y++)
			for (int x = x0; x <= x1; x++) s += img[y * w + x];
		return s;
	}
}
