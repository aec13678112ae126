package org.blotfig.figures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.blotfig.io.OutputDir;
import org.blotfig.testutil.PdfFigures;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.itextpdf.text.pdf.PdfDictionary;
import com.itextpdf.text.pdf.PdfName;
import com.itextpdf.text.pdf.PdfReader;

/** The PDF of a chart: one page of the figure's size, vector, its words searchable as text. */
class ChartFilesTest {

	@TempDir
	Path dir;

	/** A one-column figure. */
	static final FigureSize SIZE = FigureSize.oneColumn(70);

	static Bars bars(String group2) {
		return new Bars("Relative protein expression", "Fold change (vs control)")
			.add("P53", "Control", new double[] { 1, 0.9, 1.1 }).add("P53", group2, new double[] { 2.1, 2.0, 2.2 })
			.add("ERK1/2", "Control", new double[] { 1, 1.05, 0.95 }).add("ERK1/2", group2, new double[] { 1, 1.1, 0.9 })
			.annotate("P53", "****").annotate("ERK1/2", "ns").referenceLine(1);
	}

	@Test
	void barChartPdfIsOnePageOfTheFigureSizeWithEveryLabelAsText() throws Exception {
		JFreeChart chart = bars("Experimental").chart();
		List<String> words = PdfFigures.words(chart);
		assertTrue(words.contains("Fold change (vs control)") && words.contains("****") && words.contains("ns") &&
			words.contains("Experimental") && words.contains("P53"), "model words: " + words);
		Path[] files = ChartFiles.write(chart, new OutputDir(dir), "fig", SIZE);
		assertEquals(3, files.length);
		for (int i = 0; i < files.length; i++)
			assertEquals(dir.resolve(ChartFiles.files("fig").get(i)), files[i]);
		PdfFigures.assertFigure(dir.resolve("fig.pdf"), SIZE, chart);
		PdfReader r = new PdfReader(Files.readAllBytes(dir.resolve("fig.pdf")));
		try {
			PdfDictionary fonts = r.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
			assertTrue(fonts != null && fonts.size() >= 2, "regular and bold Helvetica");
			for (PdfName k : fonts.getKeys()) {
				PdfDictionary f = fonts.getAsDict(k);
				String base = f.getAsName(PdfName.BASEFONT).toString();
				assertTrue(base.startsWith("/Helvetica"), "not a base-14 Helvetica: " + base);
				assertEquals(null, f.get(PdfName.FONTDESCRIPTOR), base + " should not be embedded");
			}
			String content = new String(r.getPageContent(1), StandardCharsets.ISO_8859_1);
			assertFalse(content.contains("/Im"), "no raster image in a vector figure");
		}
		finally {
			r.close();
		}
	}

	/** The SVG holds the same words as text elements, the rotated y-axis label included. */
	@Test
	void svgHoldsEveryLabelAsText() {
		for (JFreeChart chart : new JFreeChart[] { bars("Experimental").chart(), curve() }) {
			String svg = ChartFiles.svg(chart, SIZE);
			for (String w : PdfFigures.words(chart))
				assertTrue(svg.contains(">" + w.replace("&", "&amp;").replace("<", "&lt;") + "</text>"), "'" + w + "' is not text in the SVG");
		}
	}

	@Test
	void sameChartGivesTheSameSvg() {
		String a = ChartFiles.svg(bars("Experimental").chart(), SIZE);
		assertEquals(a, ChartFiles.svg(bars("Experimental").chart(), SIZE));
		assertTrue(a.contains("clip-path="), "the chart is clipped: the ids must be named");
		assertFalse(a.contains("blotfigDefsKeyPlaceholder"));
		// another chart, other ids
		String other = ChartFiles.svg(bars("Treated").chart(), SIZE);
		String id = a.substring(a.indexOf("clipPath id='") + 13, a.indexOf("clipPath id='") + 26);
		assertFalse(other.contains(id), id);
	}

	static JFreeChart curve() {
		return CurvePlot.create("IL-6: 4PL fit", "Concentration (pg/mL)", "Response", true,
			new double[] { 1, 10, 100, 1000 }, new double[] { 0.1, 0.4, 1.2, 1.9 }, new double[] { 1, 1000 },
			new double[] { 0.1, 1.9 }, new double[] { 50 }, new double[] { 0.9 });
	}

	@Test
	void curvePlotPdfHoldsItsAxisLabelsAndLegend() throws Exception {
		JFreeChart chart = curve();
		ChartFiles.writePdf(chart, new OutputDir(dir), "curve.pdf", org.blotfig.elisa.io.ElisaReport.CURVE_SIZE);
		PdfFigures.assertFigure(dir.resolve("curve.pdf"), org.blotfig.elisa.io.ElisaReport.CURVE_SIZE, chart);
	}

	@Test
	void sameChartGivesTheSameBytesWithoutDates() throws Exception {
		byte[] a = ChartFiles.pdf(bars("Experimental").chart(), SIZE);
		byte[] b = ChartFiles.pdf(bars("Experimental").chart(), SIZE);
		assertArrayEquals(a, b);
		byte[] other = ChartFiles.pdf(bars("Treated").chart(), SIZE);
		PdfReader r = new PdfReader(a), o = new PdfReader(other);
		try {
			assertFalse(r.getInfo().containsKey("CreationDate"), "a creation date changes every run");
			// the ID follows the content: another chart, another ID
			assertFalse(r.getTrailer().get(PdfName.ID).toString().equals(o.getTrailer().get(PdfName.ID).toString()));
		}
		finally {
			r.close();
			o.close();
		}
	}

	@Test
	void charactersTheBaseFontsCannotShowAreDrawnAsOutlinesNotDropped() throws Exception {
		Path greek = new OutputDir(dir).write("greek.pdf", os -> os.write(ChartFiles.pdf(bars("\u03b2-actin").chart(), SIZE)));
		Path latin = new OutputDir(dir).write("latin.pdf", os -> os.write(ChartFiles.pdf(bars("b-actin").chart(), SIZE)));
		String text = PdfFigures.text(greek);
		assertTrue(text.contains("Control") && text.contains("P53"), text);
		// the rest of the label stays text, the beta is neither dropped nor replaced by another letter
		assertTrue(text.contains("-actin"), text);
		assertFalse(text.contains("b-actin") || text.contains("?-actin") || text.contains("\u03b2"), text);
		assertTrue(PdfFigures.text(latin).contains("b-actin"));
		// the beta is there, as a glyph outline: more path segments than the page with a b as text
		assertTrue(segments(greek) > segments(latin) + 5, segments(greek) + " vs " + segments(latin));
	}

	/** The rotated y label with Greek letters: SVG text as it is; in the PDF, text around outlined letters. */
	@Test
	void aRotatedLabelWithGreekLettersStaysText() throws Exception {
		String label = "NF-\u03baB / \u03b2-actin";
		JFreeChart chart = new Bars("", label).add("P53", "Control", new double[] { 1, 1.2 })
			.add("P53", "Treated", new double[] { 2, 2.2 }).chart();
		assertTrue(ChartFiles.svg(chart, SIZE).contains(">" + label + "</text>"), "SVG text");
		Path pdf = new OutputDir(dir).write("greek.pdf", os -> os.write(ChartFiles.pdf(chart, SIZE)));
		String text = PdfFigures.text(pdf);
		assertTrue(text.contains("NF-") && text.contains("B / ") && text.contains("-actin"), text);
		JFreeChart latin = new Bars("", "NF-kB / b-actin").add("P53", "Control", new double[] { 1, 1.2 })
			.add("P53", "Treated", new double[] { 2, 2.2 }).chart();
		Path ascii = new OutputDir(dir).write("latin.pdf", os -> os.write(ChartFiles.pdf(latin, SIZE)));
		assertTrue(PdfFigures.text(ascii).contains("NF-kB / b-actin"));
		// kappa and beta as outlines, not the whole label
		int extra = segments(pdf) - segments(ascii);
		assertTrue(extra > 5 && extra < 100, "outline segments " + extra);
	}

	/**
	 * With a face of Helvetica's widths installed (Arial, Liberation Sans, ...), the chart is laid
	 * out with it: iText then needs no extra character spacing to fit the text to AWT's widths.
	 */
	@Test
	void layoutIsMeasuredWithHelveticaWidthsWhenSuchAFaceIsInstalled() throws Exception {
		java.awt.Font sans = new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 14);
		java.awt.Font twin = ChartFiles.Base14.twin(sans);
		org.junit.jupiter.api.Assumptions.assumeFalse(twin == sans, "no Arial/Liberation Sans/... installed");
		assertEquals(ChartFiles.Base14.SANS, ChartFiles.Base14.kind(twin));
		assertEquals(14f, twin.getSize2D());
		assertTrue(twin.isBold());
		PdfReader r = new PdfReader(ChartFiles.pdf(bars("Experimental").chart(), SIZE));
		try {
			String content = new String(r.getPageContent(1), StandardCharsets.ISO_8859_1);
			int spacings = 0;
			for (String line : content.split("\n"))
				if (line.endsWith(" Tc")) {
					spacings++;
					assertEquals(0, Double.parseDouble(line.substring(0, line.length() - 3)), 0.05, line);
				}
			assertTrue(spacings > 5, "iText sets Tc for every string longer than one character: " + spacings);
		}
		finally {
			r.close();
		}
	}

	@Test
	void fontsMapToTheirBase14Family() {
		assertEquals(ChartFiles.Base14.SANS, ChartFiles.Base14.kind(new java.awt.Font(java.awt.Font.SANS_SERIF, 0, 12)));
		assertEquals(ChartFiles.Base14.SANS, ChartFiles.Base14.kind(new java.awt.Font(java.awt.Font.DIALOG, 0, 12)));
		assertEquals(ChartFiles.Base14.SERIF, ChartFiles.Base14.kind(new java.awt.Font(java.awt.Font.SERIF, 0, 12)));
		assertEquals(ChartFiles.Base14.MONO, ChartFiles.Base14.kind(new java.awt.Font(java.awt.Font.MONOSPACED, 0, 12)));
		ChartFiles.Base14 m = new ChartFiles.Base14();
		assertEquals("Helvetica-BoldOblique", m.awtToPdf(new java.awt.Font(java.awt.Font.SANS_SERIF,
			java.awt.Font.BOLD | java.awt.Font.ITALIC, 12)).getPostscriptFontName());
		assertEquals("Times-Roman", m.awtToPdf(new java.awt.Font(java.awt.Font.SERIF, 0, 12)).getPostscriptFontName());
		assertEquals("Courier-Bold", m.awtToPdf(new java.awt.Font(java.awt.Font.MONOSPACED, java.awt.Font.BOLD, 12))
			.getPostscriptFontName());
	}

	/** A JVM with -Djava.awt.headless=true (a server, a headless Fiji run) writes the same PDF. */
	@Test
	void aHeadlessJvmWritesThePdf() throws Exception {
		Path pdf = dir.resolve("headless.pdf");
		Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
			"-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), HeadlessMain.class.getName(),
			pdf.toString()).redirectErrorStream(true).start();
		String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, p.waitFor(), log);
		assertTrue(log.contains("headless=true"), log);
		PdfFigures.assertFigure(pdf, SIZE, bars("Experimental").chart());
		assertArrayEquals(ChartFiles.pdf(bars("Experimental").chart(), SIZE), Files.readAllBytes(pdf));
	}

	/** Run by {@link #aHeadlessJvmWritesThePdf} in its own JVM. */
	public static final class HeadlessMain {
		public static void main(String[] args) {
			System.out.println("headless=" + GraphicsEnvironment.isHeadless());
			ChartFiles.writePdf(bars("Experimental").chart(), new OutputDir(Path.of(args[0]).getParent()),
				Path.of(args[0]).getFileName().toString(), SIZE);
		}
	}

	private static int segments(Path pdf) throws Exception {
		PdfReader r = new PdfReader(Files.readAllBytes(pdf));
		try {
			String c = new String(r.getPageContent(1), StandardCharsets.ISO_8859_1);
			int n = 0;
			for (String line : c.split("\n")) if (line.endsWith(" l") || line.endsWith(" c") || line.endsWith(" m")) n++;
			return n;
		}
		finally {
			r.close();
		}
	}
}
