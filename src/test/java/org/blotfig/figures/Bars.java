package org.blotfig.figures;

import org.blotfig.stats.Descriptives;
import org.jfree.chart.JFreeChart;

/** Test charts: each bar at the mean and SD of its replicates (as {@code study.TableFigure} draws them). */
final class Bars {

	final GroupBarChart chart;

	Bars(String title, String yLabel) {
		chart = new GroupBarChart(title, yLabel);
	}

	Bars add(String category, String group, double[] replicates) {
		Descriptives d = Descriptives.of(replicates);
		chart.add(category, group, d.mean, d.sd, replicates);
		return this;
	}

	Bars annotate(String category, String text) {
		chart.annotate(category, text);
		return this;
	}

	Bars referenceLine(double y) {
		chart.referenceLine(y);
		return this;
	}

	JFreeChart chart() {
		return chart.chart();
	}
}
