package org.blotfig.elisa.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.blotfig.core.InputException;
import org.blotfig.elisa.Plate;
import org.blotfig.elisa.Wells;

/**
 * Reads plate-reader exports. Two layouts are accepted (see test-images/README.md):
 * <ul>
 * <li><b>matrix</b>: one grid per wavelength, each a header row {@code <label>,1,2,...,12}
 * (label = wavelength, e.g. {@code 450}; it may also stand alone on the line above) followed
 * by rows {@code A..H} (or {@code 1..24} and {@code A..P} for 384 wells). Other lines
 * (instrument metadata) are ignored; an empty cell is a well that was not read.</li>
 * <li><b>long</b>: header {@code well,value[,wavelength]}, one row per well (and wavelength).</li>
 * </ul>
 * With several wavelengths the caller picks one and optionally a reference wavelength that is
 * subtracted well by well (e.g. 450 - 570 nm to remove plate scratches and smudges).
 */
public final class PlateCsv {

	private PlateCsv() {}

	private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?");

	/**
	 * @param wavelength which read to use; may be null/empty when the file has only one
	 * @param reference reference read to subtract; null/empty for none
	 */
	public static Plate read(Path file, String wavelength, String reference) {
		List<List<String>> rows = records(file);
		Map<String, Plate> reads = isLong(rows) ? readLong(file) : readMatrix(file, rows);
		String[] pair = blank(wavelength) && blank(reference) ? autoPair(reads.keySet()) : null;
		if (pair != null) {
			wavelength = pair[0];
			reference = pair[1];
		}
		Plate main = select(file, reads, wavelength, "--wavelength");
		if (blank(reference)) return main;
		Plate ref = select(file, reads, reference, "--reference");
		if (ref == main) throw new InputException(file, "the reference wavelength is the measured one");
		if (ref.rows != main.rows || ref.cols != main.cols) throw new InputException(file,
			"the reference read has a different plate shape");
		return main.minus(ref);
	}

	/** Correction wavelengths (nm) that readers record beside the measurement to remove plate optics. */
	static final List<String> CORRECTION_WAVELENGTHS = java.util.Arrays.asList("540", "550", "570", "590",
		"600", "620", "630", "650", "655", "690");

	/**
	 * When a file holds exactly one measurement read and one correction read (e.g. 450 and 570),
	 * returns {measurement, correction}: subtracting the correction read is what the kit inserts
	 * tell users to do, so it is the default. Otherwise null (the user must choose).
	 */
	public static String[] autoPair(java.util.Collection<String> labels) {
		if (labels.size() != 2) return null;
		java.util.Iterator<String> it = labels.iterator();
		String a = it.next(), b = it.next();
		boolean aRef = CORRECTION_WAVELENGTHS.contains(a), bRef = CORRECTION_WAVELENGTHS.contains(b);
		if (aRef == bRef || a.isEmpty() || b.isEmpty()) return null;
		return aRef ? new String[] { b, a } : new String[] { a, b };
	}

	private static boolean blank(String s) {
		return s == null || s.trim().isEmpty();
	}

	/** Wavelength labels found in the file, in order ("" for an unlabelled single grid). */
	public static List<String> wavelengths(Path file) {
		List<List<String>> rows = records(file);
		return new ArrayList<>((isLong(rows) ? readLong(file) : readMatrix(file, rows)).keySet());
	}

	private static Plate select(Path file, Map<String, Plate> reads, String wanted, String option) {
		if (wanted == null || wanted.trim().isEmpty()) {
			if (reads.size() == 1) return reads.values().iterator().next();
			throw new InputException(file, "has reads at several wavelengths (" + String.join(", ",
				reads.keySet()) + "): choose one with " + option);
		}
		Plate p = reads.get(label(wanted));
		if (p == null) throw new InputException(file, "no read at wavelength '" + wanted + "' (found: " +
			String.join(", ", reads.keySet()) + ")");
		return p;
	}

	/** "450 nm", "OD450", "Wavelength: 450" -> "450"; other labels stay as written. */
	static String label(String raw) {
		Matcher m = NUMBER.matcher(raw == null ? "" : raw);
		return m.find() ? m.group() : raw == null ? "" : raw.trim();
	}

	/** Rows of trimmed cells; Csv handles encoding, BOM, line ends and ';' separators. */
	private static List<List<String>> records(Path file) {
		List<List<String>> out = org.blotfig.io.Csv.rows(file);
		for (List<String> row : out)
			row.replaceAll(String::trim);
		return out;
	}

	private static boolean isLong(List<List<String>> rows) {
		return !rows.isEmpty() && rows.get(0).get(0).equalsIgnoreCase("well");
	}

	private static Map<String, Plate> readLong(Path file) {
		org.blotfig.io.Csv.Table t = org.blotfig.io.Csv.read(file);
		t.require("well", "value");
		Map<String, List<Object[]>> byWave = new LinkedHashMap<>();
		int maxRow = 0, maxCol = 0;
		for (CSVRecord r : t.rows) {
			String w = t.get(r, "well");
			int[] rc = Wells.parse(w);
			if (rc == null) throw new InputException(file, "line " + (r.getRecordNumber() + 1) + ": '" + w +
				"' is not a well name (expected e.g. A1 or H12)");
			if (rc[0] >= 16 || rc[1] >= 24) throw new InputException(file, "well " + Wells.name(rc[0],
				rc[1]) + " is outside a 384-well plate (rows A-P, columns 1-24)");
			maxRow = Math.max(maxRow, rc[0]);
			maxCol = Math.max(maxCol, rc[1]);
			String wave = t.has("wavelength") ? label(t.get(r, "wavelength")) : "";
			String cell = t.get(r, "value");
			double v = cell.isEmpty() ? Double.NaN : number(file, wave, Wells.name(rc[0], rc[1]), cell);
			byWave.computeIfAbsent(wave, k -> new ArrayList<>()).add(new Object[] { rc, v });
		}
		if (byWave.isEmpty()) throw new InputException(file, "no wells listed");
		boolean big = maxRow >= 8 || maxCol >= 12;
		Map<String, Plate> out = new LinkedHashMap<>();
		for (Map.Entry<String, List<Object[]>> e : byWave.entrySet()) {
			Plate p = new Plate(file.toString(), big ? 16 : 8, big ? 24 : 12);
			boolean[][] seen = new boolean[p.rows][p.cols];
			for (Object[] o : e.getValue()) {
				int[] rc = (int[]) o[0];
				if (seen[rc[0]][rc[1]]) throw new InputException(file, "well " +
					Wells.name(rc[0], rc[1]) + " is listed twice" + at(e.getKey()));
				seen[rc[0]][rc[1]] = true;
				p.set(rc[0], rc[1], (Double) o[1]);
			}
			out.put(e.getKey(), p);
		}
		return out;
	}

	private static Map<String, Plate> readMatrix(Path file, List<List<String>> rows) {
		Map<String, Plate> out = new LinkedHashMap<>();
		String pending = "";
		for (int i = 0; i < rows.size(); i++) {
			List<String> row = rows.get(i);
			int ncol = headerColumns(row);
			if (ncol == 0) {
				if (nonEmpty(row) == 1 && !row.get(0).isEmpty()) pending = row.get(0);
				continue;
			}
			String wave = label(row.get(0).isEmpty() ? pending : row.get(0));
			pending = "";
			List<List<String>> data = new ArrayList<>();
			while (i + 1 < rows.size() && isRowLabel(rows.get(i + 1).get(0))) {
				List<String> d = rows.get(++i);
				char expected = (char) ('A' + data.size());
				if (Character.toUpperCase(d.get(0).charAt(0)) != expected) throw new InputException(file,
					"row " + expected + " is missing" + at(wave) + " (found row " + d.get(0) + " instead)");
				data.add(d);
			}
			Plate p = new Plate(file.toString() + at(wave), data.size(), ncol);
			for (int r = 0; r < data.size(); r++) {
				List<String> d = data.get(r);
				int values = lastNonEmpty(d);
				if (values > ncol) throw new InputException(file, "row " + Wells.name(r, 0).charAt(0) +
					at(wave) + " has " + values + " values for " + ncol + " columns");
				if (d.size() - 1 < ncol) throw new InputException(file, "well " + Wells.name(r, d.size() - 1) +
					" is missing" + at(wave) + ": row " + Wells.name(r, 0).charAt(0) + " has " + (d.size() - 1) +
					" cells, expected " + ncol);
				for (int c = 0; c < ncol; c++) {
					String cell = d.get(c + 1);
					p.set(r, c, cell.isEmpty() ? Double.NaN : number(file, wave, Wells.name(r, c), cell));
				}
			}
			if (out.containsKey(wave)) throw new InputException(file, "two grids" + at(wave) +
				"; label each grid with its wavelength");
			out.put(wave, p);
		}
		if (out.isEmpty()) throw new InputException(file, "no plate found: expected a long table with " +
			"header well,value or a grid with a header row 1,2,...,12 followed by rows A to H");
		return out;
	}

	/** Number of plate columns when the row is a grid header (label,1,2,...,n), else 0. */
	private static int headerColumns(List<String> row) {
		int n = 0;
		for (int c = 1; c < row.size(); c++) {
			String s = row.get(c);
			if (s.isEmpty()) break;
			if (!s.equals(Integer.toString(n + 1))) return 0;
			n++;
		}
		for (int c = n + 1; c < row.size(); c++)
			if (!row.get(c).isEmpty()) return 0;
		return n >= 2 ? n : 0;
	}

	private static boolean isRowLabel(String s) {
		return s.length() == 1 && Character.isLetter(s.charAt(0));
	}

	private static int nonEmpty(List<String> row) {
		int n = 0;
		for (String s : row)
			if (!s.isEmpty()) n++;
		return n;
	}

	/** Number of cells after the row label up to the last non-empty one. */
	private static int lastNonEmpty(List<String> row) {
		int last = 0;
		for (int c = 1; c < row.size(); c++)
			if (!row.get(c).isEmpty()) last = c;
		return last;
	}

	private static double number(Path file, String wave, String well, String cell) {
		try {
			double v = Double.parseDouble(cell);
			if (Double.isFinite(v)) return v;
		}
		catch (NumberFormatException e) {
			// reported below with the well
		}
		String why = org.blotfig.io.Csv.notANumber(cell);
		throw new InputException(file, "well " + well + at(wave) + ": " + (why.contains("decimal comma") ? why :
			"'" + cell + "' is not a number (saturated or unread wells must be fixed or left empty)"));
	}

	private static String at(String wave) {
		return wave.isEmpty() ? "" : " (read " + wave + ")";
	}
}
