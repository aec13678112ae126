package org.blotfig.figures;

import java.awt.Rectangle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.blotfig.io.OutputDir;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.graphics2d.svg.SVGGraphics2D;

/**
 * Writes a chart as PNG (for slides and quick looks) and SVG (editable vector art for journal
 * figures), each atomically through {@link OutputDir}. Works headless.
 */
public final class ChartFiles {

	private ChartFiles() {}

	/** Writes {@code baseName.png} and {@code baseName.svg}; returns both paths (PNG first). */
	public static Path[] writePngAndSvg(JFreeChart chart, OutputDir out, String baseName, int width,
		int height)
	{
		return new Path[] { writePng(chart, out, baseName + ".png", width, height),
			writeSvg(chart, out, baseName + ".svg", width, height) };
	}

	public static Path writePng(JFreeChart chart, OutputDir out, String name, int width, int height) {
		return out.write(name, os -> ChartUtils.writeChartAsPNG(os, chart, width, height));
	}

	public static Path writeSvg(JFreeChart chart, OutputDir out, String name, int width, int height) {
		return out.write(name, os -> os.write(svg(chart, width, height).getBytes(StandardCharsets.UTF_8)));
	}

	/** The chart as an SVG document. */
	public static String svg(JFreeChart chart, int width, int height) {
		SVGGraphics2D g = new SVGGraphics2D(width, height);
		chart.draw(g, new Rectangle(0, 0, width, height));
		return g.getSVGDocument();
	}
}
