package org.blotfig.figures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

/** The flow figures' drawing helpers: decade ticks where the transform puts them, density raster orientation. */
class FlowPanelsTest {

	@Test
	void decadeTicksOfFourLogDecades() {
		// log10(x / 10^4) / 4 + 1: the decades 1 .. 10,000 at 0, 1/4, 1/2, 3/4, 1
		DecadeAxis a = DecadeAxis.of("FL1-H", x -> x > 0 ? Math.log10(x / 1e4) / 4 + 1 : Double.NaN);
		List<Double> at = new ArrayList<>();
		List<String> text = new ArrayList<>();
		BufferedImage img = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
		for (Object o : a.refreshTicks(img.createGraphics(), new AxisState(), new java.awt.Rectangle(0, 0, 300, 200),
			RectangleEdge.BOTTOM)) {
			NumberTick t = (NumberTick) o;
			at.add(t.getValue());
			text.add(t.getText());
		}
		assertEquals(java.util.Arrays.asList("1", "10", "100", "1,000", "10,000"), text);
		assertArrayEquals(new double[] { 0, 0.25, 0.5, 0.75, 1 }, at.stream().mapToDouble(Double::doubleValue).toArray(),
			1e-12);
	}

	@Test
	void densityRasterPutsRowZeroAtTheTopBelowTheTitleStrip() {
		int bins = 8;
		int[] counts = new int[bins * bins];
		counts[0] = 5; // top-left bin
		counts[(bins - 1) * bins + bins - 1] = 1; // bottom-right bin
		BufferedImage img = DensityPanels.image(new DensityPanels.Panel("x", bins, counts, 0.5, 0.5, new String[] { "a",
			"b", "c", "d" }));
		int s = DensityPanels.SCALE, strip = (int) Math.round(bins * (DensityPanels.TITLE_STRIP - 1));
		assertEquals(bins * s, img.getWidth());
		assertEquals((bins + strip) * s, img.getHeight());
		assertEquals(0, img.getRGB(0, 0) >>> 24, "the title strip is transparent");
		assertNotEquals(0, img.getRGB(0, strip * s) >>> 24, "top-left bin drawn just below the strip");
		assertNotEquals(0, img.getRGB(bins * s - 1, img.getHeight() - 1) >>> 24, "bottom-right bin");
		// the densest bin is red, a single event blue
		assertEquals(0xE0, (img.getRGB(0, strip * s) >> 16) & 0xFF);
		assertEquals(0x1F, (img.getRGB(bins * s - 1, img.getHeight() - 1) >> 16) & 0xFF);
		assertEquals(0, img.getRGB(s, strip * s + s) >>> 24, "an empty bin stays transparent");
	}
}
