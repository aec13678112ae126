package org.blotfig.cli;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** The benchmark runs end to end on a small file and ends with its machine-readable line (no timing asserts). */
class BenchFcsCommandTest {

	@Test
	void smallRunEndsWithRatioLine() {
		String[] r = FlowCliTest.run(0, "bench", "fcs", "--events", "2000", "--channels", "3", "--repeats", "1");
		String[] lines = r[0].trim().split("\n");
		assertTrue(lines[0].startsWith("file: 2000 events x 3 float channels"), r[0]);
		assertTrue(lines[lines.length - 1].trim().matches("ratio_vs_raw_read=[0-9]+\\.[0-9]{3}"), r[0]);
		FlowCliTest.run(2, "bench", "fcs", "--events", "0");
	}
}
