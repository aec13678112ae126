package org.blotfig.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.blotfig.core.InputException;

/**
 * Writes result files so that a reader never sees a half-written file and inputs are never
 * overwritten: each file goes to a temporary sibling first and is then moved into place.
 */
public final class OutputDir {

	private final Path dir;
	/** Names (relative to {@link #dir}) written through this instance, for {@link #removeStale}. */
	private final java.util.Set<String> written = java.util.Collections.synchronizedSet(
		new java.util.HashSet<String>());

	public OutputDir(Path dir) {
		this.dir = dir;
	}

	public Path path() {
		return dir;
	}

	public Path resolve(String name) {
		return dir.resolve(name);
	}

	/**
	 * Checks, before any work, that {@code --out} can be used as the output folder: not an existing
	 * file, writable if it exists, creatable where it would go otherwise.
	 */
	public static void checkFolder(Path out) {
		if (Files.exists(out) && !Files.isDirectory(out))
			throw new InputException(out, "--out must be a folder, not a file");
		checkWritable(out, out.toAbsolutePath());
	}

	/**
	 * Fails with an {@link InputException} naming {@code target} when it cannot be created:
	 * a file stands where one of its folders should be, or the nearest existing folder is not
	 * writable. Commands call this before their work, so that a wrong --out costs nothing
	 * and is reported as the only line. (Whether {@code target} itself may be a file or a
	 * folder is the command's business.)
	 */
	public static void checkPlace(Path target) {
		checkWritable(target, target.toAbsolutePath().getParent());
	}

	/** The nearest existing folder from {@code start} upwards must be a writable folder. */
	private static void checkWritable(Path target, Path start) {
		for (Path p = start; p != null; p = p.getParent()) {
			if (!Files.exists(p)) continue;
			if (!Files.isDirectory(p)) throw new InputException(target, "cannot be created: " + p +
				" is a file, not a folder");
			if (!Files.isWritable(p)) throw new InputException(target, "cannot be created: no permission to " +
				"write in " + p);
			return;
		}
	}

	/**
	 * Fails before any work when a result would replace an input: an input file inside
	 * {@code out} (or one of its subfolders) with the name of a file the command writes, e.g.
	 * {@code --samples samples.csv --out .}. OutputDir replaces files by design, so this is the
	 * only guard that keeps inputs unmodified.
	 */
	public static void checkInputsKept(Path out, java.util.Collection<String> names, Path... inputs) {
		Path o = real(out);
		for (Path in : inputs) {
			if (in == null || !Files.isRegularFile(in)) continue;
			Path i = real(in);
			if (i.startsWith(o) && names.contains(i.getFileName().toString())) throw new InputException(in,
				"is an input and would be overwritten by the result file of the same name; choose another --out folder");
		}
	}

	/**
	 * Fails before any work when {@code file} exists but is not a result of ours, judged by its
	 * first line ({@code header}): a scans folder given as --out may hold the lab's own
	 * summary.csv, which a batch run would otherwise replace without a word. A result of an
	 * earlier run (same header) is replaced as usual.
	 */
	public static void checkOwnResult(Path file, String header) {
		if (!Files.isRegularFile(file)) return;
		String first;
		try (java.io.BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			first = r.readLine();
		}
		catch (IOException e) { // not UTF-8 text, unreadable: certainly not ours
			first = null;
		}
		if (first != null && first.replace("\uFEFF", "").trim().equals(header)) return;
		throw new InputException(file, "is not a blotfig result and would be overwritten; move it, or choose " +
			"another --out folder");
	}

	private static Path real(Path p) {
		try {
			return Files.exists(p) ? p.toRealPath() : p.toAbsolutePath().normalize();
		}
		catch (IOException e) {
			return p.toAbsolutePath().normalize();
		}
	}

	/** Writes a text file atomically. */
	public Path writeText(String name, String text) {
		return write(name, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
	}

	/** Writes a file atomically through the given writer callback. */
	public Path write(String name, StreamWriter content) {
		Path p = writeFile(dir.resolve(name), content);
		written.add(name);
		return p;
	}

	/**
	 * The folder's record of the result files blotfig wrote there ({@link #removeStale}), one name
	 * a line: only what is on it may be deleted as an earlier run's leftover, so a lab's own
	 * anova.csv in a folder given as --out is never taken for one.
	 */
	public static final String RECORD = ".blotfig-results";

	/**
	 * Deletes the files among {@code mayWrite} (names this command writes in this folder when it
	 * has them to write) that are here but were not written through this instance: results of an
	 * earlier run into the same --out, which would otherwise sit beside this run's as if they were
	 * its own (an anova.csv of three analytes next to a one-analyte figure without statistics).
	 * Only files an earlier run recorded as its own ({@link #RECORD}) go; folders and other files
	 * are left alone. The record is then brought up to date with this run's files. Only call it
	 * after checking that no input carries one of these names here ({@link #checkInputsKept}).
	 * @return the names deleted, for telling the user
	 */
	public java.util.List<String> removeStale(java.util.Collection<String> mayWrite) {
		java.util.Set<String> record = new java.util.TreeSet<>();
		Path recordFile = dir.resolve(RECORD);
		try {
			if (Files.isRegularFile(recordFile)) record.addAll(Files.readAllLines(recordFile, StandardCharsets.UTF_8));
		}
		catch (IOException e) { // unreadable: nothing is known to be ours
			record.clear();
		}
		java.util.List<String> removed = new java.util.ArrayList<>();
		for (String name : mayWrite) {
			Path p = dir.resolve(name);
			if (written.contains(name) || !record.contains(name) ||
				!Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) continue;
			try {
				Files.delete(p);
				removed.add(name);
			}
			catch (IOException e) {
				throw new UncheckedIOException("cannot remove " + p + " left by an earlier run: " + why(e, dir), e);
			}
		}
		record.removeAll(mayWrite);
		synchronized (written) {
			record.addAll(written);
		}
		record.remove(RECORD);
		writeText(RECORD, String.join("\n", record) + "\n");
		return removed;
	}

	/** Writes a text file atomically through a {@link Writer} callback. */
	public Path writeWith(String name, TextWriter content) {
		return write(name, out -> {
			Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
			content.write(w);
			w.flush();
		});
	}

	/** Writes {@code target} atomically: temp file in the same folder, then a move. */
	public static Path writeFile(Path target, StreamWriter content) {
		Path abs = target.toAbsolutePath();
		Path parent = abs.getParent();
		Path tmp = null;
		try {
			Files.createDirectories(parent);
			// not createTempFile: its owner-only permissions would stick to the result file
			tmp = parent.resolve("." + abs.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
			try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp,
				java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE))) {
				content.write(out);
			}
			try {
				Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException e) {
				Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
			}
			return abs;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write " + abs + ": " + why(e, parent), e);
		}
		finally {
			if (tmp != null) {
				try {
					Files.deleteIfExists(tmp);
				}
				catch (IOException ignored) {
					// best effort: the temp file is hidden and harmless
				}
			}
		}
	}

	/**
	 * The reason in words: the JDK's messages for these cases are often just a path
	 * (FileAlreadyExistsException when a file stands where a folder is needed).
	 */
	static String why(IOException e, Path parent) {
		if (e instanceof java.nio.file.AccessDeniedException) return "permission denied (" + e.getMessage() + ")";
		if (e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.NotDirectoryException ||
			"Not a directory".equals(reasonOf(e))) {
			for (Path p = parent; p != null; p = p.getParent())
				if (Files.exists(p) && !Files.isDirectory(p)) return p + " is a file, not a folder";
		}
		if (e instanceof java.nio.file.NoSuchFileException) return "no such folder (" + e.getMessage() + ")";
		String r = reasonOf(e);
		return r != null ? r : String.valueOf(e.getMessage());
	}

	private static String reasonOf(IOException e) {
		return e instanceof java.nio.file.FileSystemException ? ((java.nio.file.FileSystemException) e).getReason() :
			e.getMessage();
	}

	@FunctionalInterface
	public interface StreamWriter {
		void write(OutputStream out) throws IOException;
	}

	@FunctionalInterface
	public interface TextWriter {
		void write(Writer out) throws IOException;
	}
}
