package org.blotfig.testutil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.blotfig.figures.FigureSize;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;

import com.itextpdf.text.Rectangle;
import com.itextpdf.text.pdf.PdfReader;
import com.itextpdf.text.pdf.parser.PdfTextExtractor;

/** Reads a written figure PDF back: its page and the words it holds as text. */
public final class PdfFigures {

	private PdfFigures() {}

	/** Every word a chart shows, from its model: title, axis labels, categories, stars, legend. */
	public static List<String> words(JFreeChart chart) {
		List<String> w = new ArrayList<>();
		if (chart.getTitle() != null && !chart.getTitle().getText().isEmpty()) w.add(chart.getTitle().getText());
		LegendItemCollection legend;
		if (chart.getPlot() instanceof CategoryPlot) {
			CategoryPlot p = chart.getCategoryPlot();
			w.add(p.getRangeAxis().getLabel());
			for (Object c : p.getDataset().getColumnKeys()) w.add(c.toString());
			for (Object a : p.getAnnotations()) w.add(((CategoryTextAnnotation) a).getText());
			legend = p.getLegendItems();
		}
		else {
			XYPlot p = chart.getXYPlot();
			w.add(p.getDomainAxis().getLabel());
			w.add(p.getRangeAxis().getLabel());
			legend = p.getLegendItems();
		}
		for (int i = 0; i < legend.getItemCount(); i++) {
			LegendItem item = legend.get(i);
			if (item.isShapeVisible() || item.isLineVisible()) w.add(item.getLabel());
		}
		return w;
	}

	/** The text of a one-page PDF. */
	public static String text(Path pdf) throws java.io.IOException {
		PdfReader r = new PdfReader(Files.readAllBytes(pdf));
		try {
			assertEquals(1, r.getNumberOfPages(), pdf + ": pages");
			return PdfTextExtractor.getTextFromPage(r, 1);
		}
		finally {
			r.close();
		}
	}

	/**
	 * Asserts that {@code pdf} is one page of {@code size} (in points: mm * 72 / 25.4) holding every
	 * word as text; returns its text.
	 */
	public static String assertFigure(Path pdf, FigureSize size, Collection<String> words) throws java.io.IOException {
		double width = size.widthMm * 72 / 25.4, height = size.heightMm * 72 / 25.4;
		PdfReader r = new PdfReader(Files.readAllBytes(pdf));
		String text;
		try {
			assertEquals(1, r.getNumberOfPages(), pdf + ": pages");
			Rectangle page = r.getPageSize(1);
			assertEquals(width, page.getWidth(), 0.01, pdf + ": width in points");
			assertEquals(height, page.getHeight(), 0.01, pdf + ": height in points");
			assertEquals(0, page.getLeft(), 0.0);
			assertEquals(0, page.getBottom(), 0.0);
			text = PdfTextExtractor.getTextFromPage(r, 1);
		}
		finally {
			r.close();
		}
		assertTrue(!words.isEmpty(), "no words to look for");
		for (String word : words) assertTrue(text.contains(word), pdf + ": '" + word + "' is not text in:\n" + text);
		return text;
	}

	/** {@link #assertFigure} with the words of the chart that was written. */
	public static String assertFigure(Path pdf, FigureSize size, JFreeChart chart) throws java.io.IOException {
		return assertFigure(pdf, size, words(chart));
	}
}
