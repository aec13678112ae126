package org.blotfig.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

/**
 * Runs the CLI in-process as {@code Main.main} would, capturing everything it prints on
 * stderr: picocli's error stream and {@code System.err} (some commands print warnings there).
 */
final class CliProbe {

	final int exit;
	final String err;

	private CliProbe(int exit, String err) {
		this.exit = exit;
		this.err = err;
	}

	static CliProbe run(String... args) {
		ByteArrayOutputStream buf = new ByteArrayOutputStream();
		PrintStream old = System.err;
		int code;
		try {
			PrintStream capture = new PrintStream(buf, true, "UTF-8");
			System.setErr(capture);
			code = Main.commandLine().setErr(new PrintWriter(capture, true))
				.setOut(new PrintWriter(new ByteArrayOutputStream(), true)).execute(args);
			capture.flush();
		}
		catch (UnsupportedEncodingException e) {
			throw new AssertionError(e);
		}
		finally {
			System.setErr(old);
		}
		return new CliProbe(code, new String(buf.toByteArray(), StandardCharsets.UTF_8).trim());
	}
}
