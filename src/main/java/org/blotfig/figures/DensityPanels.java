package org.blotfig.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.ui.TextAnchor;

/**
 * Two-channel flow dot plots as density (pseudocolour) panels side by side, each with its
 * quadrant lines and the four quadrants' % in the corners, e.g. Annexin V vs PI of an unstained
 * control and each group. Only draws: the 2-D histogram (display units 0..1, row 0 at the top),
 * gates and texts come from the caller. The density is a raster (transparent where empty) under
 * vector axes, lines and text.
 */
public final class DensityPanels {

	/** Blue (one event) through cyan, green and yellow to red (the densest bin), as FlowJo's pseudocolour. */
	private static final Color[] RAMP = { new Color(0x1F3FBF), new Color(0x00B5E2), new Color(0x2CB34A),
		new Color(0xF2D21B), new Color(0xE0301E) };
	/** The y axis reaches above the data so that each panel's title has a strip of its own. */
	static final double TITLE_STRIP = 1.125;

	private DensityPanels() {}

	public static final class Panel {
		final String title;
		final int bins;
		final int[] counts;
		final double xGate, yGate;
		final String[] corners;

		/**
		 * @param counts bins x bins, counts[row * bins + col], row 0 the top
		 * @param corners the texts of the quadrants x-y-, x+y-, x+y+, x-y+ (bottom left, bottom
		 *          right, top right, top left)
		 */
		public Panel(String title, int bins, int[] counts, double xGate, double yGate, String[] corners) {
			if (counts.length != bins * bins || corners.length != 4) throw new IllegalArgumentException(
				"bins x bins counts and 4 corner texts");
			this.title = title;
			this.bins = bins;
			this.counts = counts.clone();
			this.xGate = xGate;
			this.yGate = yGate;
			this.corners = corners.clone();
		}
	}

	/** @param xAxes one x axis per panel (its own ticks), yAxis the shared one */
	public static JFreeChart chart(List<Panel> panels, List<DecadeAxis> xAxes, DecadeAxis yAxis) {
		yAxis.setRange(0, TITLE_STRIP);
		HistogramOverlay.style(yAxis);
		CombinedRangeXYPlot plot = new CombinedRangeXYPlot(yAxis);
		plot.setGap(6);
		for (int k = 0; k < panels.size(); k++) {
			Panel p = panels.get(k);
			XYPlot sub = new XYPlot(null, xAxes.get(k), null, new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer());
			// a raster under the axes: vector files stay small whatever the number of events
			sub.setBackgroundImage(image(p));
			sub.setBackgroundImageAlignment(org.jfree.chart.ui.Align.FIT);
			sub.setBackgroundImageAlpha(1f);
			HistogramOverlay.style(xAxes.get(k));
			sub.setBackgroundPaint(Color.WHITE);
			sub.setDomainGridlinesVisible(false);
			sub.setRangeGridlinesVisible(false);
			sub.setOutlinePaint(Color.BLACK);
			sub.setOutlineStroke(new BasicStroke(PrintStyle.THIN));
			BasicStroke line = new BasicStroke(PrintStyle.LINE);
			// a line over the data only, not through the title strip
			sub.addAnnotation(new org.jfree.chart.annotations.XYLineAnnotation(p.xGate, 0, p.xGate, 1, line, Color.BLACK));
			ValueMarker h = new ValueMarker(p.yGate, Color.BLACK, line);
			sub.addRangeMarker(h);
			// the horizontal quadrant line stops at the data's top, below the title strip
			sub.addRangeMarker(new ValueMarker(1.0, new Color(0x808080), new BasicStroke(PrintStyle.THIN)));
			text(sub, p.title, 0.5, TITLE_STRIP - 0.015, TextAnchor.TOP_CENTER, PrintStyle.HEADING);
			Font f = PrintStyle.BOLD_TEXT;
			text(sub, p.corners[0], 0.02, 0.02, TextAnchor.BOTTOM_LEFT, f);
			text(sub, p.corners[1], 0.98, 0.02, TextAnchor.BOTTOM_RIGHT, f);
			text(sub, p.corners[2], 0.98, 0.98, TextAnchor.TOP_RIGHT, f);
			text(sub, p.corners[3], 0.02, 0.98, TextAnchor.TOP_LEFT, f);
			plot.add(sub, 1);
		}
		return PrintStyle.chart(null, plot, false);
	}

	/** Pixels per bin of the raster: enough that a viewer's smoothing leaves the bins sharp. */
	static final int SCALE = 4;

	/** The counts as a transparent image over the whole data area (the title strip stays empty). */
	static java.awt.image.BufferedImage image(Panel p) {
		int max = 1;
		for (int c : p.counts) max = Math.max(max, c);
		Pseudocolour colours = new Pseudocolour(max);
		int strip = (int) Math.round(p.bins * (TITLE_STRIP - 1));
		java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(p.bins * SCALE, (p.bins + strip) * SCALE,
			java.awt.image.BufferedImage.TYPE_INT_ARGB);
		for (int row = 0; row < p.bins; row++)
			for (int col = 0; col < p.bins; col++) {
				int c = p.counts[row * p.bins + col];
				if (c == 0) continue;
				int rgb = ((Color) colours.getPaint(c)).getRGB();
				for (int dy = 0; dy < SCALE; dy++)
					for (int dx = 0; dx < SCALE; dx++) img.setRGB(col * SCALE + dx, (strip + row) * SCALE + dy, rgb);
			}
		return img;
	}

	private static void text(XYPlot p, String s, double x, double y, TextAnchor a, Font f) {
		XYTextAnnotation t = new XYTextAnnotation(s, x, y);
		t.setFont(f);
		t.setTextAnchor(a);
		t.setPaint(Color.BLACK);
		t.setBackgroundPaint(new Color(255, 255, 255, 190));
		p.addAnnotation(t);
	}

	/** Colour by log(count) / log(max), so that a single event is as visible as a dense core. */
	static final class Pseudocolour implements PaintScale, java.io.Serializable {
		private static final long serialVersionUID = 1L;
		private final double max;

		Pseudocolour(double max) {
			this.max = max;
		}

		@Override
		public double getLowerBound() {
			return 1;
		}

		@Override
		public double getUpperBound() {
			return max;
		}

		@Override
		public Paint getPaint(double z) {
			double u = max <= 1 ? 0 : Math.log(Math.max(1, z)) / Math.log(max);
			double s = Math.max(0, Math.min(1, u)) * (RAMP.length - 1);
			int i = Math.min(RAMP.length - 2, (int) s);
			double f = s - i;
			Color a = RAMP[i], b = RAMP[i + 1];
			return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
				(int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
				(int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
		}
	}
}
