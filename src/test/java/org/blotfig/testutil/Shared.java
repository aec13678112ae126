package org.blotfig.testutil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Assumptions;

/** Access to the read-only real data in ../shared; tests skip clearly when it is absent. */
public final class Shared {

	private Shared() {}

	public static final Path ROOT = Paths.get("..", "shared").toAbsolutePath().normalize();

	/** Returns ../shared/data/{relative}, or skips the test when it is not there. */
	public static Path data(String relative) {
		Path p = ROOT.resolve("data").resolve(relative);
		Assumptions.assumeTrue(Files.exists(p), "skipped: shared test data not present at " + p);
		return p;
	}
}
