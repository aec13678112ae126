package org.blotfig.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.blotfig.io.OutputDir;

/**
 * After a run: removes the files among the command's own result names that an earlier run into
 * the same --out left there and this run did not write ({@link OutputDir#removeStale}), and says
 * so on stderr. Call only after {@code OutputDir.checkInputsKept} with the same names.
 */
final class StaleFiles {

	private StaleFiles() {}

	static void remove(String command, Path out, OutputDir dir, Collection<String> names, PrintWriter err) {
		List<String> stale = dir.removeStale(names);
		if (!stale.isEmpty()) err.println("blotfig " + command + ": removed what an earlier run left in " + out +
			" and this one does not write: " + String.join(", ", stale));
	}
}
