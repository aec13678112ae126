package org.blotfig.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.text.DecimalFormat;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A fitted-curve chart: measured points, the fitted curve as a line and marked points read
 * off it (e.g. ELISA unknowns), on a log or linear x axis. Points with x <= 0 are left out on
 * a log axis.
 */
public final class CurvePlot {

	private CurvePlot() {}

	/**
	 * @param px, py measured points (standards)
	 * @param cx, cy the curve, sampled densely
	 * @param mx, my marked points (unknowns at their read-off x); may be empty
	 */
	public static JFreeChart create(String title, String xLabel, String yLabel, boolean logX,
		double[] px, double[] py, double[] cx, double[] cy, double[] mx, double[] my)
	{
		XYSeriesCollection data = new XYSeriesCollection();
		data.addSeries(series("Standards", px, py, logX));
		data.addSeries(series("Fit", cx, cy, logX));
		data.addSeries(series("Unknowns", mx, my, logX));
		ValueAxis x;
		if (logX) {
			LogAxis log = new LogAxis(xLabel);
			log.setSmallestValue(1e-12);
			// ticks at whole decades labelled 1, 10, 100 rather than 10^0.6-style exponents
			log.setTickUnit(new NumberTickUnit(1.0));
			log.setNumberFormatOverride(new DecimalFormat("0.####"));
			log.setMinorTickCount(9);
			log.setMinorTickMarksVisible(true);
			x = log;
		}
		else x = new NumberAxis(xLabel);
		PrintStyle.axis(x);
		NumberAxis y = new NumberAxis(yLabel);
		PrintStyle.axis(y);
		y.setAutoRangeIncludesZero(false);
		XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
		r.setSeriesLinesVisible(0, false);
		r.setSeriesShape(0, new Ellipse2D.Double(-2, -2, 4, 4));
		r.setSeriesPaint(0, Color.BLACK);
		r.setSeriesShapesVisible(1, false);
		r.setSeriesPaint(1, new Color(0, 90, 181));
		r.setSeriesStroke(1, new BasicStroke(1f));
		r.setSeriesLinesVisible(2, false);
		r.setSeriesShape(2, triangle());
		r.setSeriesPaint(2, new Color(220, 50, 32));
		XYPlot plot = new XYPlot(data, x, y, r);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setDomainGridlinePaint(new Color(220, 220, 220));
		plot.setRangeGridlinePaint(new Color(220, 220, 220));
		plot.setDomainGridlineStroke(new BasicStroke(PrintStyle.THIN));
		plot.setRangeGridlineStroke(new BasicStroke(PrintStyle.THIN));
		return PrintStyle.chart(title, plot, true);
	}

	private static XYSeries series(String name, double[] xs, double[] ys, boolean logX) {
		XYSeries s = new XYSeries(name, false, true);
		for (int i = 0; i < xs.length; i++)
			if (Double.isFinite(xs[i]) && Double.isFinite(ys[i]) && (!logX || xs[i] > 0)) s.add(xs[i], ys[i]);
		return s;
	}

	private static java.awt.Shape triangle() {
		Path2D.Double t = new Path2D.Double();
		t.moveTo(0, -2.7);
		t.lineTo(2.4, 1.8);
		t.lineTo(-2.4, 1.8);
		t.closePath();
		return t;
	}
}
