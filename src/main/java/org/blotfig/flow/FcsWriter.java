package org.blotfig.flow;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes single-dataset FCS 3.1 list-mode files (little-endian; $DATATYPE F, D or I), for demo
 * data and round-trip tests. TEXT is delimited by '/', with any '/' inside a keyword or value
 * doubled as the spec requires; $BEGINDATA/$ENDDATA are written zero-padded to a fixed width so
 * the offsets can be computed before anything is written. HEADER offsets above 99,999,999 are
 * written as 0, as FCS 3.1 requires, and the reader then takes them from TEXT.
 */
public final class FcsWriter {

	private static final char DELIM = '/';
	private static final int OFFSET_DIGITS = 20;

	private final List<String> names;
	private final String[] labels;
	private final double[] ranges;
	private final Map<String, String> extra = new LinkedHashMap<>();
	/** Largest offset the 8-digit HEADER fields take; tests lower it to exercise the TEXT path. */
	long headerOffsetLimit = 99_999_999L;

	public FcsWriter(List<String> names) {
		if (names.isEmpty()) throw new IllegalArgumentException("no channels");
		this.names = new ArrayList<>(names);
		labels = new String[names.size()];
		ranges = new double[names.size()];
		java.util.Arrays.fill(ranges, 262144);
	}

	/** Sets $PnS (stain) of channel i (0-based). */
	public FcsWriter label(int i, String label) {
		labels[i] = label;
		return this;
	}

	/** Sets $PnR of channel i (0-based); default 262144. */
	public FcsWriter range(int i, double range) {
		ranges[i] = range;
		return this;
	}

	/** Adds a keyword (e.g. $CYT, $SPILLOVER); the writer's own keywords cannot be replaced. */
	public FcsWriter keyword(String key, String value) {
		extra.put(key, value);
		return this;
	}

	/** Adds $SPILLOVER from a matrix over the given channel names. */
	public FcsWriter spillover(List<String> channels, double[][] matrix) {
		StringBuilder sb = new StringBuilder().append(channels.size());
		for (String c : channels) sb.append(',').append(c);
		for (double[] row : matrix) for (double v : row) sb.append(',').append(v);
		return keyword("$SPILLOVER", sb.toString());
	}

	/** Writes float events ($DATATYPE F), row-major: value of event r, channel c at r*par+c. */
	public void writeFloats(OutputStream out, float[] events) throws IOException {
		int par = names.size();
		check(events.length, par);
		writeText(out, 'F', 32, events.length / par);
		ByteBuffer buf = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
		for (int i = 0; i < events.length; ) {
			int n = Math.min(buf.capacity() / 4, events.length - i);
			buf.clear();
			buf.asFloatBuffer().put(events, i, n);
			out.write(buf.array(), 0, n * 4);
			i += n;
		}
	}

	/** Writes double events ($DATATYPE D), row-major. */
	public void writeDoubles(OutputStream out, double[] events) throws IOException {
		int par = names.size();
		check(events.length, par);
		writeText(out, 'D', 64, events.length / par);
		ByteBuffer buf = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
		for (int i = 0; i < events.length; ) {
			int n = Math.min(buf.capacity() / 8, events.length - i);
			buf.clear();
			buf.asDoubleBuffer().put(events, i, n);
			out.write(buf.array(), 0, n * 8);
			i += n;
		}
	}

	/**
	 * Writes unsigned integer events ($DATATYPE I) of 8, 16 or 32 bits, row-major. Values must lie
	 * in [0, $PnR - 1] so that the reader's bit mask leaves them unchanged.
	 */
	public void writeInts(OutputStream out, long[] events, int bits) throws IOException {
		if (bits != 8 && bits != 16 && bits != 32) throw new IllegalArgumentException("bits " + bits);
		int par = names.size();
		check(events.length, par);
		for (int i = 0; i < events.length; i++) {
			if (events[i] < 0 || events[i] >= ranges[i % par] || events[i] >= (1L << bits))
				throw new IllegalArgumentException("event value " + events[i] + " outside [0, $PnR) of " +
					names.get(i % par));
		}
		writeText(out, 'I', bits, events.length / par);
		int w = bits / 8;
		byte[] b = new byte[w * 4096];
		for (int i = 0; i < events.length; ) {
			int n = Math.min(4096, events.length - i);
			for (int k = 0; k < n; k++) {
				long v = events[i + k];
				for (int j = 0; j < w; j++) b[k * w + j] = (byte) (v >>> (8 * j));
			}
			out.write(b, 0, n * w);
			i += n;
		}
	}

	private static void check(int length, int par) {
		if (length % par != 0) throw new IllegalArgumentException(length + " values are not a whole " +
			"number of events of " + par + " channels");
	}

	private void writeText(OutputStream out, char datatype, int bits, int rows) throws IOException {
		int par = names.size();
		long dataBytes = (long) rows * par * (bits / 8);
		Map<String, String> kw = new LinkedHashMap<>();
		String pad = String.format(Locale.ROOT, "%0" + OFFSET_DIGITS + "d", 0);
		kw.put("$BEGINDATA", pad);
		kw.put("$ENDDATA", pad);
		kw.put("$BEGINANALYSIS", "0");
		kw.put("$ENDANALYSIS", "0");
		kw.put("$BEGINSTEXT", "0");
		kw.put("$ENDSTEXT", "0");
		kw.put("$BYTEORD", "1,2,3,4");
		kw.put("$DATATYPE", String.valueOf(datatype));
		kw.put("$MODE", "L");
		kw.put("$NEXTDATA", "0");
		kw.put("$PAR", String.valueOf(par));
		kw.put("$TOT", String.valueOf(rows));
		for (int i = 0; i < par; i++) {
			String p = "$P" + (i + 1);
			kw.put(p + "N", names.get(i));
			if (labels[i] != null && !labels[i].isEmpty()) kw.put(p + "S", labels[i]);
			kw.put(p + "B", String.valueOf(bits));
			kw.put(p + "E", "0,0");
			kw.put(p + "R", num(ranges[i]));
		}
		for (Map.Entry<String, String> e : extra.entrySet()) {
			String k = e.getKey().toUpperCase(Locale.ROOT);
			if (!kw.containsKey(k) && e.getValue() != null && !e.getValue().isEmpty()) kw.put(k, e.getValue());
		}
		// TEXT length does not depend on the offsets' values: they are fixed-width
		long textStart = FcsHeader.LENGTH;
		long textLen = text(kw).length;
		long dataStart = textStart + textLen;
		long dataEnd = dataStart + dataBytes - 1; // start - 1 for an empty segment
		kw.put("$BEGINDATA", String.format(Locale.ROOT, "%0" + OFFSET_DIGITS + "d", dataStart));
		kw.put("$ENDDATA", String.format(Locale.ROOT, "%0" + OFFSET_DIGITS + "d", dataEnd));
		byte[] text = text(kw);
		StringBuilder h = new StringBuilder("FCS3.1    ");
		long[] o = { textStart, textStart + textLen - 1, dataStart, dataEnd, 0, 0 };
		boolean big = dataEnd > headerOffsetLimit;
		for (int i = 0; i < 6; i++) {
			long v = (big && (i == 2 || i == 3)) ? 0 : o[i];
			h.append(String.format(Locale.ROOT, "%8d", v));
		}
		out.write(h.toString().getBytes(StandardCharsets.US_ASCII));
		out.write(text);
	}

	private static byte[] text(Map<String, String> kw) {
		StringBuilder sb = new StringBuilder().append(DELIM);
		String d = String.valueOf(DELIM), dd = d + d;
		for (Map.Entry<String, String> e : kw.entrySet()) {
			// a leading or trailing delimiter would read as an escape of the separating one
			if (e.getValue().startsWith(d) || e.getValue().endsWith(d) || e.getKey().startsWith(d) ||
				e.getKey().endsWith(d)) throw new IllegalArgumentException("keyword " + e.getKey() +
					": keywords and values may not start or end with '" + d + "'");
			sb.append(e.getKey().replace(d, dd)).append(DELIM).append(e.getValue().replace(d, dd)).append(DELIM);
		}
		return sb.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String num(double v) {
		return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
	}
}
