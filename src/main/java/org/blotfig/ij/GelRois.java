package org.blotfig.ij;

import java.awt.Color;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

import org.blotfig.core.InputException;
import org.blotfig.gel.Band;
import org.blotfig.gel.BandFlag;
import org.blotfig.gel.GelResult;
import org.blotfig.gel.Lane;
import org.blotfig.gel.LaneKind;
import org.blotfig.gel.LanePath;

import ij.gui.Overlay;
import ij.gui.PolygonRoi;
import ij.gui.Roi;
import ij.gui.TextRoi;
import ij.process.ImageProcessor;

/**
 * Lanes and bands as ImageJ ROIs: each lane an editable polygon (its box following the
 * path), each band a rectangle, all named so that "Measure Lanes from ROIs" can read the lanes
 * back after the user has moved or reshaped them.
 */
public final class GelRois {

	private GelRois() {}

	/** Name prefix of lane ROIs; the rest is the lane number and kind, e.g. "Lane 3 (ladder)". */
	public static final String LANE = "Lane ";

	/** The lane outline: left edge top to bottom, right edge back up (full-image coordinates). */
	public static PolygonRoi laneRoi(Lane l) {
		LanePath p = l.path;
		int n = p.bottom() - p.top() + 1;
		int step = Math.max(1, n / 40);
		List<float[]> left = new ArrayList<>(), right = new ArrayList<>();
		for (int y = p.top();; y = Math.min(p.bottom(), y + step)) {
			float yy = (float) (l.originY + y + (y == p.bottom() ? 1 : 0));
			float x = (float) (l.xAt(y) - 0.5);
			left.add(new float[] { (float) (x - p.halfWidth()), yy });
			right.add(new float[] { (float) (x + p.halfWidth() + 1), yy });
			if (y == p.bottom()) break;
		}
		// top edge at the first row's top
		left.get(0)[1] = l.originY + p.top();
		right.get(0)[1] = l.originY + p.top();
		int m = left.size();
		float[] xs = new float[2 * m], ys = new float[2 * m];
		for (int i = 0; i < m; i++) {
			xs[i] = left.get(i)[0];
			ys[i] = left.get(i)[1];
			xs[2 * m - 1 - i] = right.get(i)[0];
			ys[2 * m - 1 - i] = right.get(i)[1];
		}
		PolygonRoi roi = new PolygonRoi(xs, ys, 2 * m, Roi.POLYGON);
		roi.setName(LANE + l.index + " (" + l.kind.label() + ")");
		roi.setStrokeColor(colour(l.kind));
		return roi;
	}

	public static Roi bandRoi(Band b) {
		Roi r = new Roi(b.left, b.top, b.right - b.left, b.bottom - b.top);
		r.setName("Band " + b.lane + "/" + b.row);
		r.setStrokeColor(b.flags.contains(BandFlag.SATURATED) ? Color.RED : Color.YELLOW);
		return r;
	}

	/** An overlay with every lane (labelled) and band box. */
	public static Overlay overlay(GelResult r) {
		Overlay o = new Overlay();
		for (Lane l : r.lanes) {
			o.add(laneRoi(l));
			TextRoi label = new TextRoi(l.xTop() - l.path.halfWidth(), l.originY + l.path.top(),
				l.index + (l.kind == LaneKind.SAMPLE ? "" : l.kind == LaneKind.LADDER ? " L" : " E"));
			label.setStrokeColor(colour(l.kind));
			o.add(label);
		}
		for (Band b : r.bands) o.add(bandRoi(b));
		return o;
	}

	static Color colour(LaneKind k) {
		return k == LaneKind.SAMPLE ? Color.GREEN : k == LaneKind.LADDER ? Color.CYAN : Color.GRAY;
	}

	/**
	 * A lane from any area ROI (polygon, rectangle, freehand) drawn on an image of the given
	 * size: for every row it covers, the middle of the ROI's extent; the half width is the median
	 * over rows. Coordinates are relative to an analysed region starting at (x0, y0).
	 */
	public static LanePath toLane(Roi roi, int width, int height, int x0, int y0) {
		if (roi == null || !roi.isArea()) throw new InputException("lane ROI " + (roi == null ? "null" : "'" +
			roi.getName() + "'") + " is not an area (draw lanes as rectangles or polygons)");
		Rectangle b = roi.getBounds();
		ImageProcessor mask = roi.getMask();
		double[] centre = new double[height];
		List<Double> widths = new ArrayList<>();
		int top = -1, bottom = -1;
		for (int yy = 0; yy < b.height; yy++) {
			int y = b.y + yy - y0;
			if (y < 0 || y >= height) continue;
			int l = -1, r = -1;
			for (int xx = 0; xx < b.width; xx++) {
				boolean in = mask == null || mask.get(xx, yy) != 0;
				if (!in) continue;
				if (l < 0) l = xx;
				r = xx;
			}
			if (l < 0) continue;
			centre[y] = b.x - x0 + 0.5 * (l + r);
			widths.add((double) (r - l + 1));
			if (top < 0) top = y;
			bottom = y;
		}
		if (top < 0) throw new InputException("lane ROI '" + roi.getName() + "' does not overlap the image");
		for (int y = 0; y < top; y++) centre[y] = centre[top];
		for (int y = bottom + 1; y < height; y++) centre[y] = centre[bottom];
		// rows inside the range the ROI skips (a concave outline): interpolate
		for (int y = top + 1; y < bottom; y++) if (centre[y] == 0) centre[y] = centre[y - 1];
		java.util.Collections.sort(widths);
		double w = widths.get(widths.size() / 2);
		return new LanePath(centre, Math.max(0.5, (w - 1) / 2), top, bottom);
	}
}
