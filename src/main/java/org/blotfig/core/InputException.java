package org.blotfig.core;

import java.nio.file.Path;

/**
 * A problem with user input: always names the file (or table) and the problem, so that a
 * biologist can fix the input without reading a stack trace.
 */
public class InputException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public InputException(String message) {
		super(message);
	}

	public InputException(String message, Throwable cause) {
		super(message, cause);
	}

	public InputException(Path file, String problem) {
		super(file + ": " + problem);
	}

	public InputException(Path file, String problem, Throwable cause) {
		super(file + ": " + problem, cause);
	}
}
