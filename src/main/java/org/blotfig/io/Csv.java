package org.blotfig.io;

import java.io.IOException;
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
				if (!has(c)) throw new InputException(file, "missing column '" + c +
					"' (found: " + String.join(", ", header) + ")");
			}
		}

		/**
		 * Named header columns that are none of {@code known} (case ignored): a misspelt optional
		 * column ("memebrane") would otherwise be ignored without a word.
		 */
		public List<String> otherColumns(String... known) {
			List<String> other = new ArrayList<>();
			for (String h : header) {
				boolean k = h.isEmpty();
				for (String c : known) k |= h.equalsIgnoreCase(c);
				if (!k) other.add(h);
			}
			return other;
		}

		/** The note for {@link #otherColumns}, or null when there are none. */
		public String otherColumnsNote(String... known) {
			List<String> other = otherColumns(known);
			if (other.isEmpty()) return null;
			return file.getFileName() + ": column" + (other.size() == 1 ? " '" : "s '") + String.join("', '", other) +
				"' ignored: not " + (other.size() == 1 ? "one" : "ones") + " blotfig reads (" + String.join(", ", known) +
				"); check the spelling";
		}

		/** Whether the table has this column; case is ignored, as in {@link #get}. */
		public boolean has(String column) {
			for (String h : header)
				if (h.equalsIgnoreCase(column)) return true;
			return false;
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
					column + "': " + notANumber(s));
			}
		}
	}

	/**
	 * Reads a CSV file with a header row: UTF-8 with or without a BOM, LF or CRLF line ends, ','
	 * separated, or ';' separated when the header line has ';' and no ',' (Excel in locales with
	 * a decimal comma), or tab separated when it has neither. Empty header cells (an unnamed first column, trailing empty columns from
	 * Excel) are allowed; such columns cannot be asked for by name. Column names are matched
	 * ignoring case: people type "Sample" or "Lane" in Excel, and an optional column spelled so
	 * must not be skipped without a word (a "Percentile" column read as the default).
	 */
	public static Table read(Path file) {
		String text = text(file);
		CSVFormat fmt = format(separator(text)).setHeader().setSkipHeaderRecord(true)
			.setAllowMissingColumnNames(true).setIgnoreHeaderCase(true).build();
		try (CSVParser p = CSVParser.parse(text, fmt)) {
			List<String> header = new ArrayList<>();
			for (String h : p.getHeaderNames())
				if (h != null && !h.isEmpty()) header.add(h);
			List<CSVRecord> rows = new ArrayList<>();
			for (CSVRecord r : p.getRecords()) {
				// ",,,," lines: Excel keeps rows whose cells were cleared; they are not data
				if (allEmpty(r)) continue;
				checkWidth(file, r.toList(), p.getHeaderNames().size(), r.getRecordNumber() + 1);
				rows.add(r);
			}
			return new Table(file, header, rows);
		}
		catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
			throw new InputException(file, "not a readable CSV table: " + reason(e), e);
		}
	}

	/**
	 * Reads a CSV file as rows of trimmed cells, empty lines skipped, for files whose first line
	 * is not a header (plate-reader grids with instrument metadata above them). Same encoding,
	 * line-end and separator rules as {@link #read}.
	 */
	public static List<List<String>> rows(Path file) {
		String text = text(file);
		try (CSVParser p = CSVParser.parse(text, format(separator(text)).build())) {
			List<List<String>> out = new ArrayList<>();
			for (CSVRecord r : p) {
				List<String> cells = new ArrayList<>();
				for (String c : r) cells.add(c);
				out.add(cells);
			}
			return out;
		}
		catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
			throw new InputException(file, "not a readable CSV table: " + reason(e), e);
		}
	}

	private static boolean allEmpty(CSVRecord r) {
		for (String c : r)
			if (!c.isEmpty()) return false;
		return true;
	}

	/**
	 * A data line with more filled cells than the header has columns would otherwise lose its
	 * extra cells silently, e.g. "1,5" read as 1 when a decimal comma meets ',' separators.
	 */
	public static void checkWidth(Path file, List<String> cells, int columns, long line) {
		for (int i = cells.size() - 1; i >= columns; i--) {
			String c = cells.get(i);
			if (c != null && !c.trim().isEmpty()) throw new InputException(file, "line " + line + " has " + (i + 1) +
				" cells but the header only " + columns + " (an unquoted ',' in a name, or a decimal comma?)");
		}
	}

	/**
	 * Why a cell is not a finite number, in words: a decimal comma gets its own hint, since a
	 * European Excel writes "1,5" where the file needs "1.5". Decimal commas are refused rather
	 * than converted because such files may also use '.' as the thousands separator
	 * ("1.234" = 1234), which would then be read silently wrong.
	 */
	public static String notANumber(String cell) {
		if (cell.isEmpty()) return "is empty, a number is needed";
		if (DECIMAL_COMMA.matcher(cell).matches()) return "'" + cell + "' has a decimal comma: save the file " +
			"with decimal points (e.g. 1.5, not 1,5)";
		// "1:2" is read as a twofold dilution by some and as 1 part + 2 parts by others: not guessed
		if (cell.matches("\\s*1\\s*[:/]\\s*[0-9.]+\\s*")) return "'" + cell + "' is a ratio: write it as one number, " +
			"the factor (e.g. 2 for a twofold dilution)";
		return "'" + cell + "' is not a finite number";
	}

	private static final java.util.regex.Pattern DECIMAL_COMMA = java.util.regex.Pattern.compile(
		"[-+]?[0-9]*,[0-9]+([eE][-+]?[0-9]+)?");

	/** The whole file as text, with the file errors a user can make said in words. */
	private static String text(Path file) {
		if (Files.isDirectory(file)) throw new InputException(file, "is a folder, not a CSV file");
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (NoSuchFileException e) {
			throw new InputException(file, "file not found");
		}
		catch (java.nio.file.AccessDeniedException e) {
			throw new InputException(file, "cannot be read (permission denied)");
		}
		catch (IOException e) {
			throw new InputException(file, "cannot be read: " + reason(e), e);
		}
		java.nio.charset.CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
		String s;
		try {
			s = utf8.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
		}
		catch (java.nio.charset.CharacterCodingException e) {
			// "Save as CSV" in old Excel versions writes Windows-1252; say so instead of showing garbage
			throw new InputException(file, "is not UTF-8 text (save it as \"CSV UTF-8\"), or is not a CSV file");
		}
		if (s.startsWith("\uFEFF")) s = s.substring(1);
		if (s.trim().isEmpty()) throw new InputException(file, "the file is empty");
		return s;
	}

	/**
	 * Judged on the first line that has a ',', a ';' or a tab outside double quotes: ',' when it has
	 * a ',', else ';' when it has a ';' (Excel in decimal-comma locales), else a tab (cells pasted
	 * from Excel into a text file, plate readers' .txt exports). Quoted cells do not count: a ';'
	 * export of FlowJo has gate names such as "Q2: Annexin V+ , PI+" in quotes. Lines without any
	 * (instrument metadata above a plate grid, a one-column header) say nothing.
	 */
	static char separator(String text) {
		for (String line : text.split("\r\n|\r|\n")) {
			boolean comma = false, semicolon = false, tab = false, quoted = false;
			for (int i = 0; i < line.length(); i++) {
				char c = line.charAt(i);
				if (c == '"') quoted = !quoted;
				else if (!quoted) {
					comma |= c == ',';
					semicolon |= c == ';';
					tab |= c == '\t';
				}
			}
			if (comma) return ',';
			if (semicolon) return ';';
			if (tab) return '\t';
		}
		return ',';
	}

	private static CSVFormat.Builder format(char separator) {
		return CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(true).setTrim(true)
			.setIgnoreSurroundingSpaces(true);
	}

	/** An exception's message without Java class names. */
	private static String reason(Exception e) {
		Throwable t = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
		String m = t.getMessage();
		if (m == null || m.isEmpty()) return "unreadable content";
		return m.replaceAll("(java|org)\\.[A-Za-z0-9_.$]*(Exception|Error):?\\s*", "").trim();
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
