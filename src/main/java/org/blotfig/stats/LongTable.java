package org.blotfig.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.blotfig.core.InputException;

/**
 * A long ("tidy") data table: one value per line with a row factor (e.g. protein) and a column
 * factor (e.g. group), the layout Prism calls a grouped table. Levels keep the order of first
 * appearance, as in the oracle scripts, so the first column level is the control in
 * "each vs control" comparisons and differences are "column 1 - column 2".
 */
public final class LongTable {

	private final String source;
	private final List<String> rowLevels;
	private final List<String> colLevels;
	/** values[r][c] = the replicate values of cell (r, c), in input order. */
	private final double[][][] values;
	private final int size;

	private LongTable(String source, List<String> rowLevels, List<String> colLevels,
		double[][][] values, int size)
	{
		this.source = source;
		this.rowLevels = Collections.unmodifiableList(rowLevels);
		this.colLevels = Collections.unmodifiableList(colLevels);
		this.values = values;
		this.size = size;
	}

	/**
	 * Builds a table from parallel columns (e.g. {@code org.blotfig.io.LongCsv}).
	 * @param where locates each value in error messages (may be null)
	 */
	public static LongTable of(String source, List<String> row, List<String> col, List<Double> value,
		List<String> where)
	{
		Builder b = builder(source);
		for (int i = 0; i < value.size(); i++)
			b.add(row.get(i), col.get(i), value.get(i), where == null ? "value " + (i + 1) : where.get(i));
		return b.build();
	}

	/** @param source names the data (file or table) in error messages */
	public static Builder builder(String source) {
		return new Builder(source);
	}

	public String source() {
		return source;
	}

	public List<String> rowLevels() {
		return rowLevels;
	}

	public List<String> colLevels() {
		return colLevels;
	}

	public int rows() {
		return rowLevels.size();
	}

	public int cols() {
		return colLevels.size();
	}

	/** Number of values in the whole table. */
	public int size() {
		return size;
	}

	/** A copy of the values of one cell (may be empty). */
	public double[] cell(int row, int col) {
		return values[row][col].clone();
	}

	public int cellCount(int row, int col) {
		return values[row][col].length;
	}

	/**
	 * Collects values line by line; rejects non-finite values, empty tables and two labels of one
	 * factor that differ only in upper/lower case or spacing.
	 */
	public static final class Builder {
		private final String source;
		private final Map<String, Integer> rows = new LinkedHashMap<>();
		private final Map<String, Integer> cols = new LinkedHashMap<>();
		/** Where each row label and each group was first seen, for the message about look-alike labels. */
		private final Map<String, String> rowSeen = new java.util.HashMap<>(), colSeen = new java.util.HashMap<>();
		private final List<int[]> keys = new ArrayList<>();
		private final List<Double> vals = new ArrayList<>();

		private Builder(String source) {
			this.source = source;
		}

		/** Adds one value; {@code where} (e.g. "line 7") locates it in error messages. */
		public Builder add(String row, String col, double value, String where) {
			if (row == null || row.trim().isEmpty()) throw new InputException(source + ": " + where +
				": empty row label");
			if (col == null || col.trim().isEmpty()) throw new InputException(source + ": " + where +
				": empty column label");
			if (Double.isNaN(value) || Double.isInfinite(value)) throw new InputException(source + ": " +
				where + ": value " + value + " is not a finite number");
			Integer r = rows.get(row);
			if (r == null) {
				lookAlike(rowSeen, row, where, "row labels");
				rows.put(row, r = rows.size());
			}
			Integer c = cols.get(col);
			if (c == null) {
				lookAlike(colSeen, col, where, "groups");
				cols.put(col, c = cols.size());
			}
			keys.add(new int[] { r, c });
			vals.add(value);
			return this;
		}

		/**
		 * "Control" on one line and "control" on another are one group mistyped, not two: as two
		 * they would split the group's values silently (a bar of one replicate, comparisons that
		 * mean nothing). Refused, naming both; a new label is remembered in {@code seen} with where it was.
		 */
		private void lookAlike(Map<String, String> seen, String label, String where, String what) {
			String k = squeeze(label);
			for (Map.Entry<String, String> other : seen.entrySet())
				if (squeeze(other.getKey()).equals(k)) throw new InputException(source + ": " + what + " '" +
					other.getKey() + "' (" + other.getValue() + ") and '" + label + "' (" + where + ") differ only in " +
					"upper/lower case or spaces; write them the same if they are one, or differently");
			seen.put(label, where);
		}

		private static String squeeze(String s) {
			return s.trim().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
		}

		public Builder add(String row, String col, double value) {
			return add(row, col, value, "value " + (vals.size() + 1));
		}

		public LongTable build() {
			if (vals.isEmpty()) throw new InputException(source + ": no data values");
			int nr = rows.size(), nc = cols.size();
			int[][] counts = new int[nr][nc];
			for (int[] k : keys) counts[k[0]][k[1]]++;
			double[][][] v = new double[nr][nc][];
			for (int r = 0; r < nr; r++)
				for (int c = 0; c < nc; c++) v[r][c] = new double[counts[r][c]];
			int[][] fill = new int[nr][nc];
			for (int i = 0; i < keys.size(); i++) {
				int[] k = keys.get(i);
				v[k[0]][k[1]][fill[k[0]][k[1]]++] = vals.get(i);
			}
			return new LongTable(source, new ArrayList<>(rows.keySet()), new ArrayList<>(cols.keySet()),
				v, vals.size());
		}
	}
}
