package org.blotfig.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The accuracy benchmark end to end on a tiny grid: tables, files and the machine-readable last line. */
class BenchAccuracyCommandTest {

	@TempDir
	Path dir;

	@Test
	void tinyGridEndsWithTheMetricsLine() throws Exception {
		Path out = dir.resolve("acc");
		String[] r = FlowCliTest.run(0, "bench", "accuracy", "--n", "3", "--out", out.toString());
		String[] lines = r[0].trim().split("\n");
		String last = lines[lines.length - 1].trim();
		assertTrue(last.matches("lanes_exact=[0-9.]+ volume_median_rel_err=[0-9.]+ volume_p95_rel_err=[0-9.]+ " +
			"imagej_median_rel_err=[0-9.]+"), last);
		assertTrue(r[0].contains("| clean | 1 |"), r[0]);
		// image 0 is CLEAN: its lanes and volumes must come out right, or the harness scores wrongly
		List<String> images = Files.readAllLines(out.resolve("images.csv"));
		assertEquals(4, images.size());
		String[] clean = images.get(1).split(",");
		assertEquals("clean", clean[2]);
		assertEquals(clean[6], clean[9], "clean image: lanes found = true lanes");
		List<String> bands = Files.readAllLines(out.resolve("bands.csv"));
		assertTrue(bands.size() > 3 * 6 * 3, "one row per true band");
		double lanesExact = Double.parseDouble(last.split(" ")[0].split("=")[1]);
		assertTrue(lanesExact >= 1 / 3.0 - 1e-9 && lanesExact <= 1);
		assertTrue(Files.exists(out.resolve("failures.txt")));
	}

	@Test
	void badCountIsAnInputError() {
		String[] r = FlowCliTest.run(2, "bench", "accuracy", "--n", "0");
		assertTrue(r[1].contains("--n must be"), r[1]);
	}

	@Test
	void outBlockedByAFileFailsBeforeTheWork() throws Exception {
		Path file = Files.writeString(dir.resolve("taken"), "x");
		String[] r = FlowCliTest.run(2, "bench", "accuracy", "--n", "500", "--out", file.toString());
		assertTrue(r[1].contains("not a folder"), r[1]);
		r = FlowCliTest.run(2, "bench", "accuracy", "--n", "500", "--out", file.resolve("sub").toString());
		assertTrue(r[1].contains("is a file, not a folder"), r[1]);
		assertEquals("x", Files.readString(file));
	}
}
