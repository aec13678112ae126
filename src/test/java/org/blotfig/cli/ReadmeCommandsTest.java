package org.blotfig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ./blotfig ...} command that README.md and test-images/README.md show on the
 * bundled data runs as written, as a biologist would paste it (only {@code --out} goes to a
 * temporary folder, so that test-images/ stays as it is). Commands with placeholders
 * ({@code IMAGE}, {@code SET.csv}, {@code DIR} outside --out, ...) and the timing benchmarks are
 * left out; the list of what ran is checked, so that a README edit cannot silently empty it.
 */
class ReadmeCommandsTest {

	@TempDir
	Path tmp;

	/** A placeholder: IMAGE, SET.csv, FILE.fcs, CH, ... (upper-case word, optionally with an extension). */
	static final Pattern PLACEHOLDER = Pattern.compile("[A-Z][A-Z_]*(\\.[a-z]+)?");

	/** The ./blotfig command lines in a Markdown text: inline code spans and lines of fenced blocks. */
	static List<String> commands(String md) {
		List<String> out = new ArrayList<>();
		String[] parts = md.split("```");
		for (int i = 0; i < parts.length; i++) {
			if (i % 2 == 1) { // inside a fenced block: lines, '\' continues a line
				for (String line : parts[i].replace("\\\n", " ").split("\n"))
					if (line.trim().startsWith("./blotfig ")) out.add(line.trim());
				continue;
			}
			Matcher m = Pattern.compile("`(\\./blotfig [^`]*)`").matcher(parts[i]);
			while (m.find()) out.add(m.group(1).replace('\n', ' ').trim());
		}
		return out;
	}

	@Test
	void everyDocumentedCommandOnTheBundledDataRuns() throws IOException {
		List<String> ran = new ArrayList<>();
		java.util.Set<String> seen = new java.util.HashSet<>();
		int n = 0;
		for (String readme : new String[] { "README.md", "test-images/README.md" }) {
			String md = new String(Files.readAllBytes(Paths.get(readme)), StandardCharsets.UTF_8);
			for (String cmd : commands(md)) {
				if (!seen.add(cmd.replaceAll("--out \\S+", "--out"))) continue; // shown twice, run once
				List<String> args = new ArrayList<>(Arrays.asList(cmd.substring("./blotfig ".length()).trim()
					.split("\\s+")));
				if (args.get(0).equals("bench")) continue; // timing runs: BENCHMARKS.md, not a test
				if (String.join(" ", args).matches("[a-z -]+")) continue; // a name in the text ("`./blotfig flow table` turns...")
				boolean placeholder = false;
				for (int i = 0; i < args.size(); i++) {
					if (args.get(i).equals("--out") && i + 1 < args.size()) {
						args.set(++i, tmp.resolve("run" + (n++)).resolve("out").toString());
						continue;
					}
					placeholder |= PLACEHOLDER.matcher(args.get(i)).matches();
				}
				if (placeholder) continue;
				String[] result = run(args);
				assertEquals("0", result[0], readme + ": `" + cmd + "` failed: " + result[1]);
				assertFalse(result[1].contains("error"), readme + ": `" + cmd + "`: " + result[1]);
				ran.add(args.get(0) + (args.size() > 1 && !args.get(1).startsWith("-") && !args.get(1).contains("/") ?
					" " + args.get(1) : ""));
			}
		}
		// the workflows the READMEs walk a new user through, each run at least once
		for (String w : new String[] { "study", "normalize", "elisa", "synth", "demo", "flow markers", "flow apoptosis",
			"flow table", "flow demo", "flow quadrants" })
			assertTrue(ran.contains(w), "no runnable README command for '" + w + "' (ran: " + ran + ")");
	}

	/** Main.run with stdout and stderr captured: {exit code, stderr}. */
	static String[] run(List<String> args) {
		PrintStream out = System.out, err = System.err;
		ByteArrayOutputStream e = new ByteArrayOutputStream();
		try {
			System.setOut(new PrintStream(new ByteArrayOutputStream(), true));
			System.setErr(new PrintStream(e, true));
			int code = Main.run(args.toArray(new String[0]));
			return new String[] { String.valueOf(code), new String(e.toByteArray(), StandardCharsets.UTF_8) };
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
	}
}
