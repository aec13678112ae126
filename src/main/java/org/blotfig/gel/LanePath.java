package org.blotfig.gel;

/**
 * The geometry of one lane: its centre x for every image row (a smooth path that follows tilt
 * and smile) and the half width of the integration box around it. Coordinates are those of the
 * analysed image, pixel centres at integer positions.
 */
public final class LanePath {

	private final double[] centre;
	private final double halfWidth;

	public LanePath(double[] centreXPerRow, double halfWidth) {
		if (!(halfWidth > 0)) throw new IllegalArgumentException("lane half width must be > 0");
		this.centre = centreXPerRow.clone();
		this.halfWidth = halfWidth;
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
