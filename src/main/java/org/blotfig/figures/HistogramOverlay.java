package org.blotfig.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Single-marker flow histograms as papers print them: per marker a panel with the control's
 * histogram (grey) under the stained sample's (outlined), both scaled to their mode, the gate as
 * a dashed line and the % positive beside it. Panels side by side, one shared y axis. Only draws:
 * bins and positions (display units 0..1) come from the caller.
 */
public final class HistogramOverlay {

	static final Color CONTROL = new Color(0xB0B0B0), STAINED = new Color(0xC0392B);

	/** The y axis' top: 100 % of max plus a strip for the texts. */
	static final double TOP = 136;

	private HistogramOverlay() {}

	/** One marker's panel. */
	public static final class Panel {
		final String title, gateText;
		final double[] control, stained;
		final double gate;
		final DecadeAxis axis;

		/**
		 * @param control, stained counts in equal bins over display 0..1
		 * @param gate the threshold in display units
		 * @param axis the x axis (stain name, decade ticks)
		 */
		public Panel(String title, double[] control, double[] stained, double gate, String gateText, DecadeAxis axis) {
			this.title = title;
			this.control = control.clone();
			this.stained = stained.clone();
			this.gate = gate;
			this.gateText = gateText;
			this.axis = axis;
		}
	}

	public static JFreeChart chart(List<Panel> panels, String controlName, String stainedName) {
		// ticks to 100 only: the strip above the peaks holds each panel's name and % positive
		DecadeAxis y = new DecadeAxis("% of max", new double[] { 0, 20, 40, 60, 80, 100 }, new String[] { "0", "20",
			"40", "60", "80", "100" });
		y.setRange(0, TOP);
		style(y);
		CombinedRangeXYPlot plot = new CombinedRangeXYPlot(y);
		plot.setGap(6);
		for (Panel p : panels) {
			XYSeriesCollection data = new XYSeriesCollection();
			data.addSeries(series(controlName, p.control));
			data.addSeries(series(stainedName, p.stained));
			XYAreaRenderer r = new XYAreaRenderer(XYAreaRenderer.AREA);
			r.setOutline(true);
			r.setSeriesPaint(0, CONTROL);
			r.setSeriesOutlinePaint(0, CONTROL.darker());
			r.setSeriesPaint(1, new Color(STAINED.getRed(), STAINED.getGreen(), STAINED.getBlue(), 70));
			r.setSeriesOutlinePaint(1, STAINED);
			r.setSeriesOutlineStroke(0, new BasicStroke(PrintStyle.THIN));
			r.setSeriesOutlineStroke(1, new BasicStroke(1f));
			style(p.axis);
			XYPlot sub = new XYPlot(data, p.axis, null, r);
			sub.setBackgroundPaint(Color.WHITE);
			sub.setDomainGridlinesVisible(false);
			sub.setRangeGridlinesVisible(false);
			sub.setOutlinePaint(Color.BLACK);
			sub.setOutlineStroke(new BasicStroke(PrintStyle.THIN));
			sub.addDomainMarker(new ValueMarker(p.gate, Color.BLACK, PrintStyle.dashed()));
			XYTextAnnotation t = new XYTextAnnotation(p.title, 0.03, TOP - 2);
			t.setFont(PrintStyle.HEADING);
			t.setBackgroundPaint(Color.WHITE);
			t.setTextAnchor(TextAnchor.TOP_LEFT);
			sub.addAnnotation(t);
			boolean right = p.gate < 0.7;
			XYTextAnnotation g = new XYTextAnnotation(p.gateText, p.gate + (right ? 0.02 : -0.02), 117);
			g.setFont(PrintStyle.TEXT);
			g.setTextAnchor(right ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
			sub.addAnnotation(g);
			plot.add(sub, 1);
		}
		LegendItemCollection legend = new LegendItemCollection();
		legend.add(new LegendItem(controlName, CONTROL));
		legend.add(new LegendItem(stainedName, STAINED));
		plot.setFixedLegendItems(legend);
		return PrintStyle.chart(null, plot, true);
	}

	/** Counts as % of the largest bin, plotted at bin centres. */
	private static XYSeries series(String name, double[] counts) {
		double max = 0;
		for (double c : counts) max = Math.max(max, c);
		XYSeries s = new XYSeries(name, true, false);
		int n = counts.length;
		s.add(0.0, 0.0);
		for (int i = 0; i < n; i++) s.add((i + 0.5) / n, max > 0 ? 100 * counts[i] / max : 0);
		s.add(1.0, 0.0);
		return s;
	}

	static void style(NumberAxis a) {
		PrintStyle.axis(a);
	}
}
