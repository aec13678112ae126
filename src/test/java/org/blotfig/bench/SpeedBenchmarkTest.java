package org.blotfig.bench;

import static org.junit.jupiter.api.Assertions.*;

import org.blotfig.synth.BlotSpec;
import org.junit.jupiter.api.Test;

/** The speed scan has the requested size and the reference pass reads unsigned 16-bit values. */
class SpeedBenchmarkTest {

	@Test
	void scanSpecFillsTheRequestedSize() {
		BlotSpec s = SpeedBenchmark.spec(4000, 3000, 1).validate();
		assertEquals(4000, s.width());
		assertEquals(3000, s.height());
		assertEquals(24, s.lanes());
		assertEquals(16, s.bitDepth());
	}

	@Test
	void singlePassSumsUnsignedValues() {
		assertEquals(65535 + 1 + 32768, SpeedBenchmark.sum(new short[] { -1, 1, (short) 32768 }));
	}
}
