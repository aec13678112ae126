package org.blotfig.synth;

import java.util.Collections;
import java.util.List;

/**
 * A generated blot: the raster as the image would be stored (8-bit {@code byte[]} or 16-bit
 * {@code short[]}, row-major, unsigned), the noise-free components, and the {@link Truth}.
 */
public final class SyntheticBlot {

	private final BlotSpec spec;
	private final Truth truth;
	private final Object raster;
	private final float[] bands, background, dust;
	private final List<RenderedBand> rendered;

	SyntheticBlot(BlotSpec spec, Truth truth, Object raster, float[] bands, float[] background,
		float[] dust, List<RenderedBand> rendered)
	{
		this.spec = spec;
		this.truth = truth;
		this.raster = raster;
		this.bands = bands;
		this.background = background;
		this.dust = dust;
		this.rendered = Collections.unmodifiableList(rendered);
	}

	/** The (validated copy of the) spec this blot was drawn from. */
	public BlotSpec spec() {
		return spec;
	}

	public Truth truth() {
		return truth;
	}

	public int width() {
		return truth.width;
	}

	public int height() {
		return truth.height;
	}

	public int bitDepth() {
		return truth.bitDepth;
	}

	public Polarity polarity() {
		return spec.polarity();
	}

	/** The stored pixels: {@code byte[]} for 8-bit, {@code short[]} for 16-bit (unsigned values). */
	public Object pixels() {
		return raster;
	}

	/** The 16-bit pixels (unsigned: use {@code & 0xffff}); fails for an 8-bit blot. */
	public short[] pixels16() {
		if (!(raster instanceof short[])) throw new IllegalStateException("this blot is 8-bit");
		return (short[]) raster;
	}

	/** The 8-bit pixels (unsigned: use {@code & 0xff}); fails for a 16-bit blot. */
	public byte[] pixels8() {
		if (!(raster instanceof byte[])) throw new IllegalStateException("this blot is 16-bit");
		return (byte[]) raster;
	}

	/** The stored value of pixel (x, y) as an unsigned integer. */
	public int value(int x, int y) {
		int p = y * truth.width + x;
		return raster instanceof byte[] ? ((byte[]) raster)[p] & 0xff : ((short[]) raster)[p] & 0xffff;
	}

	/** The stored pixels as floats (a new array), convenient for analysis code. */
	public float[] pixelsAsFloat() {
		int n = truth.width * truth.height;
		float[] out = new float[n];
		for (int p = 0; p < n; p++)
			out[p] = raster instanceof byte[] ? ((byte[]) raster)[p] & 0xff : ((short[]) raster)[p] & 0xffff;
		return out;
	}

	/**
	 * The noise-free band-only image (a copy): all bands, positive, in raw units above (light
	 * bands) or below (dark bands) the background. Its sum over a band's box is that band's
	 * volume (when neighbouring supports do not overlap the box).
	 */
	public float[] bandImage() {
		return bands.clone();
	}

	/** The noise-free image of one band alone (full image size; zero outside its box). */
	public float[] bandImage(int bandIndex) {
		RenderedBand rb = rendered.get(bandIndex);
		float[] out = new float[truth.width * truth.height];
		for (int j = 0; j < rb.h; j++)
			System.arraycopy(rb.values, j * rb.w, out, (rb.y0 + j) * truth.width + rb.x0, rb.w);
		return out;
	}

	/** The noise-free background (offset + gradient + blotches), without bands or dust (a copy). */
	public float[] backgroundImage() {
		return background.clone();
	}

	/** The noise-free dust specks alone, positive (a copy). */
	public float[] dustImage() {
		return dust.clone();
	}

	/** The noise-free image before rounding and clipping: background + sign x (bands + dust). */
	public float[] idealImage() {
		int sign = spec.polarity().sign();
		float[] out = new float[bands.length];
		for (int p = 0; p < out.length; p++)
			out[p] = background[p] + sign * (bands[p] + dust[p]);
		return out;
	}
}
