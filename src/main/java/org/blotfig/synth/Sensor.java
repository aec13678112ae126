package org.blotfig.synth;

import java.util.List;

import org.blotfig.core.ProgressListener;

/**
 * The imaging step: noise-free image = background + sign x (bands + dust), then signal-dependent
 * and read noise, rounding and clipping to the type's range; and the per-band count of clipped
 * pixels that defines saturation.
 */
final class Sensor {

	/** Footprint threshold for saturation: fraction of a band's own peak. */
	static final double FOOTPRINT = 0.05;

	private Sensor() {}

	/** The stored raster: {@code byte[]} for 8-bit, {@code short[]} for 16-bit. */
	static Object expose(BlotSpec s, float[] bg, float[] bands, float[] dust, Gauss rng, ProgressListener progress) {
		int w = s.width(), h = s.height();
		Object raster = s.bitDepth() == 8 ? (Object) new byte[w * h] : new short[w * h];
		byte[] b8 = raster instanceof byte[] ? (byte[]) raster : null;
		short[] s16 = raster instanceof short[] ? (short[]) raster : null;
		for (int j = 0; j < h; j++) {
			composeRow(j * w, w, s.polarity().sign(), s.maxValue(), s.gain(), s.readNoise(), bg, bands, dust, rng,
				b8, s16);
			if ((j & 63) == 0) progress.progress(0.5 + 0.45 * j / h, "noise");
		}
		return raster;
	}

	/**
	 * One image row: noise-free value, then noise, rounding and clipping. Shot and read noise are
	 * independent Gaussians, so one deviate with the summed variance (gain x value + read^2) has
	 * exactly their joint distribution and halves the random draws.
	 */
	static void composeRow(int start, int n, int sign, int max, double gain, double read, float[] bg,
		float[] bands, float[] dust, Gauss rng, byte[] b8, short[] s16)
	{
		double read2 = read * read;
		boolean noisy = gain > 0 || read > 0;
		for (int p = start; p < start + n; p++) {
			double v = bg[p] + sign * ((double) bands[p] + dust[p]);
			if (noisy) v += Math.sqrt(gain * Math.max(v, 0) + read2) * rng.next();
			long q = Math.round(v);
			int c = (int) Math.max(0, Math.min(max, q));
			if (b8 != null) b8[p] = (byte) c;
			else s16[p] = (short) c;
		}
	}

	/** Sets clipped_pixels and saturated on every band (footprint pixels at the clip value). */
	static void countClipped(SyntheticBlot blot, List<RenderedBand> rendered) {
		Truth truth = blot.truth();
		for (int k = 0; k < rendered.size(); k++) {
			RenderedBand rb = rendered.get(k);
			Truth.Band tb = truth.bands.get(k);
			double thr = FOOTPRINT * rb.peak();
			int clipped = 0;
			for (int j = 0; j < rb.h; j++)
				for (int i = 0; i < rb.w; i++) {
					float v = rb.values[j * rb.w + i];
					if (v <= 0 || v < thr) continue;
					if (blot.value(rb.x0 + i, rb.y0 + j) == truth.clipValue) clipped++;
				}
			tb.clippedPixels = clipped;
			tb.saturated = clipped > 0;
		}
	}
}
