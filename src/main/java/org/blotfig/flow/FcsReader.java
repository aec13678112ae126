package org.blotfig.flow;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.blotfig.core.InputException;

/**
 * Reads FCS 2.0, 3.0, 3.1 (and 3.2) list-mode files. Every malformed input ends in one
 * {@link InputException} naming the file, the field and its byte offset; anything unusual but
 * readable (offset disagreements, off-by-one DATA ends, bits above $PnR, duplicate keywords) is
 * recorded in {@link FcsDataset#warnings}.
 *
 * <p>Only the HEADER, TEXT and the DATA segment are read; DATA goes once, chunk by chunk, into
 * the event array.
 */
public final class FcsReader {

	private FcsReader() {}

	/** Reads all datasets with their events. */
	public static FcsFile read(Path file) {
		return read(file, true);
	}

	/** Reads all datasets; with {@code events == false} only metadata (fast, for "fcs info"). */
	public static FcsFile read(Path file, boolean events) {
		try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
			return new Session(file, ch, events).readAll();
		}
		catch (NoSuchFileException e) {
			throw new InputException(file, "file not found");
		}
		catch (IOException e) {
			throw new InputException(file, "cannot read: " + e.getMessage(), e);
		}
		catch (OutOfMemoryError e) {
			throw new InputException(file, "too many events to hold in memory; raise -Xmx", e);
		}
	}

	private static final class Session {
		final Path file;
		final FileChannel ch;
		final boolean withEvents;
		final long size;

		Session(Path file, FileChannel ch, boolean withEvents) throws IOException {
			this.file = file;
			this.ch = ch;
			this.withEvents = withEvents;
			this.size = ch.size();
		}

		FcsFile readAll() throws IOException {
			List<FcsDataset> out = new ArrayList<>();
			long base = 0;
			while (true) {
				FcsDataset ds = readDataset(out.size() + 1, base);
				out.add(ds);
				long next = parseLong(ds.keywords, "$NEXTDATA", 0, base, ds.header.textStart);
				if (next <= 0) break;
				long nb = base + next;
				if (nb + FcsHeader.LENGTH > size) {
					ds.warn("$NEXTDATA points to byte " + nb +
						", beyond the end of the file (" + size + " bytes); further datasets ignored");
					break;
				}
				if (out.size() >= 10000) break;
				base = nb;
			}
			return new FcsFile(file, out);
		}

		byte[] readBytes(long pos, long len, String field, long fieldOffset) throws IOException {
			if (len < 0 || len > Integer.MAX_VALUE - 16) throw FcsErrors.at(file, field, fieldOffset,
				"impossible segment length " + len);
			if (pos < 0 || pos + len > size) throw FcsErrors.at(file, field, fieldOffset,
				"segment at bytes " + pos + "-" + (pos + len - 1) + " lies beyond the end of the file (" +
					size + " bytes)");
			ByteBuffer buf = ByteBuffer.allocate((int) len);
			long p = pos;
			while (buf.hasRemaining()) {
				int n = ch.read(buf, p);
				if (n < 0) break;
				p += n;
			}
			return buf.array();
		}

		long parseLong(Map<String, String> kw, String key, long dflt, long base, long textStart) {
			String v = kw.get(key);
			if (v == null || v.trim().isEmpty()) return dflt;
			try {
				return Long.parseLong(v.trim());
			}
			catch (NumberFormatException e) {
				throw FcsErrors.at(file, "TEXT keyword " + key, base + textStart,
					"'" + v + "' is not a whole number");
			}
		}

		FcsDataset readDataset(int index, long base) throws IOException {
			String dsName = index > 1 ? "dataset " + index + " " : "";
			if (size < base + 10) {
				byte[] b = readBytes(base, size - base, dsName + "HEADER", base);
				FcsHeader.parse(file, b, b.length, base); // throws "not an FCS file"
			}
			byte[] hb = readBytes(base, Math.min(FcsHeader.LENGTH, size - base), dsName + "HEADER", base);
			FcsHeader h = FcsHeader.parse(file, hb, hb.length, base);
			List<String> warnings = new ArrayList<>();

			// TEXT
			if (h.textStart == 0 && h.textEnd == 0) throw FcsErrors.at(file,
				dsName + "HEADER TEXT offsets", base + 10, "no TEXT segment (offsets are 0)");
			if (h.textEnd < h.textStart) throw FcsErrors.at(file, dsName + "HEADER TEXT end offset",
				base + 18, "TEXT ends (" + h.textEnd + ") before it starts (" + h.textStart + ")");
			long ts = base + h.textStart;
			byte[] tb = readBytes(ts, h.textEnd - h.textStart + 1, dsName + "TEXT segment", ts);
			FcsText text = FcsText.parse(tb);
			Map<String, String> kw = new LinkedHashMap<>(text.keywords);
			if (text.mode == FcsText.Mode.EMPTY_VALUE) warnings.add(
				"TEXT uses doubled delimiters for empty values (not as escapes), as CellQuest writes");
			for (String d : text.duplicates) warnings.add("keyword " + d + " occurs more than once; last value used");

			// supplemental TEXT (FCS 3.x)
			long ss = parseLongSoft(kw, "$BEGINSTEXT"), se = parseLongSoft(kw, "$ENDSTEXT");
			if (ss > 0 && se >= ss && ss != h.textStart) {
				if (base + se >= size) warnings.add("supplemental TEXT " + ss + "-" + se +
					" lies beyond the end of the file; ignored");
				else {
					byte[] sb = readBytes(base + ss, se - ss + 1, dsName + "supplemental TEXT", base + ss);
					if (!FcsText.looksLikeText(sb)) warnings.add("supplemental TEXT " + ss + "-" + se +
						" is not keyword text (binary content); ignored");
					else {
						FcsText st = FcsText.parse(sb);
						int added = 0;
						for (Map.Entry<String, String> e : st.keywords.entrySet()) {
							if (!kw.containsKey(e.getKey())) {
								kw.put(e.getKey(), e.getValue());
								added++;
							}
						}
						if (added < st.keywords.size()) warnings.add((st.keywords.size() - added) +
							" supplemental TEXT keywords repeat TEXT keywords; the TEXT values are kept");
					}
				}
			}

			String textField = dsName + "TEXT keyword ";
			String mode = kw.getOrDefault("$MODE", "L").trim().toUpperCase(Locale.ROOT);
			if (!mode.equals("L")) throw FcsErrors.at(file, textField + "$MODE", ts,
				"mode '" + mode + "' (histogram data) is not supported; only list mode (L) is");
			int par = (int) requireCount(kw, "$PAR", ts, textField, 1, 100000);
			String dtText = require(kw, "$DATATYPE", ts, textField).trim().toUpperCase(Locale.ROOT);
			if (dtText.length() != 1 || "IFDA".indexOf(dtText.charAt(0)) < 0) throw FcsErrors.at(file,
				textField + "$DATATYPE", ts, "'" + dtText + "' is not one of I, F, D, A");
			char dt = dtText.charAt(0);
			String bo = require(kw, "$BYTEORD", ts, textField).trim().replace(" ", "");
			ByteOrder order;
			if (bo.startsWith("1,2")) order = ByteOrder.LITTLE_ENDIAN;
			else if (bo.equals("2,1") || bo.equals("4,3,2,1") || bo.equals("8,7,6,5,4,3,2,1"))
				order = ByteOrder.BIG_ENDIAN;
			else throw FcsErrors.at(file, textField + "$BYTEORD", ts, "byte order '" + bo +
				"' is not supported (only 1,2,3,4 and 4,3,2,1 style orders)");

			List<FcsChannel> chans = channels(kw, par, dt, ts, textField, warnings);
			Spillover spill = Spillover.fromKeywords(kw, chans, warnings);

			long rowBits = 0;
			for (FcsChannel c : chans) rowBits += c.bits;
			long rowBytes = dt == 'A' ? 0 : rowBits / 8;

			// DATA offsets: HEADER, or TEXT when the HEADER says 0 (FCS 3.x above 99,999,999)
			long hs = h.dataStart, he = h.dataEnd;
			long tsd = parseLongSoft(kw, "$BEGINDATA"), ted = parseLongSoft(kw, "$ENDDATA");
			boolean headerGiven = !(hs == 0 && he == 0);
			boolean textGiven = tsd >= 0 && ted >= 0 && !(tsd == 0 && ted == 0);
			String totText = kw.get("$TOT");
			long tot = totText == null ? -1 : requireCount(kw, "$TOT", ts, textField, 0, Long.MAX_VALUE);
			long expected = tot >= 0 && rowBytes > 0 ? tot * rowBytes : -1;
			long ds, de;
			String source;
			if (!headerGiven && !textGiven) {
				if (tot == 0) return new FcsDataset(index, base, h, text, kw, chans, dt, bo, "header", 0, 0, 0,
					withEvents ? new FcsEvents.Doubles(0, par) : null, 0, spill, warnings);
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
				// they disagree: use the one whose length fits $TOT x row size (TEXT on a tie)
				boolean textFits = fits(tsd, ted, expected), headerFits = fits(hs, he, expected);
				boolean useText = textFits || !headerFits;
				ds = useText ? tsd : hs;
				de = useText ? ted : he;
				source = useText ? "text" : "header";
				warnings.add("HEADER data " + hs + "-" + he + " vs TEXT " + tsd + "-" + ted +
					"; used " + source);
			}
			long dataField = source.equals("header") ? base + 26 : ts;
			String dataName = source.equals("header") ? dsName + "HEADER DATA offsets" :
				textField + "$BEGINDATA/$ENDDATA";
			// an empty segment is written as end = start - 1
			if (de < ds - 1) throw FcsErrors.at(file, dataName, dataField, "DATA ends (" + de +
				") before it starts (" + ds + ")");
			long len = de - ds + 1;
			if (tot < 0) {
				if (rowBytes == 0) throw FcsErrors.at(file, textField + "$TOT", ts,
					"missing (required for ASCII data)");
				tot = len / rowBytes;
				expected = tot * rowBytes;
				warnings.add("$TOT missing; " + tot + " events inferred from the DATA length");
			}
			if (expected >= 0) {
				if (len == expected + 1) warnings.add("DATA end offset +1 (off-by-one): segment " + ds +
					"-" + de + " is one byte longer than $TOT x row size");
				else if (len < expected) throw FcsErrors.at(file, dataName, dataField, "DATA segment " +
					ds + "-" + de + " holds " + len + " bytes but $TOT (" + tot + ") events of " + rowBytes +
					" bytes need " + expected);
				else if (len > expected) warnings.add("DATA segment has " + (len - expected) +
					" bytes beyond $TOT x row size; ignored");
			}
			long need = expected >= 0 ? expected : len;
			if (base + ds + need > size) throw FcsErrors.at(file, dataName, dataField,
				"DATA segment " + (base + ds) + "-" + (base + ds + need - 1) +
					" lies beyond the end of the file (" + size + " bytes; truncated file?)");
			if (tot * (long) par > Integer.MAX_VALUE - 8) throw FcsErrors.at(file, textField + "$TOT",
				ts, tot + " events x " + par + " parameters is too many for one array");

			FcsEvents events = null;
			long masked = 0;
			if (withEvents && tot > 0) {
				FcsDataDecoder.Decoded d = new FcsDataDecoder(file, ch).decode(base + ds, len, dt, order,
					chans.toArray(new FcsChannel[0]), (int) tot);
				events = d.events;
				masked = d.maskedValues;
				if (masked > 0) warnings.add(masked + " integer values had bits set above $PnR and were " +
					"masked (mask = next power of two of $PnR, minus 1)");
			}
			else if (withEvents) events = new FcsEvents.Doubles(0, par);
			return new FcsDataset(index, base, h, text, kw, chans, dt, bo, source, ds, de, (int) tot,
				events, masked, spill, warnings);
		}

		private boolean fits(long s, long e, long expected) {
			if (expected < 0) return e >= s;
			long len = e - s + 1;
			return len == expected || len == expected + 1;
		}

		long parseLongSoft(Map<String, String> kw, String key) {
			String v = kw.get(key);
			if (v == null) return -1;
			try {
				return Long.parseLong(v.trim());
			}
			catch (NumberFormatException e) {
				return -1;
			}
		}

		String require(Map<String, String> kw, String key, long ts, String field) {
			String v = kw.get(key);
			if (v == null) throw FcsErrors.at(file, field + key, ts, "missing required keyword");
			return v;
		}

		long requireCount(Map<String, String> kw, String key, long ts, String field, long min, long max) {
			String v = require(kw, key, ts, field).trim();
			long n;
			try {
				n = Long.parseLong(v);
			}
			catch (NumberFormatException e) {
				throw FcsErrors.at(file, field + key, ts, "'" + v + "' is not a whole number");
			}
			if (n < min || n > max) throw FcsErrors.at(file, field + key, ts, n + " is outside " + min +
				".." + max);
			return n;
		}

		List<FcsChannel> channels(Map<String, String> kw, int par, char dt, long ts, String field,
			List<String> warnings)
		{
			double timestep = Double.NaN;
			String tsText = kw.get("$TIMESTEP");
			if (tsText != null) {
				try {
					timestep = Double.parseDouble(tsText.trim());
					if (!(timestep > 0) || Double.isInfinite(timestep)) throw new NumberFormatException();
				}
				catch (NumberFormatException e) {
					warnings.add("$TIMESTEP '" + tsText + "' is not a positive number; time left unscaled");
					timestep = Double.NaN;
				}
			}
			List<FcsChannel> out = new ArrayList<>();
			for (int n = 1; n <= par; n++) {
				String p = "$P" + n;
				String name = kw.get(p + "N");
				if (name == null || name.trim().isEmpty()) {
					warnings.add(p + "N missing; channel named P" + n);
					name = "P" + n;
				}
				name = name.trim();
				String label = kw.get(p + "S");
				if (label != null) label = label.trim();
				String bText = require(kw, p + "B", ts, field).trim();
				int bits;
				if (dt == 'A' && bText.equals("*")) bits = 0;
				else {
					try {
						bits = Integer.parseInt(bText);
					}
					catch (NumberFormatException e) {
						throw FcsErrors.at(file, field + p + "B", ts, "'" + bText + "' is not a bit count");
					}
				}
				if (dt == 'I' && (bits < 8 || bits > 64 || bits % 8 != 0)) throw FcsErrors.at(file,
					field + p + "B", ts, bits + " bits: integer widths must be 8, 16, 24, 32, 40, 48, 56 or 64");
				if (dt == 'F' && bits != 32) throw FcsErrors.at(file, field + p + "B", ts, bits +
					" bits: $DATATYPE F needs 32");
				if (dt == 'D' && bits != 64) throw FcsErrors.at(file, field + p + "B", ts, bits +
					" bits: $DATATYPE D needs 64");
				if (dt == 'A' && bits < 0) throw FcsErrors.at(file, field + p + "B", ts, "negative width");
				String rText = kw.get(p + "R");
				double range = Double.NaN;
				if (rText != null) {
					try {
						range = Double.parseDouble(rText.trim());
					}
					catch (NumberFormatException e) {
						warnings.add(p + "R '" + rText + "' is not a number");
					}
				}
				long mask = -1L;
				if (dt == 'I') {
					long widthMask = bits == 64 ? -1L : (1L << bits) - 1;
					mask = widthMask;
					if (range > 0) {
						int k = 0;
						while (k < 64 && Math.pow(2, k) < range) k++;
						if (k < bits) mask = (1L << k) - 1;
					}
					else warnings.add(p + "R missing or not positive; no bit mask applied to " + name);
				}
				// $PnE: decades, offset (f2 = 0 read as 1, as FCS 2.0 instruments write "4,0")
				String eText = kw.get(p + "E");
				double dec = 0, off = 1;
				if (eText != null) {
					String[] f = eText.trim().split(",");
					try {
						dec = Double.parseDouble(f[0].trim());
						off = f.length > 1 ? Double.parseDouble(f[1].trim()) : 0;
					}
					catch (NumberFormatException e) {
						warnings.add(p + "E '" + eText + "' is not 'f1,f2'; channel read as linear");
						dec = 0;
					}
					if (off == 0) off = 1;
					if (dec < 0 || Double.isNaN(dec)) dec = 0;
					if (dec > 0 && (dt == 'F' || dt == 'D')) {
						warnings.add(p + "E '" + eText + "' ignored: floating-point data are already linear values");
						dec = 0;
					}
					if (dec > 0 && !(range > 0)) {
						warnings.add(p + "E log scaling needs $PnR; channel read as linear");
						dec = 0;
					}
				}
				String gText = kw.get(p + "G");
				double gain = 1;
				if (gText != null && !gText.trim().isEmpty()) {
					try {
						gain = Double.parseDouble(gText.trim());
					}
					catch (NumberFormatException e) {
						warnings.add(p + "G '" + gText + "' is not a number; gain ignored");
						gain = 1;
					}
					if (!(gain > 0) || Double.isInfinite(gain)) {
						warnings.add(p + "G '" + gText + "' is not positive; gain ignored");
						gain = 1;
					}
					if (dec > 0 && gain != 1) {
						warnings.add(p + "G ignored on log channel " + name + " ($PnG applies to linear channels)");
						gain = 1;
					}
				}
				double step = 1;
				if (name.equalsIgnoreCase("time") && !Double.isNaN(timestep) && dec == 0) step = timestep;
				out.add(new FcsChannel(n, name, label, bits, rText, range, eText, dec, off, gText, gain,
					step, mask));
			}
			return out;
		}
	}
}
