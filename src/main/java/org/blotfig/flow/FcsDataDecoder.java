package org.blotfig.flow;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Decodes a list-mode DATA segment straight into the event array. The segment is read in
 * row-aligned chunks of about 1 MiB, so memory is the event array plus one chunk: no copy of the
 * whole segment is ever held.
 */
final class FcsDataDecoder {

	private static final int CHUNK = 1 << 20;

	private final Path file;
	private final FileChannel ch;

	FcsDataDecoder(Path file, FileChannel ch) {
		this.file = file;
		this.ch = ch;
	}

	/** Result: the events and how many integer values the $PnR bit mask changed. */
	static final class Decoded {
		final FcsEvents events;
		final long maskedValues;

		Decoded(FcsEvents events, long maskedValues) {
			this.events = events;
			this.maskedValues = maskedValues;
		}
	}

	Decoded decode(long start, long length, char datatype, ByteOrder order, FcsChannel[] chans,
		int rows) throws IOException
	{
		int par = chans.length;
		switch (datatype) {
			case 'F': {
				FcsEvents.Floats ev = new FcsEvents.Floats(rows, par);
				readFloats(start, ev.v, order);
				return new Decoded(ev, 0);
			}
			case 'D': {
				FcsEvents.Doubles ev = new FcsEvents.Doubles(rows, par);
				readDoubles(start, ev.v, order);
				return new Decoded(ev, 0);
			}
			case 'I':
				return readInts(start, order, chans, rows);
			case 'A':
				return readAscii(start, length, chans, rows);
			default:
				throw new IllegalStateException("datatype " + datatype);
		}
	}

	/** Reads exactly buf.remaining() bytes at the given position (or fails on end of file). */
	private void readFully(ByteBuffer buf, long pos) throws IOException {
		while (buf.hasRemaining()) {
			int n = ch.read(buf, pos);
			if (n < 0) throw FcsErrors.at(file, "DATA segment", pos,
				"file ends before the DATA segment does (truncated file?)");
			pos += n;
		}
	}

	private void readFloats(long start, float[] out, ByteOrder order) throws IOException {
		ByteBuffer buf = ByteBuffer.allocate(CHUNK).order(order);
		int done = 0;
		long pos = start;
		while (done < out.length) {
			int n = Math.min(CHUNK / 4, out.length - done);
			buf.clear().limit(n * 4);
			readFully(buf, pos);
			buf.flip();
			buf.asFloatBuffer().get(out, done, n);
			done += n;
			pos += 4L * n;
		}
	}

	private void readDoubles(long start, double[] out, ByteOrder order) throws IOException {
		ByteBuffer buf = ByteBuffer.allocate(CHUNK).order(order);
		int done = 0;
		long pos = start;
		while (done < out.length) {
			int n = Math.min(CHUNK / 8, out.length - done);
			buf.clear().limit(n * 8);
			readFully(buf, pos);
			buf.flip();
			buf.asDoubleBuffer().get(out, done, n);
			done += n;
			pos += 8L * n;
		}
	}

	private Decoded readInts(long start, ByteOrder order, FcsChannel[] chans, int rows)
		throws IOException
	{
		int par = chans.length;
		int[] width = new int[par];
		long[] mask = new long[par];
		int rowBytes = 0;
		boolean fitsInt = true;
		for (int c = 0; c < par; c++) {
			width[c] = chans[c].bits / 8;
			mask[c] = chans[c].mask;
			rowBytes += width[c];
			if (mask[c] < 0 || mask[c] > Integer.MAX_VALUE) fitsInt = false;
		}
		FcsEvents ev = fitsInt ? new FcsEvents.Ints(rows, par) : new FcsEvents.Longs(rows, par);
		int[] iv = fitsInt ? ((FcsEvents.Ints) ev).v : null;
		long[] lv = fitsInt ? null : ((FcsEvents.Longs) ev).v;
		boolean little = order == ByteOrder.LITTLE_ENDIAN;
		int rowsPerChunk = Math.max(1, CHUNK / rowBytes);
		ByteBuffer buf = ByteBuffer.allocate(rowsPerChunk * rowBytes);
		byte[] b = buf.array();
		long masked = 0;
		long pos = start;
		int row = 0;
		while (row < rows) {
			int n = Math.min(rowsPerChunk, rows - row);
			buf.clear().limit(n * rowBytes);
			readFully(buf, pos);
			pos += (long) n * rowBytes;
			int p = 0;
			for (int r = 0; r < n; r++) {
				int base = (row + r) * par;
				for (int c = 0; c < par; c++) {
					int w = width[c];
					long x = 0;
					if (little) {
						for (int k = w - 1; k >= 0; k--) x = (x << 8) | (b[p + k] & 0xffL);
					}
					else {
						for (int k = 0; k < w; k++) x = (x << 8) | (b[p + k] & 0xffL);
					}
					p += w;
					long m = x & mask[c];
					if (m != x) masked++;
					if (iv != null) iv[base + c] = (int) m;
					else lv[base + c] = m;
				}
			}
			row += n;
		}
		return new Decoded(ev, masked);
	}

	/** Legacy ASCII data: fixed-width fields of $PnB characters, or delimited when $PnB is "*". */
	private Decoded readAscii(long start, long length, FcsChannel[] chans, int rows)
		throws IOException
	{
		if (length > Integer.MAX_VALUE) throw FcsErrors.at(file, "DATA segment", start,
			"ASCII data segment too large (" + length + " bytes)");
		ByteBuffer buf = ByteBuffer.allocate((int) length);
		readFully(buf, start);
		String s = new String(buf.array(), StandardCharsets.US_ASCII);
		int par = chans.length;
		FcsEvents.Doubles ev = new FcsEvents.Doubles(rows, par);
		boolean delimited = chans[0].bits == 0;
		int p = 0;
		for (int i = 0; i < rows * par; i++) {
			String tok;
			if (delimited) {
				while (p < s.length() && isSep(s.charAt(p))) p++;
				int q = p;
				while (q < s.length() && !isSep(s.charAt(q))) q++;
				tok = s.substring(p, q);
				p = q;
			}
			else {
				int w = chans[i % par].bits;
				tok = p + w <= s.length() ? s.substring(p, p + w) : "";
				p += w;
			}
			try {
				ev.v[i] = Double.parseDouble(tok.trim());
			}
			catch (NumberFormatException e) {
				throw FcsErrors.at(file, "DATA segment (ASCII value " + (i + 1) + ")", start + p,
					"'" + tok.trim() + "' is not a number");
			}
		}
		return new Decoded(ev, 0);
	}

	private static boolean isSep(char c) {
		return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',';
	}
}
