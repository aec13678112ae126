package org.blotfig.gel;

import org.blotfig.core.InputException;

/**
 * A grayscale blot scan in its original units: one float per pixel, row-major, never rescaled
 * or passed through 8 bits or a display range. Knows the storage type's largest value (what a
 * saturated detector writes), whether the file was lossy, whether the source showed it through an
 * inverting LUT, and where it sits in a larger image (after a rectangular selection), so that
 * results can be reported in full-image coordinates.
 */
public final class GelImage {

	private final int width, height;
	private final float[] values;
	private final double typeMin, typeMax;
	private final int bitDepth;
	private final boolean lossy, invertedLut;
	private final int originX, originY;

	GelImage(int width, int height, float[] values, int bitDepth, double typeMin, double typeMax,
		boolean lossy, boolean invertedLut, int originX, int originY)
	{
		if (width < 1 || height < 1) throw new InputException("image is empty (" + width + "x" + height + ")");
		if (values.length != (long) width * height) throw new IllegalArgumentException("expected " +
			(long) width * height + " values, got " + values.length);
		this.width = width;
		this.height = height;
		this.values = values;
		this.bitDepth = bitDepth;
		this.typeMin = typeMin;
		this.typeMax = typeMax;
		this.lossy = lossy;
		this.invertedLut = invertedLut;
		this.originX = originX;
		this.originY = originY;
	}

	/** 8-bit data (values 0..255). */
	public static GelImage of8Bit(int width, int height, byte[] pixels) {
		float[] v = new float[pixels.length];
		for (int i = 0; i < v.length; i++) v[i] = pixels[i] & 0xff;
		return new GelImage(width, height, v, 8, 0, 255, false, false, 0, 0);
	}

	/** Unsigned 16-bit data (values 0..65535). */
	public static GelImage of16Bit(int width, int height, short[] pixels) {
		float[] v = new float[pixels.length];
		for (int i = 0; i < v.length; i++) v[i] = pixels[i] & 0xffff;
		return new GelImage(width, height, v, 16, 0, 65535, false, false, 0, 0);
	}

	/**
	 * 8-bit data held as floats so that some pixels can be marked missing (NaN), e.g. coloured
	 * annotations burned into an RGB scan. Values must be 0..255 or NaN; the array is not copied.
	 */
	public static GelImage of8BitWithMissing(int width, int height, float[] values) {
		return new GelImage(width, height, values, 8, 0, 255, false, false, 0, 0);
	}

	/**
	 * 32-bit float data, used as is (the array is not copied). There is no type maximum, so
	 * saturation can only be recognised as a flat clipped top.
	 */
	public static GelImage ofFloat(int width, int height, float[] pixels) {
		return new GelImage(width, height, pixels, 32, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false,
			false, 0, 0);
	}

	/** The same pixels, marked as coming from a lossy file (JPEG, palette). */
	public GelImage withLossy(boolean isLossy) {
		return new GelImage(width, height, values, bitDepth, typeMin, typeMax, isLossy, invertedLut, originX, originY);
	}

	/** The same pixels, marked as displayed with an inverting LUT. */
	public GelImage withInvertedLut(boolean inverted) {
		return new GelImage(width, height, values, bitDepth, typeMin, typeMax, lossy, inverted, originX, originY);
	}

	/** A rectangular part, copied, remembering its offset so results stay in full-image coordinates. */
	public GelImage crop(int x, int y, int w, int h) {
		if (x < 0 || y < 0 || w < 1 || h < 1 || x + w > width || y + h > height)
			throw new InputException("selection " + x + "," + y + "," + w + "," + h + " is not inside the " + width +
				"x" + height + " image");
		float[] v = new float[w * h];
		for (int r = 0; r < h; r++) System.arraycopy(values, (y + r) * width + x, v, r * w, w);
		return new GelImage(w, h, v, bitDepth, typeMin, typeMax, lossy, invertedLut, originX + x, originY + y);
	}

	public int width() { return width; }
	public int height() { return height; }
	/** Row-major pixel values in original units (not copied: do not modify). */
	public float[] values() { return values; }
	public float get(int x, int y) { return values[y * width + x]; }
	public int bitDepth() { return bitDepth; }
	/** The smallest value the storage type can hold (-infinity for float). */
	public double typeMin() { return typeMin; }
	/** The largest value the storage type can hold (+infinity for float). */
	public double typeMax() { return typeMax; }
	public boolean lossy() { return lossy; }
	public boolean invertedLut() { return invertedLut; }
	/** X of this image's first column in the full image (non-zero after a crop). */
	public int originX() { return originX; }
	public int originY() { return originY; }
}
