package org.blotfig.synth;

/**
 * One band drawn on the pixel grid: its noise-free values inside its support box, already scaled
 * so that they sum to the band's true volume.
 */
final class RenderedBand {

	final int x0, y0, w, h;
	final float[] values;

	RenderedBand(int x0, int y0, int w, int h, float[] values) {
		this.x0 = x0;
		this.y0 = y0;
		this.w = w;
		this.h = h;
		this.values = values;
	}

	/** Intensity-weighted centre {x, y} in image coordinates (pixel centres at +0.5). */
	double[] centroid() {
		double sum = 0, sx = 0, sy = 0;
		for (int j = 0; j < h; j++)
			for (int i = 0; i < w; i++) {
				double v = values[j * w + i];
				sum += v;
				sx += v * (x0 + i + 0.5);
				sy += v * (y0 + j + 0.5);
			}
		return new double[] { sx / sum, sy / sum };
	}

	float peak() {
		float m = 0;
		for (float v : values)
			m = Math.max(m, v);
		return m;
	}
}
