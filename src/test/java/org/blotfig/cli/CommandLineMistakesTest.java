package org.blotfig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistyped command lines get one line in words and a pointer to --help, like bad files (picocli's
 * default printed "'3.5' is not an int" and then the whole usage text), and nothing is written.
 */
class CommandLineMistakesTest {

	@TempDir
	Path tmp;

	void assertOneLine(String[] args, String... says) {
		CliProbe r = CliProbe.run(args);
		assertEquals(2, r.exit, r.err);
		assertEquals(1, r.err.split("\n").length, "one line: " + r.err);
		for (String s : says)
			assertTrue(r.err.contains(s), "'" + s + "' not in: " + r.err);
		for (String j : new String[] { " int", " double", "java.", "Usage:" })
			assertFalse(r.err.contains(j), "'" + j + "' in: " + r.err);
		assertFalse(Files.exists(tmp.resolve("out")), "nothing is written");
	}

	@Test
	void mistakesAreOneLineInWords() {
		String out = tmp.resolve("out").toString(), scan = "test-images/synth/clean16_000.tif";
		assertOneLine(new String[] { "bands", scan, "--lanes", "3.5", "--out", out },
			"blotfig bands: error: ", "'--lanes': '3.5' is not a whole number", "see: blotfig bands --help");
		assertOneLine(new String[] { "flow", "quadrants", "a.fcs", "--x", "FL1-H", "--y", "FL2-H", "--x-threshold", "1,5",
			"--y-threshold", "2", "--out", out }, "'--x-threshold': '1,5' is not a number");
		// an unquoted path with a space arrives as two arguments
		assertOneLine(new String[] { "bands", "test-images/my", "scan.tif", "--out", out },
			"unexpected argument 'scan.tif' (a path with spaces needs quotes");
		assertOneLine(new String[] { "bands", scan }, "Missing required option: '--out=DIR'", "see: blotfig bands --help");
		assertOneLine(new String[] { "bands", scan, "--lane", "3", "--out", out }, "unknown option '--lane'",
			"did you mean --lanes?");
		assertOneLine(new String[] { "bandz" }, "blotfig: error: unknown command 'bandz' (did you mean bands?)");
		assertOneLine(new String[] { "flow", "quadrant" }, "blotfig flow: error: unknown command 'quadrant'",
			"did you mean quadrants?");
	}

	@Test
	void unusableFileNameIsSaidInWords() {
		assertEquals("'Aktin ??.tif' is not a file name Java can use here: characters outside the system's character " +
			"set (run under a UTF-8 locale, e.g. LC_ALL=C.UTF-8)", Main.plainWords("cannot convert 'Aktin ??.tif' to " +
				"interface java.nio.file.Path (java.nio.file.InvalidPathException: Malformed input or input contains " +
				"unmappable characters: Aktin ??.tif)"));
	}
}
