package org.blotfig.flow;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One dataset of an FCS file: its HEADER, keywords, channels, events (raw channel values) and
 * everything unusual the reader noticed (warnings).
 */
public final class FcsDataset {

	/** 1-based dataset number within the file. */
	public final int index;
	/** Absolute file offset of this dataset's HEADER; its offsets are relative to this. */
	public final long base;
	public final FcsHeader header;
	/** All keywords (TEXT, then supplemental TEXT), upper-cased, in file order. */
	public final Map<String, String> keywords;
	public final FcsText.Mode textMode;
	public final char delimiter;
	/** Number of distinct keywords in the primary TEXT. */
	public final int textPairs;
	public final List<FcsChannel> channels;
	public final char datatype;
	public final String byteOrder;
	/** "header" or "text": where the DATA offsets used came from. */
	public final String dataOffsetSource;
	/** DATA start and end (inclusive, as in the file), relative to {@link #base}. */
	public final long dataStart, dataEnd;
	public final int eventCount;
	/** Events, or null when only the metadata was read. */
	public final FcsEvents events;
	/** Integer values whose bits above the $PnR mask were set (and cleared). */
	public final long maskedValues;
	/** Spillover matrix, or null when the file has none (or none that could be read). */
	public final Spillover spillover;
	public final List<String> warnings;

	FcsDataset(int index, long base, FcsHeader header, FcsText text, Map<String, String> keywords,
		List<FcsChannel> channels, char datatype, String byteOrder, String dataOffsetSource,
		long dataStart, long dataEnd, int eventCount, FcsEvents events, long maskedValues,
		Spillover spillover, List<String> warnings)
	{
		this.index = index;
		this.base = base;
		this.header = header;
		this.keywords = Collections.unmodifiableMap(keywords);
		this.textMode = text.mode;
		this.delimiter = text.delimiter;
		this.textPairs = text.pairs;
		this.channels = Collections.unmodifiableList(channels);
		this.datatype = datatype;
		this.byteOrder = byteOrder;
		this.dataOffsetSource = dataOffsetSource;
		this.dataStart = dataStart;
		this.dataEnd = dataEnd;
		this.eventCount = eventCount;
		this.events = events;
		this.maskedValues = maskedValues;
		this.spillover = spillover;
		this.warningList = warnings;
		this.warnings = Collections.unmodifiableList(warnings);
	}

	private final List<String> warningList;

	/** Adds a warning found after construction (e.g. while following $NEXTDATA). */
	void warn(String w) {
		warningList.add(w);
	}

	public String version() {
		return header.version;
	}

	/** A keyword's value (case-insensitive key), or null. */
	public String keyword(String key) {
		return keywords.get(key.toUpperCase(Locale.ROOT));
	}

	/**
	 * The 0-based index of a channel given by $PnN, by $PnS, or by its 1-based number; -1 when
	 * no channel matches. Names are matched exactly first, then ignoring case.
	 */
	public int channelIndex(String ref) {
		String r = ref.trim();
		for (FcsChannel c : channels) if (c.name.equals(r)) return c.number - 1;
		for (FcsChannel c : channels) if (r.equals(c.label)) return c.number - 1;
		for (FcsChannel c : channels) if (c.name.equalsIgnoreCase(r)) return c.number - 1;
		for (FcsChannel c : channels) if (c.label != null && c.label.equalsIgnoreCase(r)) return c.number - 1;
		if (r.matches("[0-9]{1,6}")) {
			int n = Integer.parseInt(r);
			if (n >= 1 && n <= channels.size()) return n - 1;
		}
		return -1;
	}

	/** Raw channel values of one parameter (0-based). */
	public double[] raw(int col) {
		requireEvents();
		return events.column(col);
	}

	/** Scaled values ($PnE / $PnG / $TIMESTEP decoded) of one parameter (0-based). */
	public double[] values(int col) {
		requireEvents();
		FcsChannel c = channels.get(col);
		double[] v = events.column(col);
		for (int i = 0; i < v.length; i++) v[i] = c.scale(v[i]);
		return v;
	}

	/**
	 * Scaled values of one parameter, compensated with the file's spillover matrix when
	 * {@code compensate} is set (channels outside the matrix are returned as scaled values).
	 *
	 * @throws org.blotfig.core.InputException when compensation is asked for but the file has no
	 *           usable spillover matrix
	 */
	public double[] values(int col, boolean compensate) {
		if (!compensate) return values(col);
		if (spillover == null) throw new org.blotfig.core.InputException("dataset " + index +
			" has no usable spillover matrix ($SPILLOVER, SPILL or $COMP) to compensate with");
		int k = -1;
		for (int i = 0; i < spillover.channels.length; i++) if (spillover.channels[i] == col) k = i;
		if (k < 0) return values(col);
		double[] inv = spillover.inverseColumn(k);
		double[] out = new double[eventCount];
		for (int i = 0; i < spillover.channels.length; i++) {
			if (inv[i] == 0) continue;
			double[] v = values(spillover.channels[i]);
			for (int r = 0; r < out.length; r++) out[r] += v[r] * inv[i];
		}
		return out;
	}

	private void requireEvents() {
		if (events == null) throw new IllegalStateException("events were not read");
	}
}
