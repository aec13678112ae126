package org.blotfig.flow;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tokenises an FCS TEXT (or supplemental TEXT) segment into keyword/value pairs.
 *
 * <p>The first byte is the delimiter. The spec makes a doubled delimiter an escaped literal
 * delimiter inside a keyword or value ("escape" mode), but CellQuest (FACSCalibur, FCS 2.0) writes
 * empty values as two adjacent delimiters ("empty-value" mode). Both readings are tried and
 * scored for symptoms of the wrong one (an empty or purely numeric keyword, an odd number of
 * tokens, an unterminated last token, missing required keywords); the spec reading wins ties, so
 * files without doubled delimiters always parse by the spec.
 */
public final class FcsText {

	/** How doubled delimiters were read. */
	public enum Mode {
		ESCAPE, EMPTY_VALUE
	}

	/** Keywords, upper-cased (keywords are case-insensitive), in file order. */
	public final Map<String, String> keywords;
	public final Mode mode;
	public final char delimiter;
	/** Keywords that occurred more than once (the last value is kept). */
	public final List<String> duplicates;
	/** Number of distinct keywords in the segment. */
	public final int pairs;

	private FcsText(Map<String, String> keywords, Mode mode, char delimiter, List<String> duplicates,
		int pairs)
	{
		this.keywords = keywords;
		this.mode = mode;
		this.delimiter = delimiter;
		this.duplicates = duplicates;
		this.pairs = pairs;
	}

	/** Keywords every list-mode dataset needs; their absence marks a wrong tokenisation. */
	private static final String[] REQUIRED = { "$PAR", "$TOT", "$DATATYPE", "$BYTEORD" };

	/**
	 * @param bytes the segment, first byte the delimiter, last byte (normally) the delimiter
	 * @return null when the segment is empty
	 */
	static FcsText parse(byte[] bytes) {
		if (bytes.length == 0) return null;
		String s = decode(bytes);
		char delim = s.charAt(0);
		Tokens esc = tokenise(s, delim, true);
		Tokens empty = tokenise(s, delim, false);
		Tokens best = empty.score() < esc.score() ? empty : esc;
		Map<String, String> map = new LinkedHashMap<>();
		List<String> dups = new ArrayList<>();
		int n = best.tokens.size() / 2;
		for (int i = 0; i < n; i++) {
			String key = best.tokens.get(2 * i).trim().toUpperCase(Locale.ROOT);
			if (map.put(key, best.tokens.get(2 * i + 1)) != null) dups.add(key);
		}
		return new FcsText(map, best == esc ? Mode.ESCAPE : Mode.EMPTY_VALUE, delim, dups, map.size());
	}

	/**
	 * True when a segment can be keyword text: a printable, non-alphanumeric delimiter and no
	 * control bytes other than tab, CR, LF (and the delimiter itself). Guards against segments
	 * that point at binary data, such as the ZIP archive a CyFlow Cube names as supplemental TEXT.
	 */
	static boolean looksLikeText(byte[] b) {
		if (b.length < 2) return false;
		int d = b[0] & 0xff;
		if (d == 0 || d > 126 || Character.isLetterOrDigit(d) || d == ' ') return false;
		for (byte x : b) {
			int c = x & 0xff;
			if (c < 32 && c != d && c != '\t' && c != '\n' && c != '\r') return false;
		}
		return true;
	}

	/** UTF-8 (FCS 3.1) when valid, else ISO-8859-1 (older instruments): never fails. */
	private static String decode(byte[] bytes) {
		try {
			CharBuffer cb = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
			return cb.toString();
		}
		catch (CharacterCodingException e) {
			return new String(bytes, StandardCharsets.ISO_8859_1);
		}
	}

	private static final class Tokens {
		final List<String> tokens = new ArrayList<>();
		boolean unterminated;

		int score() {
			int score = tokens.size() % 2 != 0 ? 1 : 0;
			if (unterminated) score++;
			for (int i = 0; i + 1 < tokens.size(); i += 2) {
				String k = tokens.get(i).trim();
				if (k.isEmpty() || isNumber(k)) score++;
			}
			Map<String, Boolean> present = new LinkedHashMap<>();
			for (int i = 0; i + 1 < tokens.size(); i += 2) {
				present.put(tokens.get(i).trim().toUpperCase(Locale.ROOT), Boolean.TRUE);
			}
			for (String r : REQUIRED) {
				if (!present.containsKey(r)) score += 10;
			}
			return score;
		}
	}

	private static boolean isNumber(String s) {
		try {
			Double.parseDouble(s);
			return true;
		}
		catch (NumberFormatException e) {
			return false;
		}
	}

	private static Tokens tokenise(String s, char delim, boolean escape) {
		Tokens t = new Tokens();
		StringBuilder cur = new StringBuilder();
		int n = s.length();
		int i = 1;
		boolean open = false;
		while (i < n) {
			char c = s.charAt(i);
			if (c == delim) {
				if (escape && i + 1 < n && s.charAt(i + 1) == delim) {
					cur.append(delim);
					open = true;
					i += 2;
					continue;
				}
				t.tokens.add(cur.toString());
				cur.setLength(0);
				open = false;
				i++;
				continue;
			}
			cur.append(c);
			open = true;
			i++;
		}
		if (open) {
			// Text after the last delimiter: some writers omit the final delimiter or pad with
			// blanks/NULs. Keep real content as a token, ignore padding.
			String rest = cur.toString();
			if (!rest.trim().isEmpty() && rest.replace("\0", "").trim().length() > 0) {
				t.tokens.add(rest);
				t.unterminated = true;
			}
		}
		return t;
	}
}
