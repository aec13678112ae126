package org.blotfig.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.blotfig.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shapes real CSV files come in: Excel's ';' and decimal commas, BOMs, CRLF, unnamed columns. */
class CsvTest {

	@TempDir
	Path dir;

	Path file(String name, String text) throws IOException {
		return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void semicolonsAreTheSeparatorOnlyWhenTheHeaderHasNoComma() throws IOException {
		Csv.Table t = Csv.read(file("eu.csv", "\uFEFFsample;value\r\nA;1.5\r\n\r\nB;2\r\n"));
		assertEquals(Arrays.asList("sample", "value"), t.header);
		assertEquals(2, t.rows.size());
		assertEquals(1.5, t.number(t.rows.get(0), "value"), 0);
		assertEquals("B", t.get(t.rows.get(1), "sample"));
		// a ';' inside a ',' file is a cell's content (a ladder's sizes), not a separator
		Csv.Table c = Csv.read(file("ladder.csv", "target,role\n250;130;70,ladder\n"));
		assertEquals("250;130;70", c.get(c.rows.get(0), "target"));
		// a ',' inside a quoted cell of a ';' file (FlowJo gate names) is content, not a separator
		Csv.Table q = Csv.read(file("flowjo_eu.csv", "\"Sample\";\"Lymphocytes/Q2: Annexin V+ , PI+ | Freq. of Parent\"\n" +
			"\"s1.fcs\";\"12.5\"\n"));
		assertEquals(Arrays.asList("Sample", "Lymphocytes/Q2: Annexin V+ , PI+ | Freq. of Parent"), q.header);
		assertEquals("12.5", q.rows.get(0).get(1));
	}

	@Test
	void tabsAreTheSeparatorWhenALineHasNeitherCommaNorSemicolon() throws IOException {
		// cells pasted from Excel into a text editor; a plate reader's .txt export with metadata above the grid
		Csv.Table t = Csv.read(file("pasted.csv", "row\tcol\tvalue\r\nP53\tctrl\t1.5\r\nP53\t\t2\r\n"));
		assertEquals(Arrays.asList("row", "col", "value"), t.header);
		assertEquals(1.5, t.number(t.rows.get(0), "value"), 0);
		assertEquals("", t.get(t.rows.get(1), "col"));
		assertEquals(2, t.number(t.rows.get(1), "value"), 0);
		List<List<String>> rows = Csv.rows(file("plate.txt", "Reader: X\n450\t1\t2\nA\t0.1\t\n"));
		assertEquals(Arrays.asList(Arrays.asList("Reader: X"), Arrays.asList("450", "1", "2"),
			Arrays.asList("A", "0.1", "")), rows);
		// a tab file's ladder cell with ';' (a tab-separated set.csv) is one cell when the header decides
		Csv.Table l = Csv.read(file("set.tsv", "target\trole\n250;130\tladder\n"));
		assertEquals("250;130", l.get(l.rows.get(0), "target"));
	}

	@Test
	void decimalCommasAreRefusedWithTheirOwnHint() throws IOException {
		Csv.Table t = Csv.read(file("eu.csv", "sample;value\nA;1,5\n"));
		InputException e = assertThrows(InputException.class, () -> t.number(t.rows.get(0), "value"));
		assertTrue(e.getMessage().contains("eu.csv: line 2, column 'value': '1,5' has a decimal comma"), e.getMessage());
		assertTrue(Csv.notANumber("-0,25").contains("decimal comma"));
		assertTrue(Csv.notANumber("1e-3,4").contains("is not a finite number"), "not a decimal comma");
		assertTrue(Csv.notANumber("OVRFLW").contains("'OVRFLW' is not a finite number"));
		assertEquals("'1:2' is a ratio: write it as one number, the factor (e.g. 2 for a twofold dilution)",
			Csv.notANumber("1:2"));
		assertTrue(Csv.notANumber("1/10").startsWith("'1/10' is a ratio"));
		assertTrue(Csv.notANumber("3:2").contains("is not a finite number"), "not a dilution");
		assertTrue(Csv.notANumber("").contains("empty"));
	}

	@Test
	void unnamedColumnsAreAllowedButCannotBeAskedFor() throws IOException {
		// FlowJo leaves the sample column's header empty; Excel adds empty trailing columns
		Csv.Table t = Csv.read(file("flowjo.csv", "\"\",Count,,\ns1.fcs,10000,,\n"));
		assertEquals(Arrays.asList("Count"), t.header);
		assertEquals(10000, t.number(t.rows.get(0), "Count"), 0);
		InputException e = assertThrows(InputException.class, () -> t.require("sample"));
		assertTrue(e.getMessage().contains("missing column 'sample' (found: Count)"), e.getMessage());
	}

	@Test
	void columnNamesAreMatchedIgnoringCase() throws IOException {
		// what people type in Excel: "Sample", "Value", "LANE"; the header keeps their spelling for messages
		Csv.Table t = Csv.read(file("caps.csv", "Sample,Value,LANE\nA,1.5,3\n"));
		t.require("sample", "value", "lane");
		assertTrue(t.has("value") && t.has("Lane"));
		assertEquals("A", t.get(t.rows.get(0), "sample"));
		assertEquals(1.5, t.number(t.rows.get(0), "value"), 0);
		assertEquals(3, t.number(t.rows.get(0), "lane"), 0);
		assertEquals(Arrays.asList("Sample", "Value", "LANE"), t.header);
		InputException e = assertThrows(InputException.class, () -> t.require("group"));
		assertTrue(e.getMessage().contains("missing column 'group' (found: Sample, Value, LANE)"), e.getMessage());
	}

	@Test
	void linesOfEmptyCellsAreNotRows() throws IOException {
		// Excel saves rows whose cells were cleared as ",,," (";;;" in decimal-comma locales)
		Csv.Table t = Csv.read(file("cleared.csv", "sample,value\r\nA,1\r\n,\r\nB,2\r\n,\r\n, \r\n"));
		assertEquals(2, t.rows.size());
		assertEquals("B", t.get(t.rows.get(1), "sample"));
		assertEquals(3, t.rows.get(1).getRecordNumber(), "line numbers in messages stay those of the file");
		Csv.Table e = Csv.read(file("eu.csv", "sample;value\nA;1\n;\n"));
		assertEquals(1, e.rows.size());
	}

	@Test
	void rowsKeepEveryLineAsCells() throws IOException {
		List<List<String>> rows = Csv.rows(file("plate.csv", "Reader: X\r\n\r\n450;1;2\r\nA;0.1;\r\n"));
		assertEquals(Arrays.asList(Arrays.asList("Reader: X"), Arrays.asList("450", "1", "2"),
			Arrays.asList("A", "0.1", "")), rows);
	}

	@Test
	void fileProblemsAreSaidInWords() throws IOException {
		assertProblem(dir.resolve("none.csv"), "none.csv: file not found");
		assertProblem(Files.createDirectory(dir.resolve("folder.csv")), "folder.csv: is a folder, not a CSV file");
		assertProblem(file("empty.csv", " \n\n"), "empty.csv: the file is empty");
		assertProblem(Files.write(dir.resolve("latin1.csv"), "name\nM\u00fcller\n".getBytes(StandardCharsets.ISO_8859_1)),
			"latin1.csv: is not UTF-8 text");
		assertProblem(file("quote.csv", "a,b\n\"x,1\n"), "quote.csv: not a readable CSV table");
		// one column, decimal commas: "1,5" must not be read as 1
		InputException e = assertThrows(InputException.class, () -> Csv.read(file("one.csv", "value\n2\n1,5\n")));
		assertTrue(e.getMessage().contains("one.csv: line 3 has 2 cells but the header only 1"), e.getMessage());
	}

	static void assertProblem(Path file, String expected) {
		InputException e = assertThrows(InputException.class, () -> Csv.read(file));
		assertTrue(e.getMessage().contains(expected), e.getMessage());
		assertTrue(!e.getMessage().contains("Exception") && !e.getMessage().contains("java."), e.getMessage());
		InputException r = assertThrows(InputException.class, () -> Csv.rows(file));
		assertEquals(e.getMessage(), r.getMessage());
	}
}
