package org.blotfig.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Bad inputs made from the good bundled examples: each helper copies an example into a test
 * folder and breaks it in one way a real user's file is broken.
 */
final class BrokenFiles {

	static final Path EXAMPLES = Paths.get("test-images");

	private final Path dir;

	BrokenFiles(Path dir) {
		this.dir = dir;
	}

	Path dir() {
		return dir;
	}

	/** An unchanged copy of {@code test-images/<example>} under the same name. */
	Path copy(String example) {
		return copy(example, Paths.get(example).getFileName().toString());
	}

	Path copy(String example, String name) {
		try {
			Path to = dir.resolve(name);
			Files.createDirectories(to.toAbsolutePath().getParent());
			return Files.copy(EXAMPLES.resolve(example), to);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A copy of a text example under {@code name}, its text changed by {@code edit}. */
	Path text(String example, String name, UnaryOperator<String> edit) {
		try {
			String s = new String(Files.readAllBytes(EXAMPLES.resolve(example)), StandardCharsets.UTF_8);
			String t = edit.apply(s);
			if (t.equals(s)) throw new IllegalStateException("the edit did not change " + example);
			return write(name, t.getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A copy of a binary example cut to its first {@code n} bytes. */
	Path truncated(String example, String name, int n) {
		try {
			return write(name, Arrays.copyOf(Files.readAllBytes(EXAMPLES.resolve(example)), n));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	Path write(String name, String text) {
		return write(name, text.getBytes(StandardCharsets.UTF_8));
	}

	Path write(String name, byte[] bytes) {
		try {
			Path to = dir.resolve(name);
			Files.createDirectories(to.toAbsolutePath().getParent());
			return Files.write(to, bytes);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	Path folder(String name) {
		try {
			return Files.createDirectories(dir.resolve(name));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A path inside the test folder that does not exist. */
	Path absent(String name) {
		return dir.resolve(name);
	}

	// --- text edits a European Excel, Windows or a careless edit would make ---

	/** ';' instead of ',' between cells (Excel in a locale with decimal commas). */
	static String semicolons(String s) {
		return s.replace(',', ';');
	}

	/** Semicolon cells and decimal commas in numbers, as a German Excel saves a CSV. */
	static String european(String s) {
		return semicolons(s).replaceAll("(\\d)\\.(\\d)", "$1,$2");
	}

	static String windowsLineEnds(String s) {
		return s.replace("\n", "\r\n");
	}

	static String withBom(String s) {
		return "\uFEFF" + s;
	}

	static String headerOnly(String s) {
		return s.substring(0, s.indexOf('\n') + 1);
	}

	/** Replaces the first occurrence of {@code from} (which must be there). */
	static UnaryOperator<String> replace(String from, String to) {
		return s -> {
			if (!s.contains(from)) throw new IllegalStateException("'" + from + "' not in the example");
			return s.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
		};
	}

	/** Every file and folder under the test folder with its bytes (folders as empty arrays). */
	Map<String, byte[]> snapshot() {
		Map<String, byte[]> m = new TreeMap<>();
		try (Stream<Path> all = Files.walk(dir)) {
			all.forEach(p -> {
				try {
					m.put(dir.relativize(p) + (Files.isDirectory(p) ? "/" : ""), Files.isDirectory(p) ? new byte[0] :
						Files.readAllBytes(p));
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return m;
	}
}
