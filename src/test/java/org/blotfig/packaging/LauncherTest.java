package org.blotfig.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./blotfig} launcher on a machine whose locale is plain C/POSIX (servers, containers,
 * cron jobs): Java would read file names as ASCII there, so "Messung ü/scan.tif" could not be
 * named at all ("Malformed input or input contains unmappable characters" and the usage text).
 * The launcher runs Java under a UTF-8 locale instead. Checked with a stand-in {@code java} that
 * reports its environment, the launcher copied beside a prepared {@code target/} so that it does
 * not build.
 */
class LauncherTest {

	@TempDir
	Path tmp;

	@Test
	void javaRunsUnderUtf8WhenTheLocaleIsPlainC() throws Exception {
		assumeTrue(Files.isExecutable(Paths.get("/bin/bash")), "needs bash");
		assumeTrue(run(tmp, "locale -a").toLowerCase(java.util.Locale.ROOT).matches("(?ms).*^c\\.utf-?8$.*"),
			"this machine has no C.UTF-8 locale");
		Path root = Files.createDirectories(tmp.resolve("root"));
		Files.copy(Paths.get("blotfig"), root.resolve("blotfig"));
		Path target = Files.createDirectories(root.resolve("target"));
		Files.write(target.resolve("runtime-classpath.txt"), new byte[0]);
		Files.write(target.resolve(".blotfig-built"), new byte[0]);
		Path bin = Files.createDirectories(tmp.resolve("bin"));
		Path java = Files.write(bin.resolve("java"), ("#!/bin/bash\necho \"charmap=$(locale charmap)\"\n")
			.getBytes(StandardCharsets.UTF_8));
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));

		String out = run(root, "PATH=" + bin + ":$PATH LC_ALL=C LANG=C bash ./blotfig bands 'Messung \u00fc/scan.tif'");
		assertEquals("charmap=UTF-8", out.trim());
		// a UTF-8 locale the user chose is left alone
		out = run(root, "PATH=" + bin + ":$PATH LC_ALL=C.UTF-8 bash ./blotfig --help");
		assertEquals("charmap=UTF-8", out.trim());
	}

	/**
	 * The build the launcher runs on first use does not compile the tests: they need Java 17, and
	 * the commands themselves must build on the JDK 8+ that README promises. (A stand-in mvn
	 * records its arguments.)
	 */
	@Test
	void firstRunBuildsWithoutCompilingTheTests() throws Exception {
		assumeTrue(Files.isExecutable(Paths.get("/bin/bash")), "needs bash");
		Path root = Files.createDirectories(tmp.resolve("root"));
		Files.copy(Paths.get("blotfig"), root.resolve("blotfig"));
		Path bin = Files.createDirectories(tmp.resolve("bin"));
		Path mvn = Files.write(bin.resolve("mvn"), ("#!/bin/bash\necho \"$@\" > \"" + tmp.resolve("mvn.args") +
			"\"\nmkdir -p target && touch target/runtime-classpath.txt\n").getBytes(StandardCharsets.UTF_8));
		Path java = Files.write(bin.resolve("java"), "#!/bin/bash\necho ran\n".getBytes(StandardCharsets.UTF_8));
		for (Path p : new Path[] { mvn, java })
			Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
		String out = run(root, "PATH=" + bin + ":$PATH bash ./blotfig --help");
		assertTrue(out.contains("ran"), out);
		String args = new String(Files.readAllBytes(tmp.resolve("mvn.args")), StandardCharsets.UTF_8);
		assertTrue(args.contains("-Dmaven.test.skip=true") && args.contains("package"), args);
	}

	/** Runs a bash command line in {@code dir} with a clean locale environment; returns stdout + stderr. */
	static String run(Path dir, String command) throws IOException, InterruptedException {
		ProcessBuilder pb = new ProcessBuilder("/bin/bash", "-c", command).directory(dir.toFile())
			.redirectErrorStream(true);
		Map<String, String> env = pb.environment();
		env.keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE"));
		Process p = pb.start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor() == 0 || !command.contains("blotfig"), "exit " + p.exitValue() + ": " + out);
		return out;
	}
}
