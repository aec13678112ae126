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
		if (java.nio.file.Files.isDirectory(file)) throw new InputException(file, "is a folder, not an FCS file");
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

	static final class Session {
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

			List<FcsChannel> chans = FcsChannels.parse(file, kw, par, dt, ts, textField, warnings);
			Spillover spill = Spillover.fromKeywords(kw, chans, warnings);

			long rowBits = 0;
			for (FcsChannel c : chans) rowBits += c.bits;
			long rowBytes = dt == 'A' ? 0 : rowBits / 8;

			String totText = kw.get("$TOT");
			long tot = totText == null ? -1 : requireCount(kw, "$TOT", ts, textField, 0, Long.MAX_VALUE);
			DataSegment seg = DataSegment.locate(file, size, base, h, kw, tot, rowBytes, ts, dsName, warnings);
			if (seg == null) return new FcsDataset(index, base, h, text, kw, chans, dt, bo, "header", 0, 0, 0,
				withEvents ? new FcsEvents.Doubles(0, par) : null, 0, spill, warnings);
			tot = seg.events;
			long ds = seg.start, de = seg.end, len = de - ds + 1;
			String source = seg.source;
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

		static long parseLongSoft(Map<String, String> kw, String key) {
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

	}
}
