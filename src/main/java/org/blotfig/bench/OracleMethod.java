package org.blotfig.bench;

import org.blotfig.synth.Truth;

/**
 * A practical error floor: the noisy image minus the generator's true noise-free background,
 * summed over each band's true support box. What it still gets wrong is what lies in the box
 * besides the band: noise, dust and clipping. It puts the blotfig and ImageJ errors in context
 * (on HARD images its own p95 is over 10 %, from dust on faint bands). Not a strict bound: on an
 * 8-bit image with a flat background and almost no noise, rounding biases every pixel the same
 * way, which a method that estimates the background from the image itself cancels.
 */
public final class OracleMethod {

	private OracleMethod() {}

	/**
	 * @param pixels the stored image
	 * @param background the true noise-free background (same size)
	 * @param sign +1 for light bands, -1 for dark bands
	 */
	public static double[] volumes(float[] pixels, float[] background, Truth truth, int sign) {
		int w = truth.width;
		double[] out = new double[truth.bands.size()];
		for (Truth.Band b : truth.bands) {
			double s = 0;
			for (int y = b.box.y; y < b.box.y + b.box.height; y++)
				for (int x = b.box.x; x < b.box.x + b.box.width; x++) s += pixels[y * w + x] - background[y * w + x];
			out[b.index] = sign * s;
		}
		return out;
	}
}
