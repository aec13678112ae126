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
		if (roi != null && roi.isLine()) return lineToLane(roi, height, x0, y0);
		if (roi == null || !roi.isArea()) throw new InputException("lane ROI " + (roi == null ? "null" : "'" +
			roi.getName() + "'") + " is not an area or a wide line (draw lanes as rectangles, polygons or " +
			"segmented lines with a width)");
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

	/**
	 * A lane traced as a straight or segmented line down its middle, the line width being the
	 * lane width (Edit > Options > Line Width): the natural way to follow a curved lane in ImageJ.
	 * Rows above and below the line keep its end points' x.
	 */
	static LanePath lineToLane(Roi roi, int height, int x0, int y0) {
		double w = roi.getStrokeWidth();
		if (!(w > 1)) throw new InputException("lane line '" + roi.getName() + "' has no width: set the line " +
			"width to the lane width (double-click the line tool) or draw the lane as a rectangle");
		// a wide straight Line's polygon is its outline; its end points are what was drawn
		ij.process.FloatPolygon fp = roi instanceof ij.gui.Line ? ((ij.gui.Line) roi).getFloatPoints()
			: roi.getFloatPolygon();
		int n = fp.npoints;
		if (n < 2) throw new InputException("lane line '" + roi.getName() + "' has fewer than two points");
		double[] xs = new double[n], ys = new double[n];
		for (int i = 0; i < n; i++) {
			xs[i] = fp.xpoints[i] - x0;
			ys[i] = fp.ypoints[i] - y0;
		}
		if (ys[n - 1] < ys[0]) { // drawn bottom to top: walk it top to bottom
			reverse(xs);
			reverse(ys);
		}
		double[] centre = new double[height];
		int top = -1, bottom = -1;
		for (int y = 0; y < height; y++) {
			double yc = y + 0.5; // pixel centre, in ImageJ's sub-pixel line coordinates
			for (int i = 0; i + 1 < n; i++) {
				double ya = ys[i], yb = ys[i + 1];
				if (yb <= ya || yc < ya || yc > yb) continue;
				centre[y] = xs[i] + (xs[i + 1] - xs[i]) * (yc - ya) / (yb - ya) - 0.5;
				if (top < 0) top = y;
				bottom = y;
				break;
			}
		}
		if (top < 0) throw new InputException("lane line '" + roi.getName() + "' does not run down the image " +
			"(lanes are traced from top to bottom)");
		for (int y = 0; y < top; y++) centre[y] = centre[top];
		for (int y = bottom + 1; y < height; y++) centre[y] = centre[bottom];
		for (int y = top + 1; y < bottom; y++) if (centre[y] == 0) centre[y] = centre[y - 1];
		return new LanePath(centre, Math.max(0.5, (w - 1) / 2), top, bottom);
	}

	private static void reverse(double[] a) {
		for (int i = 0, j = a.length - 1; i < j; i++, j--) {
			double t = a[i];
			a[i] = a[j];
			a[j] = t;
		}
	}
}
