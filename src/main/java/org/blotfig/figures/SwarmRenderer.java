package org.blotfig.figures;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.ScatterRenderer;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.statistics.MultiValueCategoryDataset;

/**
 * Replicate dots as Prism draws them over a bar: dots that would overlap are set side by side
 * (a "swarm") instead of on top of each other, so every replicate stays visible; the dots keep
 * their values on the vertical axis, and the swarm is deterministic (values placed in ascending
 * order, each at the free horizontal slot nearest the bar's middle).
 */
final class SwarmRenderer extends ScatterRenderer {

	private static final long serialVersionUID = 1L;

	/** Dot diameter in the chart's units, points (the series shape's size). */
	private final double diameter;

	SwarmRenderer(double diameter) {
		this.diameter = diameter;
	}

	@Override
	public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
		CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass)
	{
		if (!getItemVisible(row, column)) return;
		int visibleRow = state.getVisibleSeriesIndex(row);
		if (visibleRow < 0) return;
		List<?> values = ((MultiValueCategoryDataset) dataset).getValues(row, column);
		if (values == null || values.isEmpty()) return;
		double x = domainAxis.getCategorySeriesMiddle(column, dataset.getColumnCount(), visibleRow,
			state.getVisibleSeriesCount(), getItemMargin(), dataArea, plot.getDomainAxisEdge());
		double[] y = new double[values.size()];
		for (int i = 0; i < y.length; i++)
			y[i] = rangeAxis.valueToJava2D(((Number) values.get(i)).doubleValue(), dataArea, plot.getRangeAxisEdge());
		double[] dx = offsets(y, diameter);
		for (int i = 0; i < y.length; i++) {
			Shape shape = ShapeUtils.createTranslatedShape(getItemShape(row, column), x + dx[i], y[i]);
			g2.setPaint(getUseFillPaint() ? getItemFillPaint(row, column) : getItemPaint(row, column));
			g2.fill(shape);
			if (getDrawOutlines()) {
				g2.setPaint(getUseOutlinePaint() ? getItemOutlinePaint(row, column) : getItemPaint(row, column));
				g2.setStroke(getItemOutlineStroke(row, column));
				g2.draw(shape);
			}
		}
	}

	/**
	 * Horizontal offsets (chart units) that keep dots of diameter {@code d} at heights {@code y} from
	 * overlapping: slots 0, +d, -d, +2d, -2d, ... (in that order), each dot taking the first slot
	 * where no dot already placed is closer than {@code d}.
	 */
	static double[] offsets(double[] y, double d) {
		Integer[] order = new Integer[y.length];
		for (int i = 0; i < order.length; i++) order[i] = i;
		Arrays.sort(order, (a, b) -> Double.compare(y[a], y[b]));
		double[] dx = new double[y.length];
		List<Integer> placed = new ArrayList<>();
		for (int i : order) {
			for (int k = 0;; k++) {
				double slot = (k + 1) / 2 * d * (k % 2 == 1 ? 1 : -1);
				boolean free = true;
				for (int j : placed)
					if (Math.hypot(dx[j] - slot, y[j] - y[i]) < d * 0.999) {
						free = false;
						break;
					}
				if (free) {
					dx[i] = slot;
					break;
				}
			}
			placed.add(i);
		}
		return dx;
	}
}
