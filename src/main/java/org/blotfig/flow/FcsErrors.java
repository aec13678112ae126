package org.blotfig.flow;

import java.nio.file.Path;

import org.blotfig.core.InputException;

/** Builds the one clear error a malformed FCS file gives: file, field and byte offset. */
final class FcsErrors {

	private FcsErrors() {}

	/**
	 * @param file the FCS file
	 * @param field what is wrong (a HEADER field, a TEXT keyword, the DATA segment)
	 * @param offset the absolute byte offset in the file where that field lives, or -1 if unknown
	 * @param problem what is wrong with it, in words
	 */
	static InputException at(Path file, String field, long offset, String problem) {
		String where = offset >= 0 ? field + " (byte " + offset + ")" : field;
		return new InputException(file, where + ": " + problem);
	}
}
