package org.blotfig.figures;

import java.awt.Font;
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

	/** The characters looked for: the printable ones of WinAnsi (cp1252), what the PDF base fonts show. */
	private static final char[] CANDIDATES = winAnsi();

	private final Map<Font, Map<Integer, Character>> glyphChars = new HashMap<>();

	private static char[] winAnsi() {
		byte[] b = new byte[256 - 32];
		for (int i = 0; i < b.length; i++) b[i] = (byte) (32 + i);
		Charset cp1252 = Charset.isSupported("windows-1252") ? Charset.forName("windows-1252")
			: StandardCharsets.ISO_8859_1;
		return new String(b, cp1252).replace("\ufffd", "").replace("\u007f", "").toCharArray();
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
