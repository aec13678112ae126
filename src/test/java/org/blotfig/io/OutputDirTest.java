package org.blotfig.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirTest {

	@TempDir
	Path dir;

	@Test
	void writesContentAndLeavesNoTemporaryFiles() throws IOException {
		OutputDir out = new OutputDir(dir.resolve("sub"));
		out.writeText("a.csv", "x,y\n1,2\n");
		out.writeText("a.csv", "x,y\n3,4\n");
		assertEquals("x,y\n3,4\n", new String(Files.readAllBytes(dir.resolve("sub/a.csv")), StandardCharsets.UTF_8));
		try (Stream<Path> files = Files.list(dir.resolve("sub"))) {
			assertEquals(1, files.count());
		}
	}

	@Test
	void failedWriteKeepsThePreviousFileAndNoPartialOne() throws IOException {
		OutputDir out = new OutputDir(dir);
		out.writeText("r.csv", "old");
		assertThrows(java.io.UncheckedIOException.class, () -> out.write("r.csv", o -> {
			o.write("partial".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full");
		}));
		assertEquals("old", new String(Files.readAllBytes(dir.resolve("r.csv")), StandardCharsets.UTF_8));
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(1, files.count());
		}
	}

	@Test
	void resultFilesGetTheUsualPermissionsNotOwnerOnly() throws IOException {
		Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
		Path reference = Files.createFile(dir.resolve("reference"));
		Path written = new OutputDir(dir).writeText("w.txt", "w");
		assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(written));
		assertFalse(Files.getPosixFilePermissions(written).isEmpty());
	}

	/** Only the named files that this instance did not write go; folders, other files and its own stay. */
	@Test
	void removeStaleDeletesOnlyNamedFilesNotWrittenThisRun(@org.junit.jupiter.api.io.TempDir Path tmp)
		throws IOException
	{
		Path d = Files.createDirectories(tmp.resolve("out"));
		for (String n : new String[] { "anova.csv", "curve.csv", "notes.txt" })
			Files.write(d.resolve(n), n.getBytes(StandardCharsets.UTF_8));
		Files.createDirectories(d.resolve("cells.csv"));
		// without a record of an earlier run nothing here is known to be ours: the lab's own anova.csv stays
		OutputDir first = new OutputDir(d);
		first.writeText("curve.csv", "first");
		assertEquals(java.util.Collections.emptyList(), first.removeStale(java.util.Arrays.asList("anova.csv",
			"curve.csv", "cells.csv", "figure.svg")));
		Assertions.assertTrue(Files.exists(d.resolve("anova.csv")));
		// an earlier run's anova.csv is recorded as ours
		OutputDir earlier = new OutputDir(d);
		earlier.writeText("anova.csv", "earlier");
		earlier.writeText("curve.csv", "earlier");
		earlier.removeStale(java.util.Arrays.asList("anova.csv", "curve.csv", "cells.csv", "figure.svg"));
		OutputDir out = new OutputDir(d);
		out.writeText("curve.csv", "new");
		java.util.List<String> removed = out.removeStale(java.util.Arrays.asList("anova.csv", "curve.csv", "cells.csv",
			"figure.svg"));
		assertEquals(java.util.Arrays.asList("anova.csv"), removed);
		assertEquals("new", new String(Files.readAllBytes(
			d.resolve("curve.csv")), StandardCharsets.UTF_8));
		Assertions.assertTrue(Files.exists(d.resolve("notes.txt")));
		Assertions.assertTrue(Files.isDirectory(d.resolve("cells.csv")));
	}

	/** An earlier run's result (same first line) may be replaced; the lab's own file of that name may not. */
	@Test
	void checkOwnResultTellsOursFromTheUsers(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
		Path f = tmp.resolve("summary.csv");
		OutputDir.checkOwnResult(f, "file,status"); // absent: fine
		Files.write(f, "file,status\nblot.tif,ok\n".getBytes(StandardCharsets.UTF_8));
		OutputDir.checkOwnResult(f, "file,status");
		Files.write(f, "\uFEFFfile,status\r\n".getBytes(StandardCharsets.UTF_8)); // re-saved by Excel
		OutputDir.checkOwnResult(f, "file,status");
		Files.write(f, "experiment,date\nE1,2024-05-02\n".getBytes(StandardCharsets.UTF_8));
		org.blotfig.core.InputException e = assertThrows(org.blotfig.core.InputException.class,
			() -> OutputDir.checkOwnResult(f, "file,status"));
		Assertions.assertTrue(e.getMessage().endsWith("summary.csv: is not a blotfig result and would be overwritten; " +
			"move it, or choose another --out folder"), e.getMessage());
		Files.write(f, new byte[] { (byte) 0xff, (byte) 0xfe, 0 });
		assertThrows(org.blotfig.core.InputException.class, () -> OutputDir.checkOwnResult(f, "file,status"));
	}
}
