package org.blotfig.elisa.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.blotfig.core.InputException;
import org.blotfig.elisa.Plate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plate formats: 384-well grids and long tables, wavelength labels, reference subtraction. */
class PlateCsvTest {

	@TempDir
	Path dir;

	Path write(String name, String text) throws IOException {
		Path p = dir.resolve(name);
		Files.write(p, text.getBytes(StandardCharsets.UTF_8));
		return p;
	}

	/** Value of well (r, c) in a synthetic plate: unique per well and read. */
	static double v(int r, int c, int read) {
		return read + r * 0.01 + c * 0.0001;
	}

	static String grid(String label, int rows, int cols, int read) {
		StringBuilder sb = new StringBuilder(label);
		for (int c = 1; c <= cols; c++)
			sb.append(',').append(c);
		sb.append('\n');
		for (int r = 0; r < rows; r++) {
			sb.append((char) ('A' + r));
			for (int c = 0; c < cols; c++)
				sb.append(',').append(v(r, c, read));
			sb.append('\n');
		}
		return sb.toString();
	}

	@Test
	void matrix384WithLabelOnItsOwnLineAndReferenceSubtracted() throws IOException {
		Path p = write("p384.csv", "\uFEFFReader,XYZ\n\nWavelength: 450 nm\n" + grid("", 16, 24, 2) + "\n" +
			"Wavelength: 630 nm\n" + grid("", 16, 24, 1));
		assertEquals(java.util.Arrays.asList("450", "630"), PlateCsv.wavelengths(p));
		Plate plate = PlateCsv.read(p, "450nm", "630");
		assertEquals(16, plate.rows);
		assertEquals(24, plate.cols);
		assertEquals(1.0, plate.get(15, 23), 1e-12);
		assertEquals(v(3, 7, 2), PlateCsv.read(p, "450", null).get(3, 7), 0);
		InputException e = assertThrows(InputException.class, () -> PlateCsv.read(p, "540", null));
		assertTrue(e.getMessage().contains("no read at wavelength '540' (found: 450, 630)"), e.getMessage());
	}

	@Test
	void longTableDetects384AndKeepsEmptyWellsUnread() throws IOException {
		Path p = write("long.csv", "well,value\nA1,0.5\nA02,0.25\nP24,1.5\nB3,\n");
		Plate plate = PlateCsv.read(p, null, null);
		assertEquals(16, plate.rows);
		assertEquals(0.25, plate.get(0, 1), 0);
		assertEquals(1.5, plate.get(15, 23), 0);
		assertTrue(Double.isNaN(plate.get(1, 2)));
		Path small = write("small.csv", "well,value\nA1,0.5\nH12,0.7\n");
		assertEquals(8, PlateCsv.read(small, null, null).rows);
	}

	@Test
	void malformedLongTablesAreRejected() throws IOException {
		String[][] cases = { { "well,value\nA1,0.5\nA1,0.6\n", "well A1 is listed twice" },
			{ "well,value\nQ1,0.5\n", "well Q1 is outside a 384-well plate" },
			{ "well,value\n1A,0.5\n", "'1A' is not a well name" },
			{ "well,value\nC7,n/a\n", "well C7: 'n/a' is not a number" },
			{ "well,od\nA1,0.5\n", "missing column 'value'" } };
		for (String[] c : cases) {
			Path p = write("bad.csv", c[0]);
			InputException e = assertThrows(InputException.class, () -> PlateCsv.read(p, null, null), c[1]);
			assertTrue(e.getMessage().startsWith(p.toString()) && e.getMessage().contains(c[1]), e.getMessage());
		}
	}

	@Test
	void malformedGridsAreRejected() throws IOException {
		String[][] cases = { { grid("450", 8, 10, 1), "wrong plate shape 8 rows x 10 columns" },
			{ grid("450", 8, 12, 1).replace("\nC,", "\nD,"), "row C is missing (read 450)" },
			{ grid("450", 8, 12, 1).replace("\nB,", "\nB,0.1,"), "row B (read 450) has 13 values for 12 columns" },
			{ grid("450", 8, 12, 1) + grid("450", 8, 12, 2), "two grids (read 450)" },
			{ "just,some\ntext,here\n", "no plate found" } };
		for (String[] c : cases) {
			Path p = write("bad.csv", c[0]);
			InputException e = assertThrows(InputException.class, () -> PlateCsv.read(p, "450", null), c[1]);
			assertTrue(e.getMessage().contains(c[1]), e.getMessage());
		}
	}
}
