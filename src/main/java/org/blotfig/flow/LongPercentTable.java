package org.blotfig.flow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.blotfig.core.InputException;
import org.blotfig.io.Csv;

/**
 * The generic long table of population percentages, one row per sample and population:
 * {@code sample,group,population,percent} (header required, any column order, extra columns
 * ignored; percent in 0..100). See test-images/flow/long_percent_example.csv.
 */
public final class LongPercentTable {

	public static final class Row {
		public final String sample, group, population;
		public final double percent;

		Row(String sample, String group, String population, double percent) {
			this.sample = sample;
			this.group = group;
			this.population = population;
			this.percent = percent;
		}
	}

	public static final String[] COLUMNS = { "sample", "group", "population", "percent" };

	public final Path source;
	public final List<Row> rows;

	private LongPercentTable(Path source, List<Row> rows) {
		this.source = source;
		this.rows = Collections.unmodifiableList(rows);
	}

	/** Reads a CSV file (see {@link #parse}). */
	public static LongPercentTable read(Path file) {
		List<List<String>> rows = CsvRows.read(file);
		return parse(file, rows.get(0), rows.subList(1, rows.size()));
	}

	public static LongPercentTable parse(Path source, List<String> header, List<List<String>> cells) {
		int[] idx = new int[4];
		for (int k = 0; k < 4; k++) {
			idx[k] = -1;
			for (int c = 0; c < header.size(); c++) {
				if (header.get(c).trim().toLowerCase(Locale.ROOT).equals(COLUMNS[k])) idx[k] = c;
			}
			if (idx[k] < 0) throw new InputException(source, "missing column '" + COLUMNS[k] +
				"' (need sample,group,population,percent; found: " + String.join(", ", header) + ")");
		}
		List<Row> rows = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int r = 0; r < cells.size(); r++) {
			List<String> row = cells.get(r);
			int line = r + 2;
			Csv.checkWidth(source, row, header.size(), line);
			String sample = cell(row, idx[0]), group = cell(row, idx[1]), pop = cell(row, idx[2]),
				p = cell(row, idx[3]);
			if (sample.isEmpty() && group.isEmpty() && pop.isEmpty() && p.isEmpty()) continue;
			if (sample.isEmpty()) throw new InputException(source, "line " + line + ": empty sample");
			if (pop.isEmpty()) throw new InputException(source, "line " + line + ": empty population");
			double v;
			try {
				v = Double.parseDouble(p.endsWith("%") ? p.substring(0, p.length() - 1).trim() : p);
			}
			catch (NumberFormatException e) {
				throw new InputException(source, "line " + line + ", column 'percent': " + Csv.notANumber(p));
			}
			if (!(v >= 0 && v <= 100)) throw new InputException(source, "line " + line +
				", column 'percent': " + p + " is outside 0..100");
			if (!seen.add(sample + "\u0000" + pop)) throw new InputException(source, "line " + line +
				": sample '" + sample + "' has population '" + pop + "' twice");
			rows.add(new Row(sample, group, pop, v));
		}
		return new LongPercentTable(source, rows);
	}

	private static String cell(List<String> row, int i) {
		return i < row.size() && row.get(i) != null ? row.get(i).trim() : "";
	}
}
