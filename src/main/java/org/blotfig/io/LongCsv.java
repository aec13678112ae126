package org.blotfig.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.blotfig.core.InputException;

/**
 * Reads a long statistics table {@code row,col[,rep],value} (the layout of the stats oracles):
 * one value per line with its row factor level (e.g. protein) and column factor level (group).
 * Returns plain columns; {@code org.blotfig.stats.LongTable} is built from them by the caller.
 */
public final class LongCsv {

	public final Path file;
	public final List<String> row = new ArrayList<>();
	public final List<String> col = new ArrayList<>();
	public final List<Double> value = new ArrayList<>();
	/** "line N" for each value, for error messages. */
	public final List<String> where = new ArrayList<>();

	private LongCsv(Path file) {
		this.file = file;
	}

	/** @throws InputException for a missing file/column, an empty label, a non-number or no data */
	public static LongCsv read(Path file) {
		Csv.Table t = Csv.read(file);
		for (String c : new String[] { "row", "col", "value" })
			// a Prism or Excel sheet is usually wide (a column per group): say what the long layout is
			if (!t.has(c)) throw new InputException(file, "missing column '" + c + "' (found: " + String.join(", ",
				t.header) + "); the table needs one value per line, with columns row (e.g. the protein), col (the " +
				"group) and value, e.g. P53,control,1.02");
		LongCsv out = new LongCsv(file);
		for (CSVRecord r : t.rows) {
			String line = "line " + (r.getRecordNumber() + 1);
			String rl = t.get(r, "row"), cl = t.get(r, "col");
			if (rl.isEmpty()) throw new InputException(file, line + ": empty 'row' label");
			if (cl.isEmpty()) throw new InputException(file, line + ": empty 'col' label");
			out.row.add(rl);
			out.col.add(cl);
			out.value.add(t.number(r, "value"));
			out.where.add(line);
		}
		if (out.value.isEmpty()) throw new InputException(file, "no data lines");
		return out;
	}
}
