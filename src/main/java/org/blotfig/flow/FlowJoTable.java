package org.blotfig.flow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.blotfig.core.InputException;
import org.blotfig.io.Csv;

/**
 * A FlowJo-style exported statistics table: one row per sample (first column), one column per
 * population statistic, headed "Path/To/Gate | Statistic" such as
 * {@code Lymphocytes/Q2: FL1-H+ , FL2-H+ | Freq. of Parent (%)}; trailing "Mean" and "SD" rows
 * are summaries, not samples. Quadrant gates are identified by the +/- sign of each marker in the
 * gate name, never by FlowJo's Q number (Q numbering changes with FlowJo version and rotation).
 *
 * <p>The caller reads the CSV (header and cells); this class only interprets it.
 */
public final class FlowJoTable {

	/** One cell: sample x population statistic. */
	public static final class Cell {
		public final String sample;
		/** Population path, e.g. "Lymphocytes/Q2: FL1-H+ , FL2-H+" ("" for whole-sample statistics). */
		public final String population;
		/** Statistic without " (%)", e.g. "Freq. of Parent", "Count". */
		public final String statistic;
		/** True for frequencies (percent units). */
		public final boolean percent;
		/** Marker signs from the last gate name: channel to '+' or '-' (empty when none). */
		public final Map<String, Character> markers;
		public final double value;

		Cell(String sample, String population, String statistic, boolean percent,
			Map<String, Character> markers, double value)
		{
			this.sample = sample;
			this.population = population;
			this.statistic = statistic;
			this.percent = percent;
			this.markers = Collections.unmodifiableMap(markers);
			this.value = value;
		}
	}

	public final Path source;
	public final List<Cell> cells;
	/** Cells of the "Mean" and "SD" rows (their sample is "Mean" or "SD"). */
	public final List<Cell> summary;

	private FlowJoTable(Path source, List<Cell> cells, List<Cell> summary) {
		this.source = source;
		this.cells = Collections.unmodifiableList(cells);
		this.summary = Collections.unmodifiableList(summary);
	}

	/** Reads a CSV file (see {@link #parse}). */
	public static FlowJoTable read(Path file) {
		List<List<String>> rows = CsvRows.read(file);
		return parse(file, rows.get(0), rows.subList(1, rows.size()));
	}

	public static FlowJoTable parse(Path source, List<String> header, List<List<String>> rows) {
		if (header.size() < 2) throw new InputException(source,
			"a FlowJo table needs a sample column and at least one statistic column");
		List<Cell> cells = new ArrayList<>(), summary = new ArrayList<>();
		String[] pops = new String[header.size()], stats = new String[header.size()];
		boolean[] pct = new boolean[header.size()];
		List<Map<String, Character>> markers = new ArrayList<>();
		markers.add(null);
		for (int c = 1; c < header.size(); c++) {
			String h = header.get(c).trim();
			int bar = h.lastIndexOf('|');
			String pop = bar >= 0 ? h.substring(0, bar).trim() : "";
			String stat = bar >= 0 ? h.substring(bar + 1).trim() : h;
			boolean p = stat.contains("%") || stat.toLowerCase(Locale.ROOT).startsWith("freq");
			stat = stat.replace("(%)", "").trim();
			pops[c] = pop;
			stats[c] = stat;
			pct[c] = p;
			markers.add(markers(pop));
		}
		for (int r = 0; r < rows.size(); r++) {
			List<String> row = rows.get(r);
			if (row.isEmpty() || row.get(0).trim().isEmpty() && allEmpty(row)) continue;
			Csv.checkWidth(source, row, header.size(), r + 2);
			String sample = row.get(0).trim();
			boolean isSummary = sample.equalsIgnoreCase("Mean") || sample.equalsIgnoreCase("SD");
			for (int c = 1; c < header.size(); c++) {
				String s = c < row.size() ? row.get(c).trim() : "";
				double v = number(source, s, r + 2, header.get(c));
				Cell cell = new Cell(sample, pops[c], stats[c], pct[c], markers.get(c), v);
				(isSummary ? summary : cells).add(cell);
			}
		}
		return new FlowJoTable(source, cells, summary);
	}

	private static boolean allEmpty(List<String> row) {
		for (String s : row) if (!s.trim().isEmpty()) return false;
		return true;
	}

	private static double number(Path source, String s, int line, String column) {
		if (s.isEmpty()) return Double.NaN;
		String t = s.endsWith("%") ? s.substring(0, s.length() - 1).trim() : s;
		try {
			double v = Double.parseDouble(t);
			if (Double.isInfinite(v)) throw new NumberFormatException();
			return v;
		}
		catch (NumberFormatException e) {
			throw new InputException(source, "line " + line + ", column '" + column + "': " + Csv.notANumber(s));
		}
	}

	/**
	 * Marker signs from the last gate of a path: "Q2: FL1-H+ , FL2-H+" gives {FL1-H=+, FL2-H=+}.
	 * A gate whose name does not end in signed markers gives an empty map.
	 */
	static Map<String, Character> markers(String population) {
		Map<String, Character> out = new LinkedHashMap<>();
		String gate = population.substring(population.lastIndexOf('/') + 1).trim();
		int colon = gate.indexOf(':');
		String body = colon >= 0 ? gate.substring(colon + 1) : gate;
		String[] parts = body.split(",");
		for (String part : parts) {
			String p = part.trim();
			if (p.length() < 2) return new LinkedHashMap<>();
			char sign = p.charAt(p.length() - 1);
			if (sign != '+' && sign != '-') return new LinkedHashMap<>();
			out.put(p.substring(0, p.length() - 1).trim(), sign);
		}
		return out;
	}

	/** Sample names in table order (summary rows excluded). */
	public List<String> samples() {
		Set<String> s = new LinkedHashSet<>();
		for (Cell c : cells) s.add(c.sample);
		return new ArrayList<>(s);
	}

	/**
	 * The percentage statistic of the quadrant with the given marker signs for a sample, e.g.
	 * Annexin+ PI- = early apoptotic. Prefers "Freq. of Parent".
	 *
	 * @throws InputException when no such quadrant column exists or several match
	 */
	public double quadrantPercent(String sample, String xChannel, boolean xPositive, String yChannel,
		boolean yPositive)
	{
		List<Cell> hits = new ArrayList<>();
		for (Cell c : cells) {
			if (!c.sample.equals(sample) || !c.percent || c.markers.size() != 2) continue;
			Character xs = c.markers.get(xChannel), ys = c.markers.get(yChannel);
			if (xs == null || ys == null) continue;
			if (xs == (xPositive ? '+' : '-') && ys == (yPositive ? '+' : '-')) hits.add(c);
		}
		if (hits.size() > 1) {
			List<Cell> parent = new ArrayList<>();
			for (Cell c : hits) if (c.statistic.equalsIgnoreCase("Freq. of Parent")) parent.add(c);
			if (parent.size() == 1) return parent.get(0).value;
			throw new InputException(source, "sample '" + sample + "': " + hits.size() + " columns match " +
				xChannel + sign(xPositive) + " " + yChannel + sign(yPositive));
		}
		if (hits.isEmpty()) throw new InputException(source, "sample '" + sample + "': no percentage column for " +
			"quadrant " + xChannel + sign(xPositive) + " " + yChannel + sign(yPositive));
		return hits.get(0).value;
	}

	private static String sign(boolean p) {
		return p ? "+" : "-";
	}
}
