package org.blotfig.gel;

/** One lane found (or given): 1-based index from the left, kind, path and width. */
public final class Lane {

	public final int index;
	public final LaneKind kind;
	public final LanePath path;
	/** Offsets of the analysed image in the full image. */
	public final int originX, originY;

	public Lane(int index, LaneKind kind, LanePath path, int originX, int originY) {
		this.index = index;
		this.kind = kind;
		this.path = path;
		this.originX = originX;
		this.originY = originY;
	}

	/** Width of the integration box (px). */
	public double width() {
		return 2 * path.halfWidth() + 1;
	}

	/** Centre x at the analysed image's first row, in full-image coordinates (pixel centre = i + 0.5). */
	public double xTop() {
		return originX + path.centreAt(0) + 0.5;
	}

	/** Centre x at the analysed image's last row, in full-image coordinates. */
	public double xBottom() {
		return originX + path.centreAt(path.height() - 1) + 0.5;
	}

	/** Centre x at a row of the analysed image, in full-image coordinates. */
	public double xAt(int row) {
		return originX + path.centreAt(row) + 0.5;
	}
}
