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
}
