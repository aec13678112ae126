package org.blotfig.flow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.blotfig.core.InputException;

/**
 * Reads a CSV file as plain rows of cells (RFC 4180 quoting, UTF-8 with optional BOM, CRLF or
 * LF). Kept here rather than using the header-mapped reader because FlowJo exports leave the
 * first header cell empty, and flow depends on core only.
 */
final class CsvRows {

	private CsvRows() {}

	static List<List<String>> read(Path file) {
		String s;
		try {
			s = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
		}
		catch (NoSuchFileException e) {
			throw new InputException(file, "file not found");
		}
		catch (IOException e) {
			throw new InputException(file, "cannot read: " + e.getMessage(), e);
		}
		if (s.startsWith("\uFEFF")) s = s.substring(1);
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false, any = false;
		int line = 1;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
						cell.append('"');
						i++;
					}
					else quoted = false;
				}
				else {
					if (c == '\n') line++;
					cell.append(c);
				}
				continue;
			}
			if (c == '"') {
				quoted = true;
				any = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
				any = true;
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
				line++;
				if (any || cell.length() > 0) {
					row.add(cell.toString());
					rows.add(row);
				}
				row = new ArrayList<>();
				cell.setLength(0);
				any = false;
			}
			else {
				cell.append(c);
				any = true;
			}
		}
		if (quoted) throw new InputException(file, "line " + line + ": unclosed quote");
		if (any || cell.length() > 0) {
			row.add(cell.toString());
			rows.add(row);
		}
		if (rows.isEmpty()) throw new InputException(file, "empty table (no header row)");
		return rows;
	}
}
