package org.blotfig.figures;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * An axis over display units (0..1 of a flow display transform) whose ticks sit at given
 * positions with given labels, e.g. the decades 10, 100, 1000 of a log or logicle scale: the
 * caller transforms, this axis only draws.
 */
public final class DecadeAxis extends NumberAxis {

	private static final long serialVersionUID = 1L;
	private final double[] at;
	private final String[] labels;

	/** @param at tick positions in display units; {@code labels} the text of each */
	public DecadeAxis(String label, double[] at, String[] labels) {
		super(label);
		if (at.length != labels.length) throw new IllegalArgumentException("one label per tick");
		this.at = at.clone();
		this.labels = labels.clone();
		setAutoRange(false);
		setRange(0, 1);
		setTickMarkOutsideLength(2.5f);
		setMinorTickMarksVisible(false);
	}

	@Override
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
		List ticks = new ArrayList();
		boolean vertical = RectangleEdge.isLeftOrRight(edge);
		for (int i = 0; i < at.length; i++) {
			if (at[i] < getLowerBound() || at[i] > getUpperBound()) continue;
			TextAnchor a = vertical ? (edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT)
				: (edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER);
			// the end labels stay inside the axis, not under the next panel's
			if (!vertical && at[i] >= getUpperBound() - 0.03) a = TextAnchor.TOP_RIGHT;
			if (!vertical && at[i] <= getLowerBound() + 0.03) a = TextAnchor.TOP_LEFT;
			ticks.add(new NumberTick(at[i], labels[i], a, a, 0.0));
		}
		return vertical ? ticks : apart(ticks, g2, dataArea, edge);
	}

	/** Space between neighbouring tick labels, points. */
	private static final double LABEL_GAP = 2;

	/**
	 * Ticks whose labels would overlap on a narrow panel (1,000 and 10,000 of a 40 mm flow panel)
	 * keep their mark but lose their text, the highest decade first kept (it tells the scale).
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private List apart(List ticks, Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
		java.awt.FontMetrics fm = g2.getFontMetrics(getTickLabelFont());
		List kept = new ArrayList(ticks);
		double left = Double.POSITIVE_INFINITY;
		for (int i = ticks.size() - 1; i >= 0; i--) {
			NumberTick t = (NumberTick) ticks.get(i);
			double x = valueToJava2D(t.getValue(), dataArea, edge), w = fm.stringWidth(t.getText());
			TextAnchor a = t.getTextAnchor();
			double from = a == TextAnchor.TOP_RIGHT || a == TextAnchor.BOTTOM_RIGHT ? x - w
				: a == TextAnchor.TOP_LEFT || a == TextAnchor.BOTTOM_LEFT ? x : x - w / 2;
			if (from + w + LABEL_GAP <= left) left = from;
			else kept.set(i, new NumberTick(t.getValue(), "", a, a, 0.0));
		}
		return kept;
	}

	/**
	 * Decade ticks (..., 1, 10, 100, ...) and 0 for a display transform given as a function,
	 * keeping those that fall inside [0, 1]: {@code [positions, labels]}.
	 */
	public static DecadeAxis of(String label, java.util.function.DoubleUnaryOperator toDisplay) {
		List<Double> pos = new ArrayList<>();
		List<String> text = new ArrayList<>();
		double z = toDisplay.applyAsDouble(0);
		if (z >= 0 && z <= 1) {
			pos.add(z);
			text.add("0");
		}
		for (int k = -3; k <= 9; k++) {
			double v = Math.pow(10, k), d = toDisplay.applyAsDouble(v);
			// logicle decades closer than 4 % near zero would print on top of each other
			if (!(d >= 0 && d <= 1.0000001) || (!pos.isEmpty() && d - pos.get(pos.size() - 1) < 0.04)) continue;
			pos.add(d);
			text.add(k < 0 ? String.valueOf(v) : String.format(java.util.Locale.ROOT, "%,d", (long) v));
		}
		double[] at = new double[pos.size()];
		for (int i = 0; i < at.length; i++) at[i] = pos.get(i);
		return new DecadeAxis(label, at, text.toArray(new String[0]));
	}
}
