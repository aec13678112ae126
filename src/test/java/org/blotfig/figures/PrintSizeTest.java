package org.blotfig.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.blotfig.elisa.io.ElisaReport;
import org.blotfig.io.OutputDir;
import org.blotfig.study.ApoptosisFigure;
import org.blotfig.study.MarkerFigure;
import org.blotfig.study.TableFigure;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.itextpdf.text.Rectangle;
import com.itextpdf.text.pdf.PdfReader;

/**
 * Every format is the figure's size on paper: PNG pixels = mm * 300 / 25.4 with a pHYs chunk of
 * 300 dpi, PDF page = mm * 72 / 25.4 points, SVG width and height in mm over a viewBox in points;
 * and every text is printed at 7-8 pt at that size.
 */
class PrintSizeTest {

	@TempDir
	Path dir;

	@Test
	void everyFormatIsThePrintSize() throws Exception {
		FigureSize size = FigureSize.mm(120, 80);
		JFreeChart chart = ChartFilesTest.bars("Experimental").chart();
		ChartFiles.write(chart, new OutputDir(dir), "fig", size);

		byte[] pngBytes = Files.readAllBytes(dir.resolve("fig.png"));
		BufferedImage png = ImageIO.read(dir.resolve("fig.png").toFile());
		assertEquals(120 * 300 / 25.4, png.getWidth(), 1, "1417 px");
		assertEquals(80 * 300 / 25.4, png.getHeight(), 1, "945 px");
		long[] phys = pHYs(pngBytes);
		assertEquals(11811, phys[0], "300 dpi in pixels per metre");
		assertEquals(11811, phys[1]);
		assertEquals(1, phys[2], "unit: metre");
		assertEquals(300, phys[0] * 0.0254, 0.01, "dpi");

		PdfReader r = new PdfReader(Files.readAllBytes(dir.resolve("fig.pdf")));
		try {
			Rectangle box = r.getBoxSize(1, "media");
			assertEquals(120 * 72 / 25.4, box.getWidth(), 0.01, "340.16 pt");
			assertEquals(80 * 72 / 25.4, box.getHeight(), 0.01, "226.77 pt");
		}
		finally {
			r.close();
		}

		String svg = new String(Files.readAllBytes(dir.resolve("fig.svg")), StandardCharsets.UTF_8);
		String root = svg.substring(svg.indexOf("<svg"), svg.indexOf('>', svg.indexOf("<svg")));
		assertEquals("120mm", attribute(root, "width"));
		assertEquals("80mm", attribute(root, "height"));
		String[] box = attribute(root, "viewBox").split(" ");
		assertEquals(4, box.length, root);
		assertEquals(120 * 72 / 25.4, Double.parseDouble(box[2]), 1e-3, "user units are points");
		assertEquals(80 * 72 / 25.4, Double.parseDouble(box[3]), 1e-3);
		assertEquals(1, count(root, " width="), "one width: " + root);
		// the SVG is still XML
		javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
		f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		assertEquals("svg", f.newDocumentBuilder().parse(dir.resolve("fig.svg").toFile()).getDocumentElement()
			.getNodeName());
	}

	@Test
	void sizesConvert() {
		FigureSize one = FigureSize.oneColumn(60);
		assertEquals(85, one.widthMm, 0);
		assertEquals(1004, one.widthPx(300), "85 mm at 300 dpi");
		assertEquals(709, one.heightPx(300));
		assertEquals(240.945, one.widthPt(), 1e-3);
		assertEquals(2126, FigureSize.twoColumn(60).widthPx(300), "180 mm at 300 dpi");
		assertEquals(11811, PrintPng.pixelsPerMetre(300));
		assertEquals(23622, PrintPng.pixelsPerMetre(600));
	}

	/**
	 * Each kind of chart at the size its writer gives it: every text element of the SVG (1 user
	 * unit = 1 pt) and every font set in the PDF is 7 or 8 pt, never under 6 pt on paper.
	 */
	@Test
	void everyTextIsPrintedAtSevenToEightPoints() throws Exception {
		Map<String, Object[]> charts = new LinkedHashMap<>();
		charts.put("bars", new Object[] { ChartFilesTest.bars("Experimental").chart(), TableFigure.size(2, 2) });
		charts.put("16 bars", new Object[] { eightTargets(), TableFigure.size(8, 2) });
		charts.put("curve", new Object[] { ChartFilesTest.curve(), ElisaReport.CURVE_SIZE });
		charts.put("histograms", new Object[] { histograms(4), MarkerFigure.size(4) });
		charts.put("dot plots", new Object[] { dotPlots(3), ApoptosisFigure.dotsSize(3) });
		for (Map.Entry<String, Object[]> e : charts.entrySet()) {
			JFreeChart chart = (JFreeChart) e.getValue()[0];
			FigureSize size = (FigureSize) e.getValue()[1];
			String svg = ChartFiles.svg(chart, size);
			List<Double> sizes = new ArrayList<>();
			Matcher m = Pattern.compile("font-size: ?([0-9.]+)px").matcher(svg);
			while (m.find()) sizes.add(Double.parseDouble(m.group(1)));
			assertTrue(sizes.size() >= 5, e.getKey() + ": texts " + sizes);
			for (double pt : sizes)
				assertTrue(pt >= PrintStyle.TEXT_PT && pt <= PrintStyle.LABEL_PT, e.getKey() + ": " + pt + " pt");
			String content = pdfContent(ChartFiles.pdf(chart, size));
			Matcher tf = Pattern.compile("([0-9.]+) Tf").matcher(content);
			int fonts = 0;
			while (tf.find()) {
				double pt = Double.parseDouble(tf.group(1));
				assertTrue(pt >= 6 && pt <= 9, e.getKey() + ": PDF text at " + pt + " pt");
				fonts++;
			}
			assertTrue(fonts >= 5, e.getKey() + ": PDF fonts set " + fonts);
			// no text matrix scales the type (it would print at another size than set)
			Matcher tm = Pattern.compile("(-?[0-9.]+) (-?[0-9.]+) (-?[0-9.]+) (-?[0-9.]+) -?[0-9.]+ -?[0-9.]+ Tm")
				.matcher(content);
			while (tm.find()) {
				double a = Double.parseDouble(tm.group(1)), b = Double.parseDouble(tm.group(2));
				assertEquals(1, Math.hypot(a, b), 1e-3, e.getKey() + ": " + tm.group());
			}
		}
	}

	static JFreeChart eightTargets() {
		Bars b = new Bars("", "Fold change");
		for (String t : Arrays.asList("P53", "PTEN", "NF-kB", "p-ERK1/2", "Raf-1", "H-RAS", "TERT", "ERK1/2"))
			b.add(t, "control", new double[] { 1, 1.1, 0.9 }).add(t, "co-culture", new double[] { 2, 2.2, 1.8 })
				.annotate(t, "****");
		return b.referenceLine(1).chart();
	}

	static JFreeChart histograms(int n) {
		List<HistogramOverlay.Panel> panels = new ArrayList<>();
		for (int k = 0; k < n; k++) {
			double[] c = new double[64], s = new double[64];
			for (int i = 0; i < 64; i++) {
				c[i] = Math.exp(-Math.pow(i - 16, 2) / 20);
				s[i] = Math.exp(-Math.pow(i - 40, 2) / 30);
			}
			panels.add(new HistogramOverlay.Panel("CD" + k, c, s, 0.4, "94.60 %", DecadeAxis.of("FL" + k + "-H",
				x -> x > 0 ? Math.log10(x / 1e4) / 4 + 1 : Double.NaN)));
		}
		return HistogramOverlay.chart(panels, "control", "stained");
	}

	static JFreeChart dotPlots(int n) {
		List<DensityPanels.Panel> panels = new ArrayList<>();
		List<DecadeAxis> axes = new ArrayList<>();
		for (int k = 0; k < n; k++) {
			int[] counts = new int[16 * 16];
			counts[3 * 16 + 4] = 7;
			panels.add(new DensityPanels.Panel((char) ('A' + k) + "  group", 16, counts, 0.3, 0.3, new String[] { "93.00",
				"5.68", "0.38", "0.94" }));
			axes.add(DecadeAxis.of("FL1-H (Annexin V)", x -> x > 0 ? Math.log10(x / 1e4) / 4 + 1 : Double.NaN));
		}
		return DensityPanels.chart(panels, axes, DecadeAxis.of("FL2-H (PI)", x -> x > 0 ? Math.log10(x / 1e4) / 4 + 1
			: Double.NaN));
	}

	/** {x, y, unit} of the PNG's pHYs chunk, read from the bytes (not through the writer that wrote it). */
	static long[] pHYs(byte[] png) {
		ByteBuffer b = ByteBuffer.wrap(png);
		b.position(8);
		while (b.remaining() >= 12) {
			int length = b.getInt();
			byte[] type = new byte[4];
			b.get(type);
			String t = new String(type, StandardCharsets.ISO_8859_1);
			if (t.equals("pHYs")) return new long[] { b.getInt() & 0xffffffffL, b.getInt() & 0xffffffffL, b.get() };
			if (t.equals("IDAT")) break; // pHYs must come before the image data
			b.position(b.position() + length + 4);
		}
		throw new AssertionError("no pHYs chunk before the image data");
	}

	private static String attribute(String element, String name) {
		Matcher m = Pattern.compile("\\s" + name + "=['\"]([^'\"]*)['\"]").matcher(element);
		assertTrue(m.find(), name + " in " + element);
		return m.group(1);
	}

	private static int count(String s, String part) {
		int n = 0;
		for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
		return n;
	}

	private static String pdfContent(byte[] pdf) throws Exception {
		PdfReader r = new PdfReader(pdf);
		try {
			return new String(r.getPageContent(1), StandardCharsets.ISO_8859_1);
		}
		finally {
			r.close();
		}
	}
}
