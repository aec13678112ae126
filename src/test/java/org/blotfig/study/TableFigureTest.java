package org.blotfig.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.blotfig.stats.LongTable;
import org.blotfig.stats.StatsAnalysis;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.statistics.DefaultMultiValueCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.junit.jupiter.api.Test;

/** The bars drawn are the numbers reported: the same mean and SD as numbers.csv and cells.csv. */
class TableFigureTest {

	static LongTable table() {
		LongTable.Builder b = LongTable.builder("t");
		for (double v : new double[] { 10, 12, 14 }) b.add("IL-2", "control", v);
		for (double v : new double[] { 60, 66, 72 }) b.add("IL-2", "co-culture", v);
		for (double v : new double[] { 5, 6, 7 }) b.add("IL-4", "control", v);
		for (double v : new double[] { 4, 8 }) b.add("IL-4", "co-culture", v);
		return b.build();
	}

	@Test
	void barsAndErrorBarsAreTheReportedMeansAndSds() {
		LongTable t = table();
		StatsAnalysis.Result stats = GroupStats.of(t).result;
		JFreeChart chart = TableFigure.of(t, stats, "", "pg/mL").chart();
		CategoryPlot plot = chart.getCategoryPlot();
		DefaultStatisticalCategoryDataset bars = (DefaultStatisticalCategoryDataset) plot.getDataset(0);
		DefaultMultiValueCategoryDataset dots = (DefaultMultiValueCategoryDataset) plot.getDataset(1);
		// the truth, by hand: mean and sample SD (n - 1)
		double[][] truth = { { 12, 2 }, { 66, 6 }, { 6, 1 }, { 6, Math.sqrt(8) } };
		List<StudyNumber> report = new ArrayList<>();
		for (StudyNumber n : StudyNumbers.of("Fig. 5", t, stats, "control", StudyNumber.MEAN, true))
			if (n.quantity.equals(StudyNumber.MEAN)) report.add(n);
		assertEquals(4, report.size());
		for (int i = 0; i < report.size(); i++) {
			StudyNumber n = report.get(i);
			double drawnMean = bars.getMeanValue(n.group, n.item).doubleValue();
			double drawnSd = bars.getStdDevValue(n.group, n.item).doubleValue();
			// bit for bit: one computation, not two that agree to rounding
			assertEquals(n.value, drawnMean, 0.0, n.item + " " + n.group + " mean");
			assertEquals(n.sd, drawnSd, 0.0, n.item + " " + n.group + " SD");
			assertEquals(truth[i][0], drawnMean, 1e-12, n.item + " " + n.group);
			assertEquals(truth[i][1], drawnSd, 1e-12, n.item + " " + n.group);
			assertEquals(n.n, dots.getValues(n.group, n.item).size(), "every replicate a dot");
		}
		// and the cells.csv of the same analysis
		for (StatsAnalysis.Cell c : stats.cells) {
			assertEquals(c.stats.mean, bars.getMeanValue(c.col, c.row).doubleValue(), 0.0);
			assertEquals(c.stats.sd, bars.getStdDevValue(c.col, c.row).doubleValue(), 0.0);
		}
	}

	@Test
	void aSingleValueIsABarWithoutAnErrorBar() {
		LongTable.Builder b = LongTable.builder("t");
		b.add("A", "control", 2.5);
		for (double v : new double[] { 1, 3 }) b.add("A", "treated", v);
		JFreeChart chart = TableFigure.of(b.build(), null, "", "x").chart();
		DefaultStatisticalCategoryDataset bars = (DefaultStatisticalCategoryDataset) chart.getCategoryPlot().getDataset(0);
		assertEquals(2.5, bars.getMeanValue("control", "A").doubleValue(), 0.0);
		assertEquals(0, bars.getStdDevValue("control", "A").doubleValue(), 0.0, "no spread to show for n = 1");
		assertEquals(Math.sqrt(2), bars.getStdDevValue("treated", "A").doubleValue(), 1e-12);
	}
}
