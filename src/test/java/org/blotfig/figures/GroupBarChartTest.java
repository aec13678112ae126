package org.blotfig.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;

class GroupBarChartTest {

	static GroupBarChart chart() {
		return new GroupBarChart("", "pg/mL").add("IL-2", "control", new double[] { 45, 50, 48 })
			.add("IL-2", "co-culture", new double[] { 304, 320, 325 }).add("IL-4", "control", new double[] { 31, 33, 34 })
			.add("IL-4", "co-culture", new double[] { 56, 58, 59 });
	}

	/** Every value is a dot drawn twice, filled and outlined, so a white dot shows on white paper too. */
	@Test
	void everyValueIsAnOutlinedDot() {
		String svg = ChartFiles.svg(chart().chart(), 480, 420);
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
