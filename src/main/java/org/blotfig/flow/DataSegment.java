package org.blotfig.flow;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where a dataset's DATA segment is, decided from the HEADER offsets and TEXT's
 * $BEGINDATA/$ENDDATA: the HEADER when it has them (FCS 3.x writes 0 above 99,999,999 and the
 * TEXT values count), and when both are given but disagree, the one whose length fits $TOT x row
 * size (TEXT on a tie). Off-by-one ends and trailing bytes are accepted with a warning; a segment
 * too short for $TOT or past the end of the file is an error.
 */
final class DataSegment {

	/** Offsets relative to the dataset start, end inclusive (start - 1 when empty). */
	final long start, end;
	/** Number of events ($TOT, or inferred from the length when $TOT is missing). */
	final long events;
	/** "header" or "text". */
	final String source;

	private DataSegment(long start, long end, long events, String source) {
		this.start = start;
		this.end = end;
		this.events = events;
		this.source = source;
	}

	/**
	 * @param tot $TOT, or -1 when missing
	 * @param rowBytes bytes per event, 0 when unknown (ASCII)
	 * @param ts absolute TEXT start, for error offsets
	 * @return null for a dataset without events and without DATA offsets
	 */
	static DataSegment locate(Path file, long size, long base, FcsHeader h, Map<String, String> kw, long tot,
		long rowBytes, long ts, String dsName, List<String> warnings)
	{
		String textField = dsName + "TEXT keyword ";
		long hs = h.dataStart, he = h.dataEnd;
		long tsd = FcsReader.Session.parseLongSoft(kw, "$BEGINDATA"), ted = FcsReader.Session.parseLongSoft(kw,
			"$ENDDATA");
		boolean headerGiven = !(hs == 0 && he == 0);
		boolean textGiven = tsd >= 0 && ted >= 0 && !(tsd == 0 && ted == 0);
		long expected = tot >= 0 && rowBytes > 0 ? tot * rowBytes : -1;
		long ds, de;
		String source;
		if (!headerGiven && !textGiven) {
			if (tot == 0) return null;
			throw FcsErrors.at(file, dsName + "HEADER DATA offsets", base + 26,
				"no DATA segment (HEADER offsets are 0 and TEXT has no $BEGINDATA/$ENDDATA)");
		}
		if (!textGiven || (headerGiven && hs == tsd && he == ted)) {
			ds = hs;
			de = he;
			source = "header";
		}
		else if (!headerGiven) {
			ds = tsd;
			de = ted;
			source = "text";
		}
		else {
			boolean textFits = fits(tsd, ted, expected), headerFits = fits(hs, he, expected);
			boolean useText = textFits || !headerFits;
			ds = useText ? tsd : hs;
			de = useText ? ted : he;
			source = useText ? "text" : "header";
			warnings.add("HEADER data " + hs + "-" + he + " vs TEXT " + tsd + "-" + ted + "; used " + source);
		}
		long dataField = source.equals("header") ? base + 26 : ts;
		String dataName = source.equals("header") ? dsName + "HEADER DATA offsets" : textField +
			"$BEGINDATA/$ENDDATA";
		// an empty segment is written as end = start - 1
		if (de < ds - 1) throw FcsErrors.at(file, dataName, dataField, "DATA ends (" + de + ") before it starts (" +
			ds + ")");
		long len = de - ds + 1;
		if (tot < 0) {
			if (rowBytes == 0) throw FcsErrors.at(file, textField + "$TOT", ts, "missing (required for ASCII data)");
			tot = len / rowBytes;
			expected = tot * rowBytes;
			warnings.add("$TOT missing; " + tot + " events inferred from the DATA length");
		}
		if (expected >= 0) {
			if (len == expected + 1) warnings.add("DATA end offset +1 (off-by-one): segment " + ds + "-" + de +
				" is one byte longer than $TOT x row size");
			else if (len < expected) throw FcsErrors.at(file, dataName, dataField, "DATA segment " + ds + "-" + de +
				" holds " + len + " bytes but $TOT (" + tot + ") events of " + rowBytes + " bytes need " + expected);
			else if (len > expected) warnings.add("DATA segment has " + (len - expected) +
				" bytes beyond $TOT x row size; ignored");
		}
		long need = expected >= 0 ? expected : len;
		if (base + ds + need > size) throw FcsErrors.at(file, dataName, dataField, "DATA segment " + (base + ds) +
			"-" + (base + ds + need - 1) + " lies beyond the end of the file (" + size + " bytes; truncated file?)");
		return new DataSegment(ds, de, tot, source);
	}

	private static boolean fits(long s, long e, long expected) {
		if (expected < 0) return e >= s;
		long len = e - s + 1;
		return len == expected || len == expected + 1;
	}
}
