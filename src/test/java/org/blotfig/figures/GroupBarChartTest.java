package org.blotfig.figures;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

/** What the bar chart shows of the replicates it is given. */
class GroupBarChartTest {

	/**
	 * A replicate of the second group (white dots) far above its bar and error bar lies on the
	 * white background: it must still be seen, as a black ring.
	 */
	@Test
	void aWhiteDotAboveItsBarIsOutlined() {
		JFreeChart chart = new GroupBarChart("", "value").add("A", "control", new double[] { 1, 1.1, 0.9 })
			.add("A", "treated", new double[] { 1, 1, 10 }).chart();
		ChartRenderingInfo info = new ChartRenderingInfo();
		BufferedImage img = chart.createBufferedImage(480, 420, info);
		Rectangle2D data = info.getPlotInfo().getDataArea();
		// treated: mean 4, SD 5.2, so the error bar ends at 9.2, below the dot at 10
		int y = (int) Math.round(chart.getCategoryPlot().getRangeAxis().valueToJava2D(10, data, RectangleEdge.LEFT));
		// nothing else is drawn within 4 px of that height: not the error bar, no stars, no grid lines
		int dark = 0;
		for (int r = y - 4; r <= y + 4; r++)
			for (int x = (int) data.getMinX() + 2; x < data.getMaxX(); x++)
				if ((img.getRGB(x, r) & 0xff) < 160) dark++;
		assertTrue(dark >= 8, "the replicate at 10 is not drawn: " + dark + " dark pixels around its height");
	}
}
