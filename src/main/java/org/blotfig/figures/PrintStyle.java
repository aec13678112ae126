package org.blotfig.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleInsets;

/**
 * Type and line sizes of every blotfig chart. Charts are drawn in points at their print size
 * ({@link FigureSize}), so these are the sizes on paper: 7-8 pt type, within what journals ask at
 * the printed size (Nature 5-7 pt, Cell 6-8 pt; smaller is unreadable, larger looks out of place
 * beside the caption), and lines of 0.5-1 pt (thinner ones break up in print). Whole points only:
 * the SVG writer stores font sizes as integers.
 */
public final class PrintStyle {

	/** Tick labels, legends, numbers written in a plot. */
	public static final int TEXT_PT = 7;
	/** Axis labels, titles, panel names, significance stars. */
	public static final int LABEL_PT = 8;

	static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, TEXT_PT);
	static final Font BOLD_TEXT = new Font(Font.SANS_SERIF, Font.BOLD, TEXT_PT);
	static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, LABEL_PT);
	static final Font HEADING = new Font(Font.SANS_SERIF, Font.BOLD, LABEL_PT);

	/** Axes, ticks, error bars, outlines. */
	static final float LINE = 0.75f;
	/** Minor lines (frames of a panel's title strip). */
	static final float THIN = 0.5f;

	private PrintStyle() {}

	static Stroke line() {
		return new BasicStroke(LINE);
	}

	/** A dashed line of {@link #LINE} width (gates, reference lines). */
	static Stroke dashed() {
		return new BasicStroke(LINE, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 3f, 2f }, 0f);
	}

	/** Label and tick fonts, black axis line and ticks. */
	static void axis(Axis a) {
		a.setLabelFont(LABEL);
		a.setTickLabelFont(TEXT);
		a.setAxisLinePaint(Color.BLACK);
		a.setAxisLineStroke(line());
		a.setTickMarkPaint(Color.BLACK);
		a.setTickMarkStroke(line());
		a.setTickMarkOutsideLength(2.5f);
		a.setTickLabelPaint(Color.BLACK);
		a.setLabelPaint(Color.BLACK);
	}

	/**
	 * A chart of {@code plot} on white, with the title (if any) and the legend (if any) in the print
	 * fonts and a margin of 3 pt.
	 */
	static JFreeChart chart(String title, Plot plot, boolean legend) {
		JFreeChart c = new JFreeChart(title, HEADING, plot, legend);
		c.setBackgroundPaint(Color.WHITE);
		c.setPadding(new RectangleInsets(3, 3, 3, 3));
		LegendTitle l = c.getLegend();
		if (l != null) {
			l.setItemFont(TEXT);
			l.setFrame(BlockBorder.NONE);
			l.setBackgroundPaint(Color.WHITE);
		}
		return c;
	}
}
