package org.blotfig.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.DefaultMultiValueCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * The bar chart of a two-group study as journals print it (Prism's "column bar graph" grouped by
 * row): one cluster of bars per category (a protein, a cytokine, a quadrant), one bar per group at
 * the mean, error bars of one SD, every replicate as a dot on its bar, and the significance stars
 * of each category above its cluster. Only draws: every number is given by the caller, the bar's
 * mean and SD too, so that the figure shows the numbers of the report beside it (one source of truth)
 * rather than a second computation of them.
 */
public final class GroupBarChart {

	/** Replicate dot diameter, points (1.2 mm on paper). */
	private static final double DOT = 3.5;
	/** Colours that stay apart in greyscale print: white-ish, black, then greys. */
	private static final Paint[] FILLS = { new Color(0xE0E0E0), new Color(0x404040), new Color(0xA0A0A0),
		new Color(0x707070) };

	private final String title, yLabel;
	private final Map<String, Map<String, Bar>> values = new LinkedHashMap<>();
	private final List<String> groups = new ArrayList<>();
	private final Map<String, String> stars = new LinkedHashMap<>();
	private double reference = Double.NaN;

	public GroupBarChart(String title, String yLabel) {
		this.title = title;
		this.yLabel = yLabel;
	}

	/** One bar: its height, error bar and dots. */
	private static final class Bar {
		final double mean, sd;
		final double[] replicates;

		Bar(double mean, double sd, double[] replicates) {
			this.mean = mean;
			this.sd = sd;
			this.replicates = replicates.clone();
		}
	}

	/**
	 * The bar of one group in one category (category and group orders are kept): its height
	 * {@code mean}, an error bar of {@code sd} each way (none when NaN, e.g. for one value) and
	 * the replicates as dots.
	 */
	public GroupBarChart add(String category, String group, double mean, double sd, double[] replicates) {
		if (!Double.isFinite(mean)) throw new IllegalArgumentException(category + ", " + group + ": mean " + mean);
		values.computeIfAbsent(category, k -> new LinkedHashMap<>()).put(group, new Bar(mean, sd, replicates));
		if (!groups.contains(group)) groups.add(group);
		return this;
	}

	/** Text above a category's cluster, e.g. "****" or "ns". */
	public GroupBarChart annotate(String category, String text) {
		stars.put(category, text);
		return this;
	}

	/** A dashed horizontal line, e.g. at fold change 1. */
	public GroupBarChart referenceLine(double y) {
		reference = y;
		return this;
	}

	public JFreeChart chart() {
		DefaultStatisticalCategoryDataset bars = new DefaultStatisticalCategoryDataset();
		DefaultMultiValueCategoryDataset dots = new DefaultMultiValueCategoryDataset();
		double top = 0;
		Map<String, Double> clusterTop = new LinkedHashMap<>();
		for (Map.Entry<String, Map<String, Bar>> c : values.entrySet()) {
			double ct = 0;
			for (String g : groups) {
				Bar b = c.getValue().get(g);
				if (b == null) continue;
				double mean = b.mean, sd = b.sd;
				bars.add(mean, Double.isNaN(sd) ? 0 : sd, g, c.getKey());
				List<Number> list = new ArrayList<>();
				for (double x : b.replicates) {
					list.add(x);
					ct = Math.max(ct, x);
				}
				dots.add(list, g, c.getKey());
				ct = Math.max(ct, mean + (Double.isNaN(sd) ? 0 : sd));
			}
			clusterTop.put(c.getKey(), ct);
			top = Math.max(top, ct);
		}
		CategoryAxis x = new CategoryAxis();
		PrintStyle.axis(x);
		x.setTickMarksVisible(false);
		x.setCategoryMargin(0.25);
		// labels stay horizontal: JFreeChart draws rotated text as outlines, and journals want editable text
		x.setMaximumCategoryLabelLines(2);
		// a label may reach into the gaps beside its cluster: with 25 % of the axis in gaps it still
		// keeps clear of its neighbours' labels, and "Early apoptotic" stays on one line at 120 mm
		x.setMaximumCategoryLabelWidthRatio(1.35f);
		NumberAxis y = new NumberAxis(yLabel);
		PrintStyle.axis(y);
		double yMax = top <= 0 ? 1 : top * 1.18;
		y.setRange(0, yMax);
		// 4-8 ticks of 1, 2 or 5 x 10^k, as Prism labels an axis (JFreeChart's own choice crowds it)
		y.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(niceStep(yMax / 6)));
		StatisticalBarRenderer br = new StatisticalBarRenderer();
		br.setDrawBarOutline(true);
		br.setErrorIndicatorPaint(Color.BLACK);
		br.setErrorIndicatorStroke(PrintStyle.line());
		br.setShadowVisible(false);
		br.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
		br.setItemMargin(0.05);
		for (int i = 0; i < groups.size(); i++) {
			br.setSeriesPaint(i, FILLS[i % FILLS.length]);
			br.setSeriesOutlinePaint(i, Color.BLACK);
			br.setSeriesOutlineStroke(i, PrintStyle.line());
		}
		CategoryPlot plot = new CategoryPlot(bars, x, y, br);
		SwarmRenderer sr = new SwarmRenderer(DOT);
		// white dots above a dark bar's top stand on white paper: every dot needs its black outline
		sr.setDrawOutlines(true);
		sr.setUseFillPaint(true);
		sr.setUseOutlinePaint(true);
		sr.setItemMargin(0.05);
		for (int i = 0; i < groups.size(); i++) {
			sr.setSeriesFillPaint(i, i % 2 == 0 ? Color.BLACK : Color.WHITE);
			sr.setSeriesOutlinePaint(i, Color.BLACK);
			sr.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-DOT / 2, -DOT / 2, DOT, DOT));
			sr.setSeriesOutlineStroke(i, new BasicStroke(PrintStyle.THIN));
			sr.setSeriesVisibleInLegend(i, false);
		}
		plot.setDataset(1, dots);
		plot.setRenderer(1, sr);
		plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinesVisible(false);
		plot.setOutlineVisible(false);
		if (!Double.isNaN(reference)) {
			ValueMarker m = new ValueMarker(reference, Color.GRAY, PrintStyle.dashed());
			plot.addRangeMarker(m);
		}
		for (Map.Entry<String, String> s : stars.entrySet()) {
			if (!clusterTop.containsKey(s.getKey())) continue;
			CategoryTextAnnotation a = new CategoryTextAnnotation(s.getValue(), s.getKey(),
				clusterTop.get(s.getKey()) + 0.04 * top);
			a.setFont(PrintStyle.HEADING);
			a.setTextAnchor(TextAnchor.BOTTOM_CENTER);
			plot.addAnnotation(a);
		}
		return PrintStyle.chart(title, plot, true);
	}

	/** The smallest of 1, 2, 5 x 10^k at least {@code raw}. */
	static double niceStep(double raw) {
		double p = Math.pow(10, Math.floor(Math.log10(raw)));
		for (double m : new double[] { 1, 2, 5, 10 })
			if (m * p >= raw * (1 - 1e-9)) return m * p;
		return 10 * p;
	}
}
