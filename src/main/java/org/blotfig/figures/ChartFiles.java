package org.blotfig.figures;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.font.GlyphVector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.blotfig.io.OutputDir;
import org.jfree.chart.JFreeChart;
import org.jfree.graphics2d.svg.SVGGraphics2D;

import com.itextpdf.awt.FontMapper;
import com.itextpdf.awt.PdfGraphics2D;
import com.itextpdf.text.Document;
import com.itextpdf.text.DocumentException;
import com.itextpdf.text.pdf.BaseFont;
import com.itextpdf.text.pdf.PdfContentByte;
import com.itextpdf.text.pdf.PdfName;
import com.itextpdf.text.pdf.PdfWriter;

/**
 * Writes a chart as PNG (300 dpi, for slides, Word and journals that take raster files), SVG
 * (editable vector art) and PDF (vector, text as text in the PDF base fonts, for journals that take
 * PDF), each of the chart's print size ({@link FigureSize}) and atomically through {@link OutputDir}.
 * Works headless.
 */
public final class ChartFiles {

	/** What {@link #write} writes, in this order: vector first. */
	public static final List<String> EXTENSIONS = Collections.unmodifiableList(Arrays.asList(".svg", ".pdf",
		".png"));

	private ChartFiles() {}

	/** The files {@link #write} writes for {@code baseName}. */
	public static List<String> files(String baseName) {
		List<String> f = new ArrayList<>();
		for (String e : EXTENSIONS) f.add(baseName + e);
		return Collections.unmodifiableList(f);
	}

	/**
	 * Writes {@code baseName.svg}, {@code .pdf} and {@code .png} of the chart at its print size;
	 * returns the paths in the order of {@link #EXTENSIONS}. The PDF page and the SVG are
	 * {@code size}, the PNG {@link FigureSize#PNG_DPI} of it.
	 */
	public static Path[] write(JFreeChart chart, OutputDir out, String baseName, FigureSize size) {
		return new Path[] { writeSvg(chart, out, baseName + ".svg", size), writePdf(chart, out, baseName + ".pdf", size),
			writePng(chart, out, baseName + ".png", size) };
	}

	public static Path writePng(JFreeChart chart, OutputDir out, String name, FigureSize size) {
		byte[] png = png(chart, size);
		return out.write(name, os -> os.write(png));
	}

	public static Path writeSvg(JFreeChart chart, OutputDir out, String name, FigureSize size) {
		return out.write(name, os -> os.write(svg(chart, size).getBytes(StandardCharsets.UTF_8)));
	}

	public static Path writePdf(JFreeChart chart, OutputDir out, String name, FigureSize size) {
		// drawn before the file is opened, so that a drawing error leaves no half-written file
		byte[] pdf = pdf(chart, size);
		return out.write(name, os -> os.write(pdf));
	}

	/** The chart as a PNG of {@link FigureSize#PNG_DPI} at its size, saying so in its pHYs chunk. */
	public static byte[] png(JFreeChart chart, FigureSize size) {
		return PrintPng.png(chart, size, FigureSize.PNG_DPI);
	}

	/**
	 * The chart as an SVG document of its size in mm (a viewBox in points, so that the chart's
	 * point sizes are points on paper); its labels, the rotated y-axis label too, are SVG text. The
	 * same chart gives the same document.
	 */
	public static String svg(JFreeChart chart, FigureSize size) {
		SVGGraphics2D g = new SVGGraphics2D((int) Math.ceil(size.widthPt()), (int) Math.ceil(size.heightPt()));
		// JFreeSVG names clip paths after the clock; a digest of the drawing keeps the bytes the same
		// for the same chart and the names apart for different charts inlined in one page
		String placeholder = "blotfigDefsKeyPlaceholder";
		g.setDefsKeyPrefix(placeholder);
		chart.draw(new SvgText(g), new Rectangle2D.Double(0, 0, size.widthPt(), size.heightPt()));
		String doc = printSize(g.getSVGDocument(), size);
		return doc.replace(placeholder, "_" + hex(md5(doc.getBytes(StandardCharsets.UTF_8))).substring(0, 12));
	}

	/**
	 * The root element's width and height (JFreeSVG writes whole pixels) as the size in mm, with a
	 * viewBox of the size in points: 1 user unit is 1 pt on paper.
	 */
	static String printSize(String doc, FigureSize size) {
		int start = doc.indexOf("<svg"), end = start < 0 ? -1 : doc.indexOf('>', start);
		if (end < 0) throw new IllegalStateException("no <svg> element in the SVG writer's output");
		String root = doc.substring(start, end);
		String sized = root.replaceAll("\\s(width|height|viewBox)=(['\"])[^'\"]*\\2", "") + String.format(Locale.ROOT,
			" width='%smm' height='%smm' viewBox='0 0 %s %s'", num(size.widthMm), num(size.heightMm),
			num(size.widthPt()), num(size.heightPt()));
		return doc.substring(0, start) + sized + doc.substring(end);
	}

	/** Up to 4 decimals, no trailing zeros. */
	private static String num(double v) {
		return new java.math.BigDecimal(v).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
			.toPlainString();
	}

	/**
	 * The chart as a one-page PDF of its size. Lines and shapes stay vector; text is PDF text in
	 * Helvetica/Times/Courier (the base-14 fonts every reader has, so nothing is embedded and
	 * labels can be searched and edited). The same chart gives the same bytes: no dates, and the
	 * file ID is a digest of the content.
	 */
	public static byte[] pdf(JFreeChart chart, FigureSize size) {
		float width = (float) size.widthPt(), height = (float) size.heightPt();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Document doc = new Document(new com.itextpdf.text.Rectangle(width, height), 0, 0, 0, 0);
		try {
			PdfWriter writer = PdfWriter.getInstance(doc, bytes);
			doc.open();
			writer.getInfo().remove(PdfName.CREATIONDATE);
			writer.getInfo().remove(PdfName.MODDATE);
			PdfContentByte cb = writer.getDirectContent();
			Graphics2D g = new TextGraphics(cb, width, height);
			try {
				chart.draw(g, new Rectangle2D.Double(0, 0, size.widthPt(), size.heightPt()));
			}
			finally {
				g.dispose();
			}
			doc.close();
		}
		catch (DocumentException e) {
			throw new IllegalStateException("PDF of chart '" + title(chart) + "': " + e.getMessage(), e);
		}
		return fixedId(bytes.toByteArray());
	}

	private static String title(JFreeChart chart) {
		return chart.getTitle() == null ? "" : chart.getTitle().getText();
	}

	/**
	 * iText writes a random trailer /ID; replaced by a digest of everything before the trailer
	 * (same length, so the cross-reference offsets stay right).
	 */
	static byte[] fixedId(byte[] pdf) {
		String s = new String(pdf, StandardCharsets.ISO_8859_1);
		int trailer = s.lastIndexOf("trailer");
		int id = s.indexOf("/ID [<", trailer);
		if (trailer < 0 || id < 0) return pdf;
		int start = id + "/ID [<".length();
		int mid = s.indexOf("><", start), end = mid < 0 ? -1 : s.indexOf(">]", mid + 2);
		if (mid < 0 || end < 0 || mid - start != end - mid - 2) return pdf;
		String hex = hex(md5(Arrays.copyOf(pdf, trailer)));
		int n = mid - start;
		if (hex.length() < n) return pdf;
		byte[] digest = hex.substring(0, n).getBytes(StandardCharsets.ISO_8859_1);
		byte[] r = pdf.clone();
		System.arraycopy(digest, 0, r, start, n);
		System.arraycopy(digest, 0, r, mid + 2, n);
		return r;
	}

	private static byte[] md5(byte[] b) {
		try {
			return MessageDigest.getInstance("MD5").digest(b);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String hex(byte[] b) {
		StringBuilder s = new StringBuilder();
		for (byte x : b) s.append(String.format("%02x", x & 0xff));
		return s.toString();
	}

	/** Java's logical font families to the PDF base-14 fonts (WinAnsi encoding, not embedded). */
	static final class Base14 implements FontMapper {

		static final int SANS = 0, SERIF = 1, MONO = 2;

		/** Installed faces with the widths of Helvetica, Times and Courier, best first. */
		private static final String[][] TWINS = { { "Helvetica", "Arial", "Liberation Sans", "Nimbus Sans",
			"Nimbus Sans L", "TeX Gyre Heros", "FreeSans" }, { "Times", "Times New Roman", "Liberation Serif",
				"Nimbus Roman", "Nimbus Roman No9 L", "TeX Gyre Termes", "FreeSerif" }, { "Courier", "Courier New",
					"Liberation Mono", "Nimbus Mono PS", "Nimbus Mono L", "TeX Gyre Cursor", "FreeMono" } };

		private static final String[] INSTALLED_TWIN = installedTwins();

		/** Which base-14 family a font becomes; anything not serif or monospaced is sans. */
		static int kind(Font f) {
			for (String n : new String[] { f.getName(), f.getFamily(java.util.Locale.ROOT) }) {
				n = n.toLowerCase(java.util.Locale.ROOT);
				if (n.startsWith("monospaced") || n.startsWith("dialoginput") || n.contains("courier") ||
					n.contains("mono")) return MONO;
				if (n.contains("serif") && !n.contains("sans") || n.contains("times") || n.contains("roman"))
					return SERIF;
			}
			return SANS;
		}

		/**
		 * The font to measure and draw {@code f} with: the same style and size in an installed face
		 * with the widths of the base-14 font it becomes (Arial or Liberation Sans for Helvetica), so
		 * that the chart is laid out for the text the PDF shows; {@code f} itself if none is installed.
		 */
		static Font twin(Font f) {
			String family = INSTALLED_TWIN[kind(f)];
			if (family == null || family.equals(f.getFamily(java.util.Locale.ROOT))) return f;
			Font t = new Font(family, f.getStyle(), 1).deriveFont(f.getSize2D());
			return f.isTransformed() ? t.deriveFont(f.getTransform()) : t;
		}

		private static String[] installedTwins() {
			java.util.Set<String> have = new java.util.HashSet<>();
			try {
				have.addAll(Arrays.asList(java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
					.getAvailableFontFamilyNames(java.util.Locale.ROOT)));
			}
			catch (RuntimeException | Error e) {
				// no font configuration (a stripped-down JRE): measure with the logical fonts
			}
			String[] r = new String[TWINS.length];
			for (int k = 0; k < TWINS.length; k++)
				for (String f : TWINS[k]) if (r[k] == null && have.contains(f)) r[k] = f;
			return r;
		}

		@Override
		public BaseFont awtToPdf(Font font) {
			boolean b = font.isBold(), i = font.isItalic();
			int kind = kind(font);
			String key;
			if (kind == MONO) key = b ? i ? BaseFont.COURIER_BOLDOBLIQUE : BaseFont.COURIER_BOLD
				: i ? BaseFont.COURIER_OBLIQUE : BaseFont.COURIER;
			else if (kind == SERIF) key = b ? i ? BaseFont.TIMES_BOLDITALIC : BaseFont.TIMES_BOLD
				: i ? BaseFont.TIMES_ITALIC : BaseFont.TIMES_ROMAN;
			// SansSerif, Dialog and anything else (JFreeChart's default is SansSerif)
			else key = b ? i ? BaseFont.HELVETICA_BOLDOBLIQUE : BaseFont.HELVETICA_BOLD
				: i ? BaseFont.HELVETICA_OBLIQUE : BaseFont.HELVETICA;
			try {
				return BaseFont.createFont(key, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
			}
			catch (DocumentException e) {
				throw new IllegalStateException(key + ": " + e.getMessage(), e);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		@Override
		public Font pdfToAwt(BaseFont font, int size) {
			String n = font.getPostscriptFontName().toLowerCase(java.util.Locale.ROOT);
			String family = n.startsWith("courier") ? Font.MONOSPACED : n.startsWith("times") ? Font.SERIF
				: Font.SANS_SERIF;
			int style = (n.contains("bold") ? Font.BOLD : 0) | (n.contains("oblique") || n.contains("italic")
				? Font.ITALIC : 0);
			return new Font(family, style, size);
		}
	}

	/**
	 * Text in the base-14 fonts; characters those cannot encode (e.g. a Greek letter in a group
	 * name) are drawn as glyph outlines instead, so that they are never silently lost.
	 */
	private static final class TextGraphics extends PdfGraphics2D {

		private final GlyphText glyphs = new GlyphText();

		TextGraphics(PdfContentByte cb, float width, float height) {
			super(cb, width, height, new Base14());
		}

		@Override
		public void setFont(Font f) {
			super.setFont(f == null ? null : Base14.twin(f));
		}

		@Override
		public java.awt.FontMetrics getFontMetrics(Font f) {
			return super.getFontMetrics(Base14.twin(f));
		}

		@Override
		public void drawString(String s, float x, float y) {
			if (encodable(s)) {
				super.drawString(s, x, y);
				return;
			}
			// runs the base font can show stay text ("-actin" of "β-actin"); the rest become outlines
			GlyphVector gv = getFont().createGlyphVector(getFontRenderContext(), s);
			if (gv.getNumGlyphs() != s.length()) {
				fill(gv.getOutline(x, y));
				return;
			}
			for (int start = 0, end; start < s.length(); start = end) {
				boolean text = encodable(s.substring(start, start + 1));
				for (end = start + 1; end < s.length() && encodable(s.substring(end, end + 1)) == text;) end++;
				java.awt.geom.Point2D at = gv.getGlyphPosition(start);
				if (text) super.drawString(s.substring(start, end), x + (float) at.getX(), y + (float) at.getY());
				else for (int i = start; i < end; i++) fill(gv.getGlyphOutline(i, x, y));
			}
		}

		@Override
		public void drawString(String s, int x, int y) {
			drawString(s, (float) x, (float) y);
		}

		/**
		 * JFreeChart draws rotated strings (the y-axis label) through a TextLayout, which reaches
		 * here as glyphs; when they spell a string one for one, it is drawn as that string.
		 */
		@Override
		public void drawGlyphVector(GlyphVector gv, float x, float y) {
			// through this class's drawString: letters the base fonts lack still become outlines
			if (!glyphs.drawSpelled(this, gv, x, y)) super.drawGlyphVector(gv, x, y);
		}

		private boolean encodable(String s) {
			if (baseFont == null) return true;
			for (int i = 0; i < s.length(); i++) {
				char c = s.charAt(i);
				if (!Character.isWhitespace(c) && !baseFont.charExists(c)) return false;
			}
			return true;
		}
	}
}
