package org.blotfig.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.blotfig.core.InputException;

/** Small CSV helpers on commons-csv: reading with clear errors and writing numbers consistently. */
public final class Csv {

	private Csv() {}

	/** A parsed CSV with a header row. */
	public static final class Table {
		public final Path file;
		public final List<String> header;
		public final List<CSVRecord> rows;

		Table(Path file, List<String> header, List<CSVRecord> rows) {
			this.file = file;
			this.header = header;
			this.rows = rows;
		}

		/** Fails with a message naming the file when a column is missing. */
		public void require(String... columns) {
			for (String c : columns) {
				if (!header.contains(c)) throw new InputException(file, "missing column '" + c +
					"' (found: " + String.join(", ", header) + ")");
			}
		}

		public boolean has(String column) {
			return header.contains(column);
		}

		public String get(CSVRecord r, String column) {
			return r.isMapped(column) && r.isSet(column) ? r.get(column).trim() : "";
		}

		/** A finite number from a cell, or an error naming file, line and column. */
		public double number(CSVRecord r, String column) {
			String s = get(r, column);
			try {
				double v = Double.parseDouble(s);
				if (Double.isNaN(v) || Double.isInfinite(v)) throw new NumberFormatException();
				return v;
			}
			catch (NumberFormatException e) {
				throw new InputException(file, "line " + (r.getRecordNumber() + 1) + ", column '" +
					column + "': '" + s + "' is not a finite number");
			}
		}
	}

	/** Reads a CSV file with a header row (UTF-8, BOM tolerated). */
	public static Table read(Path file) {
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return parse(file, in);
		}
		catch (NoSuchFileException e) {
			throw new InputException(file, "file not found");
		}
		catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
			throw new InputException(file, "cannot read CSV: " + e.getMessage(), e);
		}
	}

	static Table parse(Path file, Reader in) throws IOException {
		CSVFormat fmt = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true).setTrim(true).setIgnoreSurroundingSpaces(true).build();
		try (CSVParser p = CSVParser.parse(stripBom(in), fmt)) {
			List<String> header = new ArrayList<>(p.getHeaderNames());
			List<CSVRecord> rows = p.getRecords();
			return new Table(file, header, rows);
		}
	}

	private static Reader stripBom(Reader in) throws IOException {
		java.io.PushbackReader r = new java.io.PushbackReader(in, 1);
		int c = r.read();
		if (c != -1 && c != '\uFEFF') r.unread(c);
		return r;
	}

	/** Formats a number for CSV output: full precision, no locale surprises, NaN as empty. */
	public static String num(double v) {
		if (Double.isNaN(v)) return "";
		if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format(Locale.ROOT, "%d", (long) v);
		return Double.toString(v);
	}

	/** A printer for writing CSV with the given header (RFC 4180, "\n" line ends). */
	public static CSVPrinter printer(Appendable out, String... header) throws IOException {
		return new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
			.setHeader(header).build());
	}
}
