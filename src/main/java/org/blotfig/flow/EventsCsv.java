package org.blotfig.flow;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes events as CSV, one column per channel ($PnN; a repeated name gets " [Pn]" appended so
 * every column is unique), either raw channel values or scaled values.
 */
public final class EventsCsv {

	private EventsCsv() {}

	/** Unique column names for a dataset's channels. */
	public static List<String> columnNames(FcsDataset ds) {
		Set<String> seen = new HashSet<>(), dup = new HashSet<>();
		for (FcsChannel c : ds.channels) if (!seen.add(c.name)) dup.add(c.name);
		List<String> out = new ArrayList<>();
		for (FcsChannel c : ds.channels) out.add(dup.contains(c.name) ? c.name + " [P" + c.number + "]" : c.name);
		return out;
	}

	public static void write(Writer out, FcsDataset ds, boolean scaled) throws IOException {
		write(out, ds, scaled, false);
	}

	/** With {@code compensate}, scaled values compensated by the file's spillover matrix. */
	public static void write(Writer out, FcsDataset ds, boolean scaled, boolean compensate) throws IOException {
		List<String> names = columnNames(ds);
		if (compensate) {
			double[][] cols = new double[ds.channels.size()][];
			for (int c = 0; c < cols.length; c++) cols[c] = ds.values(c, true);
			out.write(CsvText.line(names.toArray(new String[0])));
			String[] cells = new String[cols.length];
			for (int r = 0; r < ds.eventCount; r++) {
				for (int c = 0; c < cols.length; c++) cells[c] = CsvText.num(cols[c][r]);
				out.write(CsvText.line(cells));
			}
			return;
		}
		out.write(CsvText.line(names.toArray(new String[0])));
		FcsEvents ev = ds.events;
		int par = ds.channels.size();
		String[] cells = new String[par];
		boolean isFloat = ev instanceof FcsEvents.Floats;
		for (int r = 0; r < ev.rows; r++) {
			for (int c = 0; c < par; c++) {
				double raw = ev.raw(r, c);
				double v = scaled ? ds.channels.get(c).scale(raw) : raw;
				// float data as the shortest decimal that reads back to the same float
				cells[c] = !scaled && isFloat && v != Math.rint(v) ? Float.toString((float) v) : CsvText.num(v);
			}
			out.write(CsvText.line(cells));
		}
	}
}
