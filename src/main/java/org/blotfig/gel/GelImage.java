package org.blotfig.gel;

import org.blotfig.core.InputException;

/**
 * A grayscale blot scan in its original units, never rescaled or passed through 8 bits or a
 * display range. 8- and 16-bit data stay in their own arrays (read directly, so the analysis
 * needs no float copy of a large scan); float data (32-bit, or 8-bit with missing pixels as NaN)
 * in a float array. Knows the storage type's largest value (what a saturated detector writes),
 * whether the file was lossy, whether the source showed it through an inverting LUT, and where
 * it sits in a larger image (after a rectangular selection), so that results can be reported in
 * full-image coordinates.
 */
public final class GelImage {

	private final int width, height;
	/** The pixels: exactly one of these is non-null. */
	private final byte[] bytes;
	private final short[] shorts;
	private final float[] floats;
	private final double typeMin, typeMax;
	private final int bitDepth;
	private final boolean lossy, invertedLut;
	private final int originX, originY;

	private GelImage(int width, int height, byte[] bytes, short[] shorts, float[] floats, int bitDepth, double typeMin,
		double typeMax, boolean lossy, boolean invertedLut, int originX, int originY)
	{
		if (width < 1 || height < 1) throw new InputException("image is empty (" + width + "x" + height + ")");
		int length = bytes != null ? bytes.length : shorts != null ? shorts.length : floats.length;
		if (length != (long) width * height) throw new IllegalArgumentException("expected " + (long) width * height +
			" values, got " + length);
		this.width = width;
		this.height = height;
		this.bytes = bytes;
		this.shorts = shorts;
		this.floats = floats;
		this.bitDepth = bitDepth;
		this.typeMin = typeMin;
		this.typeMax = typeMax;
		this.lossy = lossy;
		this.invertedLut = invertedLut;
		this.originX = originX;
		this.originY = originY;
	}

	/** Float values with the limits of the type they came from (e.g. an ImgLib2 unsigned image). */
	GelImage(int width, int height, float[] values, int bitDepth, double typeMin, double typeMax, boolean lossy,
		boolean invertedLut, int originX, int originY)
	{
		this(width, height, null, null, values, bitDepth, typeMin, typeMax, lossy, invertedLut, originX, originY);
	}

	/** 8-bit data (values 0..255); the array is not copied. */
	public static GelImage of8Bit(int width, int height, byte[] pixels) {
		return new GelImage(width, height, pixels, null, null, 8, 0, 255, false, false, 0, 0);
	}

	/** Unsigned 16-bit data (values 0..65535); the array is not copied. */
	public static GelImage of16Bit(int width, int height, short[] pixels) {
		return new GelImage(width, height, null, pixels, null, 16, 0, 65535, false, false, 0, 0);
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

	private GelImage with(boolean isLossy, boolean inverted) {
		return new GelImage(width, height, bytes, shorts, floats, bitDepth, typeMin, typeMax, isLossy, inverted, originX,
			originY);
	}

	/** The same pixels, marked as coming from a lossy file (JPEG, palette). */
	public GelImage withLossy(boolean isLossy) {
		return with(isLossy, invertedLut);
	}

	/** The same pixels, marked as displayed with an inverting LUT. */
	public GelImage withInvertedLut(boolean inverted) {
		return with(lossy, inverted);
	}

	/** A rectangular part, copied, remembering its offset so results stay in full-image coordinates. */
	public GelImage crop(int x, int y, int w, int h) {
		if (x < 0 || y < 0 || w < 1 || h < 1 || x + w > width || y + h > height)
			throw new InputException("selection " + x + "," + y + "," + w + "," + h + " is not inside the " + width +
				"x" + height + " image");
		Object src = bytes != null ? bytes : shorts != null ? shorts : floats;
		Object dst = bytes != null ? new byte[w * h] : shorts != null ? new short[w * h] : new float[w * h];
		for (int r = 0; r < h; r++) System.arraycopy(src, (y + r) * width + x, dst, r * w, w);
		return new GelImage(w, h, bytes != null ? (byte[]) dst : null, shorts != null ? (short[]) dst : null,
			floats != null ? (float[]) dst : null, bitDepth, typeMin, typeMax, lossy, invertedLut, originX + x,
			originY + y);
	}

	public int width() { return width; }
	public int height() { return height; }

	/**
	 * Row-major pixel values in original units: the image's own array for float data (do not
	 * modify), a new float copy for 8/16-bit data.
	 */
	public float[] values() {
		return floats != null ? floats : copyOfValues();
	}

	/** Row-major pixel values in original units, always a new array the caller may modify. */
	public float[] copyOfValues() {
		if (floats != null) return floats.clone();
		float[] v = new float[width * height];
		for (int i = 0; i < v.length; i++) v[i] = raw(i);
		return v;
	}

	public float get(int x, int y) { return raw(y * width + x); }

	/** The value at a row-major pixel index, in original units. */
	float raw(int i) {
		return shorts != null ? shorts[i] & 0xffff : bytes != null ? bytes[i] & 0xff : floats[i];
	}

	/** The 8-bit pixels, or null when stored otherwise (not copied: do not modify). */
	byte[] bytes() { return bytes; }
	/** The 16-bit pixels, or null when stored otherwise (not copied: do not modify). */
	short[] shorts() { return shorts; }
	/** The float pixels, or null when stored otherwise (not copied: do not modify). */
	float[] floats() { return floats; }

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
