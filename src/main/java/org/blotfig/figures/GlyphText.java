package org.blotfig.figures;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the text back from a glyph vector. JFreeChart draws rotated strings (the y-axis label)
 * through a TextLayout, which reaches a Graphics2D as glyphs, and the SVG and PDF writers would
 * draw those as outlines; knowing the string, they can write it as text instead. One per drawing
 * (it caches per font).
 */
final class GlyphText {

	/**
	 * The characters looked for: the printable ones of WinAnsi (cp1252, what the PDF base fonts
	 * show), Greek letters (NF-κB, β-actin) and a few signs of scientific labels.
	 */
	private static final char[] CANDIDATES = candidates();

	private final Map<Font, Map<Integer, Character>> glyphChars = new HashMap<>();

	private static char[] candidates() {
		byte[] b = new byte[256 - 32];
		for (int i = 0; i < b.length; i++) b[i] = (byte) (32 + i);
		Charset cp1252 = Charset.isSupported("windows-1252") ? Charset.forName("windows-1252")
			: StandardCharsets.ISO_8859_1;
		StringBuilder s = new StringBuilder(new String(b, cp1252).replace("\ufffd", "").replace("\u007f", ""));
		for (char c = '\u0391'; c <= '\u03c9'; c++) if (Character.isLetter(c)) s.append(c);
		// minus, less/greater or equal, arrows, degree Celsius
		s.append("\u2212\u2264\u2265\u2190\u2191\u2192\u2193\u2103");
		return s.toString().toCharArray();
	}

	/**
	 * Draws {@code gv} on {@code g} as the string it spells, in its font; false (nothing drawn)
	 * when it spells none, so that the caller draws the glyphs themselves.
	 */
	boolean drawSpelled(Graphics2D g, GlyphVector gv, float x, float y) {
		String s = spelled(gv);
		if (s == null) return false;
		Font saved = g.getFont();
		g.setFont(gv.getFont());
		g.drawString(s, x, y);
		g.setFont(saved);
		return true;
	}

	/**
	 * The string whose plain glyph vector (no kerning, ligatures or reordering) is {@code gv};
	 * null if there is none or it is blank.
	 */
	String spelled(GlyphVector gv) {
		Font f = gv.getFont();
		FontRenderContext frc = gv.getFontRenderContext();
		Map<Integer, Character> chars = glyphChars.get(f);
		if (chars == null) {
			chars = new HashMap<>();
			for (char c : CANDIDATES) {
				if (!f.canDisplay(c)) continue;
				GlyphVector one = f.createGlyphVector(frc, new char[] { c });
				if (one.getNumGlyphs() == 1) chars.putIfAbsent(one.getGlyphCode(0), c);
			}
			glyphChars.put(f, chars);
		}
		int n = gv.getNumGlyphs();
		char[] s = new char[n];
		for (int i = 0; i < n; i++) {
			Character c = chars.get(gv.getGlyphCode(i));
			if (c == null) return null;
			s[i] = c;
		}
		GlyphVector again = f.createGlyphVector(frc, s);
		if (again.getNumGlyphs() != n) return null;
		for (int i = 0; i <= n; i++) {
			if (i < n && again.getGlyphCode(i) != gv.getGlyphCode(i)) return null;
			if (again.getGlyphPosition(i).distance(gv.getGlyphPosition(i)) > 0.01) return null;
		}
		String r = new String(s);
		return r.trim().isEmpty() ? null : r;
	}
}
