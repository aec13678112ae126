package org.blotfig.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed demo blots are exactly what the commands in test-images/README.md produce, so
 * the README stays true. The "generator" line (the blotfig version) is the only part allowed to
 * differ, so that a version bump does not force regenerating the files.
 */
class SynthDemoSetTest {

	static final Path DEMO = Paths.get("test-images", "synth");

	@TempDir
	Path dir;

	@Test
	void readmeCommandsRegenerateTheCommittedFiles() throws Exception {
		String readme = new String(Files.readAllBytes(Paths.get("test-images", "README.md")), StandardCharsets.UTF_8);
		Matcher m = Pattern.compile("(?m)^\\./blotfig (synth .*)$").matcher(readme);
		int commands = 0;
		while (m.find()) {
			List<String> args = new ArrayList<>();
			for (String a : m.group(1).trim().split("\\s+"))
				args.add(a.equals("test-images/synth") ? dir.toString() : a);
			assertEquals(0, Main.run(args.toArray(new String[0])), m.group(1));
			commands++;
		}
		assertEquals(3, commands, "three demo commands in test-images/README.md");
		List<String> written = new ArrayList<>();
		try (java.util.stream.Stream<Path> s = Files.list(dir)) {
			s.forEach(p -> written.add(p.getFileName().toString()));
		}
		assertEquals(6, written.size(), written.toString());
		long total = 0;
		for (String name : written) {
			Path committed = DEMO.resolve(name);
			assertTrue(Files.exists(committed), "committed demo file missing: " + committed);
			total += Files.size(committed);
			byte[] want = Files.readAllBytes(committed), got = Files.readAllBytes(dir.resolve(name));
			if (name.endsWith(".json")) assertEquals(dropGenerator(want), dropGenerator(got), name);
			else assertArrayEquals(want, got, name);
		}
		assertTrue(total < 2_000_000, "demo set stays small: " + total + " bytes");
	}

	private static String dropGenerator(byte[] json) {
		return new String(json, StandardCharsets.UTF_8).replaceFirst("\"generator\": \"[^\"]*\",", "");
	}
}
