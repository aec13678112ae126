package org.blotfig.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
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
		JFreeChart chart = new Bars("", "value").add("A", "control", new double[] { 1, 1.1, 0.9 })
			.add("A", "treated", new double[] { 1, 1, 10 }).chart();
		// the layout in points, as every format draws it; the PNG is that at 300 dpi
		FigureSize size = ChartFilesTest.SIZE;
		ChartRenderingInfo info = new ChartRenderingInfo();
		java.awt.Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
		chart.draw(g, new Rectangle2D.Double(0, 0, size.widthPt(), size.heightPt()), info);
		g.dispose();
		Rectangle2D data = info.getPlotInfo().getDataArea();
		BufferedImage img;
		try {
			img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(ChartFiles.png(chart, size)));
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		double px = img.getWidth() / size.widthPt();
		// treated: mean 4, SD 5.2, so the error bar ends at 9.2, below the dot at 10
		double y = chart.getCategoryPlot().getRangeAxis().valueToJava2D(10, data, RectangleEdge.LEFT);
		// nothing else is drawn within 1.5 pt of that height: not the error bar, no stars, no grid lines
		int dark = 0;
		for (int r = (int) ((y - 1.5) * px); r <= (int) ((y + 1.5) * px); r++)
			for (int x = (int) ((data.getMinX() + 2) * px); x < data.getMaxX() * px; x++)
				if ((img.getRGB(x, r) & 0xff) < 160) dark++;
		assertTrue(dark >= 8, "the replicate at 10 is not drawn: " + dark + " dark pixels around its height");
	}

	static Bars chart() {
		return new Bars("", "pg/mL").add("IL-2", "control", new double[] { 45, 50, 48 })
			.add("IL-2", "co-culture", new double[] { 304, 320, 325 }).add("IL-4", "control", new double[] { 31, 33, 34 })
			.add("IL-4", "co-culture", new double[] { 56, 58, 59 });
	}

	/** Every value is a dot drawn twice, filled and outlined, so a white dot shows on white paper too. */
	@Test
	void everyValueIsAnOutlinedDot() {
		String svg = ChartFiles.svg(chart().chart(), ChartFilesTest.SIZE);
		Matcher m = Pattern.compile("<path d='M[^']*C[^']*Z'").matcher(svg);
		int curves = 0;
		while (m.find()) curves++;
		assertEquals(2 * 12, curves);
	}

	@Test
	void theValueAxisIsLabelledInRoundSteps() {
		NumberAxis y = (NumberAxis) ((CategoryPlot) chart().chart().getPlot()).getRangeAxis();
		assertEquals(100, y.getTickUnit().getSize(), 1e-9, "0-384 pg/mL in steps of 100");
		assertEquals(0.5, GroupBarChart.niceStep(0.41), 1e-12);
		assertEquals(2, GroupBarChart.niceStep(1.2), 1e-12);
		assertEquals(10, GroupBarChart.niceStep(10), 1e-12);
		assertEquals(0.001, GroupBarChart.niceStep(0.001), 1e-15);
	}
}
