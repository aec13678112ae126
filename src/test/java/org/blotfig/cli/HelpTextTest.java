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

	/**
	 * Every option and parameter says what it is for: a biologist reading {@code --help} cannot guess
	 * what a bare {@code --out=DIR} or {@code --x-threshold=V} means (flow quadrants had several).
	 */
	@Test
	void everyOptionIsDescribed() {
		java.util.List<String> bare = new java.util.ArrayList<>();
		undescribed(Main.commandLine(), bare);
		assertEquals("[]", bare.toString(), "options without a description");
	}

	private static void undescribed(CommandLine cl, java.util.List<String> bare) {
		String name = cl.getCommandSpec().qualifiedName(" ");
		for (CommandLine.Model.ArgSpec a : cl.getCommandSpec().args()) {
			if (a.hidden() || String.join("", a.description()).trim().isEmpty() == false) continue;
			bare.add(name + " " + (a instanceof CommandLine.Model.OptionSpec ? ((CommandLine.Model.OptionSpec) a)
				.longestName() : a.paramLabel()));
		}
		for (CommandLine sub : cl.getSubcommands().values()) undescribed(sub, bare);
	}

	private static void render(CommandLine cl, StringBuilder usage) {
		usage.append(cl.getUsageMessage());
		for (CommandLine sub : cl.getSubcommands().values()) render(sub, usage);
	}
}
