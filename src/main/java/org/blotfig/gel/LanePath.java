package org.blotfig.gel;

/**
 * The geometry of one lane: its centre x for every image row (a smooth path that follows tilt
 * and smile) and the half width of the integration box around it. Coordinates are those of the
 * analysed image, pixel centres at integer positions.
 */
public final class LanePath {

	private final double[] centre;
	private final double halfWidth;
	private final int top, bottom;

	public LanePath(double[] centreXPerRow, double halfWidth) {
		this(centreXPerRow, halfWidth, 0, centreXPerRow.length - 1);
	}

	/** A lane that only covers rows {@code top..bottom} (inclusive), e.g. one drawn by the user. */
	public LanePath(double[] centreXPerRow, double halfWidth, int top, int bottom) {
		if (!(halfWidth > 0)) throw new IllegalArgumentException("lane half width must be > 0");
		if (top < 0 || bottom >= centreXPerRow.length || bottom < top) throw new IllegalArgumentException(
			"lane rows " + top + ".." + bottom + " outside 0.." + (centreXPerRow.length - 1));
		this.centre = centreXPerRow.clone();
		this.halfWidth = halfWidth;
		this.top = top;
		this.bottom = bottom;
	}

	/** First row the lane covers. */
	public int top() {
		return top;
	}

	/** Last row the lane covers (inclusive). */
	public int bottom() {
		return bottom;
	}

	/** A straight lane from (xTop, row 0) to (xBottom, last row). */
	public static LanePath straight(double xTop, double xBottom, int height, double halfWidth) {
		double[] c = new double[height];
		for (int y = 0; y < height; y++) c[y] = height == 1 ? xTop : xTop + (xBottom - xTop) * y / (height - 1.0);
		return new LanePath(c, halfWidth);
	}

	public double centreAt(int row) {
		return centre[Math.max(0, Math.min(centre.length - 1, row))];
	}

	public double halfWidth() {
		return halfWidth;
	}

	public int height() {
		return centre.length;
	}

	/** First column of the box in this row (inclusive, may lie outside the image). */
	public int left(int row) {
		return (int) Math.round(centreAt(row) - halfWidth);
	}

	/** Last column of the box in this row (inclusive). */
	public int right(int row) {
		return (int) Math.round(centreAt(row) + halfWidth);
	}
}
