package org.blotfig.flow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The generator's own arithmetic: the normal tail, the fractions it solves, the counts it promises. */
class PaperFlowDemoTruthTest {

	@Test
	void erfcMatchesKnownValues() {
		// erfc(0) = 1, erfc(1) = 0.157299207050285, erfc(2) = 0.004677734981047, erfc(-1) = 1.842700792949715
		assertEquals(1, PaperFlowDemo.erfc(0), 2e-7);
		assertEquals(0.157299207050285, PaperFlowDemo.erfc(1), 2e-7);
		assertEquals(0.004677734981047, PaperFlowDemo.erfc(2), 1e-8);
		assertEquals(1.842700792949715, PaperFlowDemo.erfc(-1), 2e-7);
	}

	@Test
	void solvedFractionsGiveTheTargetQuadrantsInExpectation() {
		PaperFlowDemo.Pop neg = new PaperFlowDemo.Pop(6, 0.5), negY = new PaperFlowDemo.Pop(5, 0.5),
			pos = new PaperFlowDemo.Pop(300, 0.6), posY = new PaperFlowDemo.Pop(250, 0.6);
		PaperFlowDemo.Pop[][] pops = { { neg, negY }, { pos, negY }, { pos, posY }, { neg, posY } };
		int[] need = { 2626, 1155, 1101, 118 };
		double tx = 19.3, ty = 16.6;
		double[] f = PaperFlowDemo.fractions(need, pops, tx, ty);
		double[] expected = new double[4];
		for (int p = 0; p < 4; p++) {
			double px = pops[p][0].above(tx), py = pops[p][1].above(ty);
			expected[0] += f[p] * (1 - px) * (1 - py);
			expected[1] += f[p] * px * (1 - py);
			expected[2] += f[p] * px * py;
			expected[3] += f[p] * (1 - px) * py;
		}
		for (int q = 0; q < 4; q++) assertEquals(need[q] / 5000.0, expected[q], 1e-9, "quadrant " + q);
	}

	@Test
	void everyReplicateGatesToItsPromisedCounts() {
		PaperFlowDemo d = PaperFlowDemo.generate(1);
		for (PaperFlowDemo.Replicate r : d.replicates) {
			QuadrantGate.Result q = QuadrantGate.apply(r.data.column(2), r.data.column(3), d.annexinThreshold,
				d.piThreshold);
			assertArrayEquals(new long[] { r.expectedCounts[0], r.expectedCounts[1], r.expectedCounts[2],
				r.expectedCounts[3] }, q.counts, r.sample);
		}
		for (PaperFlowDemo.Marker m : d.markers)
			assertEquals(m.expectedPositive, PositiveGate.apply(m.sample.column(m.channel.equals("FL1-H") ? 2 : 3),
				m.threshold).positive, m.marker);
	}
}
