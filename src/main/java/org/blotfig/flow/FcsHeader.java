package org.blotfig.flow;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The fixed 58-byte HEADER of one FCS dataset: version and the byte offsets of TEXT, DATA and
 * ANALYSIS. Offsets are relative to the start of the dataset (which is 0 for the first dataset
 * and the sum of $NEXTDATA values for later ones). Blank fields read as 0: FCS 3.x writes blanks
 * or zeros when an offset does not fit in 8 digits, and the real value is in TEXT.
 */
public final class FcsHeader {

	public static final int LENGTH = 58;

	public final String version;
	public final long textStart, textEnd, dataStart, dataEnd, analysisStart, analysisEnd;

	private FcsHeader(String version, long[] o) {
		this.version = version;
		textStart = o[0];
		textEnd = o[1];
		dataStart = o[2];
		dataEnd = o[3];
		analysisStart = o[4];
		analysisEnd = o[5];
	}

	/** The six offsets in file order, as in expected.json's "header". */
	public long[] offsets() {
		return new long[] { textStart, textEnd, dataStart, dataEnd, analysisStart, analysisEnd };
	}

	private static final String[] FIELDS = { "TEXT start", "TEXT end", "DATA start", "DATA end",
		"ANALYSIS start", "ANALYSIS end" };

	/**
	 * Parses a HEADER.
	 *
	 * @param bytes at least {@link #LENGTH} bytes starting at the dataset
	 * @param base absolute file offset of the dataset (for error messages)
	 */
	static FcsHeader parse(Path file, byte[] bytes, int length, long base) {
		if (length < 10 || bytes[0] != 'F' || bytes[1] != 'C' || bytes[2] != 'S') {
			throw FcsErrors.at(file, "HEADER version", base,
				"not an FCS file (expected 'FCS2.0', 'FCS3.0', 'FCS3.1' or 'FCS3.2' at the start, found '" +
					printable(bytes, Math.min(length, 6)) + "')");
		}
		String version = new String(bytes, 0, 6, StandardCharsets.US_ASCII);
		if (!version.matches("FCS[23]\\.[0-9]")) {
			throw FcsErrors.at(file, "HEADER version", base, "unsupported version '" +
				printable(bytes, 6) + "' (supported: FCS2.0, FCS3.0, FCS3.1, FCS3.2)");
		}
		if (length < LENGTH) {
			throw FcsErrors.at(file, "HEADER", base, "truncated: " + length + " bytes, need " + LENGTH);
		}
		long[] o = new long[6];
		for (int i = 0; i < 6; i++) {
			int from = 10 + 8 * i;
			String s = new String(bytes, from, 8, StandardCharsets.US_ASCII).trim();
			if (s.isEmpty()) continue;
			try {
				o[i] = Long.parseLong(s);
			}
			catch (NumberFormatException e) {
				throw FcsErrors.at(file, "HEADER " + FIELDS[i] + " offset", base + from,
					"'" + s + "' is not a number");
			}
			if (o[i] < 0) throw FcsErrors.at(file, "HEADER " + FIELDS[i] + " offset", base + from,
				"negative offset " + o[i]);
		}
		return new FcsHeader(version, o);
	}

	private static String printable(byte[] b, int n) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < n; i++) {
			int c = b[i] & 0xff;
			sb.append(c >= 32 && c < 127 ? String.valueOf((char) c) : String.format("\\x%02x", c));
		}
		return sb.toString();
	}
}
