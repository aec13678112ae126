package org.blotfig.cli;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** The speed benchmark end to end on a small scan: report and machine-readable last line (no timing asserts). */
class BenchSpeedCommandTest {

	@Test
	void smallScanEndsWithTheRatioLine() {
		String[] r = FlowCliTest.run(0, "bench", "speed", "--width", "400", "--height", "300", "--repeats", "1");
		String[] lines = r[0].trim().split("\n");
		assertTrue(lines[0].startsWith("scan: 400 x 300 16-bit (TYPICAL preset), 2 true lanes"), r[0]);
		assertTrue(r[0].contains("blotfig stages (one extra run): wrap pixels"), r[0]);
		assertTrue(r[0].matches("(?s).*thread CPU time, medians .*: blotfig [0-9.]+ ms, rolling ball [0-9.]+ ms, " +
			"summing pass [0-9.]+ ms; ratios [0-9.]+ and [0-9.]+\n.*"), r[0]);
		assertTrue(lines[lines.length - 1].trim().matches(
			"ratio_vs_rolling_ball=[0-9]+\\.[0-9]{4} ratio_vs_single_pass=[0-9]+\\.[0-9]{2}"), r[0]);
	}

	@Test
	void tooSmallScanIsAnInputError() {
		String[] r = FlowCliTest.run(2, "bench", "speed", "--width", "10");
		assertTrue(r[1].contains("need width >= 300"), r[1]);
		FlowCliTest.run(2, "bench", "speed", "--repeats", "0");
	}
}
