package org.blotfig.commands;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every command stops on bad input the same way (see CommandErrors), including ones added later. */
class CommandSourcesTest {

	@Test
	void everyCommandThatCatchesBadInputStopsThroughCommandErrors() throws Exception {
		int commands = 0;
		try (Stream<Path> files = Files.list(Paths.get("src", "main", "java", "org", "blotfig", "commands"))) {
			for (Path f : (Iterable<Path>) files::iterator) {
				String src = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
				if (!src.contains("@Plugin(type = Command.class")) continue;
				commands++;
				assertTrue(src.contains("catch (InputException e)"), f.getFileName() + ": bad input not caught");
				assertTrue(src.contains("CommandErrors.stop(ui, log, "), f.getFileName() + ": bad input not stopped " +
					"through CommandErrors");
			}
		}
		assertTrue(commands >= 13, "commands found: " + commands);
	}
}
