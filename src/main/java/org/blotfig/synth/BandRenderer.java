package org.blotfig.synth;

import org.blotfig.core.InputException;

/** Draws one band on the pixel grid so that its pixels sum exactly to its true volume. */
final class BandRenderer {

	private BandRenderer() {}

	/**
	 * Samples the band at pixel centres over the bounding box of its (distorted) support and
	 * scales the samples to sum to the volume: the stated volume is then exact on the grid.
	 */
	static RenderedBand render(BandShape shape, double volume, Geometry geo, int w, int h, Truth.Band tb) {
		double[] bb = bounds(geo, shape.u0, shape.v0, shape.halfAcross(), shape.halfAlong());
		double minX = bb[0], minY = bb[1], maxX = bb[2], maxY = bb[3];
		// one pixel of slack for the curvature between boundary samples
		int bx0 = (int) Math.floor(minX) - 1, by0 = (int) Math.floor(minY) - 1;
		int bx1 = (int) Math.ceil(maxX) + 1, by1 = (int) Math.ceil(maxY) + 1;
		tb.truncated = bx0 < 0 || by0 < 0 || bx1 > w || by1 > h;
		int x0 = Math.max(0, bx0), y0 = Math.max(0, by0), x1 = Math.min(w, bx1), y1 = Math.min(h, by1);
		if (x1 <= x0 || y1 <= y0) throw new InputException("synth: band " + (tb.row + 1) + " of lane " +
			(tb.lane + 1) + " falls outside the " + w + " x " + h + " image");
		int bw = x1 - x0, bh = y1 - y0;
		double[] f = new double[bw * bh];
		double sum = 0;
		double[] uv = new double[2];
		for (int j = 0; j < bh; j++)
			for (int i = 0; i < bw; i++) {
				geo.inverse(x0 + i + 0.5, y0 + j + 0.5, uv);
				double v = shape.at(uv[0], uv[1]);
				f[j * bw + i] = v;
				sum += v;
			}
		if (!(sum > 0)) throw new InputException("synth: band " + (tb.row + 1) + " of lane " +
			(tb.lane + 1) + " has no pixels inside the image");
		float[] values = new float[bw * bh];
		double scale = volume / sum;
		for (int k = 0; k < f.length; k++)
			values[k] = (float) (f[k] * scale);
		tb.box = new Truth.Box(x0, y0, bw, bh);
		double[] core = bounds(geo, shape.u0, shape.v0, shape.halfFlat + shape.soft, 2 * shape.sigma);
		int cx0 = Math.max(0, (int) Math.floor(core[0])), cy0 = Math.max(0, (int) Math.floor(core[1]));
		int cx1 = Math.min(w, (int) Math.ceil(core[2])), cy1 = Math.min(h, (int) Math.ceil(core[3]));
		tb.core = new Truth.Box(cx0, cy0, Math.max(0, cx1 - cx0), Math.max(0, cy1 - cy0));
		return new RenderedBand(x0, y0, bw, bh, values);
	}

	/** Image bounding box {minX, minY, maxX, maxY} of the gel rectangle u0 +- ha, v0 +- hv. */
	static double[] bounds(Geometry geo, double u0, double v0, double ha, double hv) {
		double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
		double[] xy = new double[2];
		int n = 24;
		for (int k = 0; k <= n; k++) {
			double f = -1 + 2.0 * k / n;
			double[][] pts = { { u0 + f * ha, v0 - hv }, { u0 + f * ha, v0 + hv }, { u0 - ha, v0 + f * hv },
				{ u0 + ha, v0 + f * hv } };
			for (double[] pt : pts) {
				geo.forward(pt[0], pt[1], xy);
				minX = Math.min(minX, xy[0]);
				maxX = Math.max(maxX, xy[0]);
				minY = Math.min(minY, xy[1]);
				maxY = Math.max(maxY, xy[1]);
			}
		}
		return new double[] { minX, minY, maxX, maxY };
	}

}
