package org.blotfig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** Every subcommand's --help renders without picocli complaining (a bare '%' in a description does). */
class HelpTextTest {

	@Test
	void everyHelpTextFormatsCleanly() {
		PrintStream saved = System.err;
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		StringBuilder usage = new StringBuilder();
		System.setErr(new PrintStream(err, true));
		try {
			render(Main.commandLine(), usage);
		}
		finally {
			System.setErr(saved);
		}
		assertEquals("", err.toString(StandardCharsets.UTF_8), "picocli warnings while rendering help");
		assertFalse(usage.indexOf("%n") >= 0, "unformatted %n left in a help text");
	}

	private static void render(CommandLine cl, StringBuilder usage) {
		usage.append(cl.getUsageMessage());
		for (CommandLine sub : cl.getSubcommands().values()) render(sub, usage);
	}
}
