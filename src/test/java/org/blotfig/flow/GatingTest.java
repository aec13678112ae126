package org.blotfig.flow;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;

import org.blotfig.testutil.Shared;
import org.junit.jupiter.api.Test;

/** Gating on hand-computed cases and on a real file against numpy. */
class GatingTest {

	@Test
	void percentileIsRType7() {
		double[] v = new double[100];
		for (int i = 0; i < 100; i++) v[99 - i] = i + 1; // 100..1, unsorted on purpose
		assertEquals(99.01, Percentile.of(v, 99), 1e-12); // numpy.percentile(range(1,101), 99)
		assertEquals(2.5, Percentile.of(new double[] { 4, 1, 3, 2 }, 50), 0);
		assertEquals(1, Percentile.of(new double[] { 4, 1, 3, 2 }, 0), 0);
		assertEquals(4, Percentile.of(new double[] { 4, 1, 3, 2, Double.NaN }, 100), 0);
		assertThrows(IllegalArgumentException.class, () -> Percentile.of(new double[] { 1 }, 101));
	}

	@Test
	void quadrantCountsWithEventsOnThresholdsPositive() {
		// x:  1  5  5  9  2  7  NaN   y: 1  1  5  9  8  4  3
		double[] x = { 1, 5, 5, 9, 2, 7, Double.NaN };
		double[] y = { 1, 1, 5, 9, 8, 4, 3 };
		QuadrantGate.Result r = QuadrantGate.apply(x, y, 5, 5);
		// (1,1) -/-; (5,1) +/-; (5,5) +/+; (9,9) +/+; (2,8) -/+; (7,4) +/-; NaN excluded
		assertArrayEquals(new long[] { 1, 2, 2, 1 }, r.counts);
		assertEquals(6, r.total);
		assertEquals(1, r.excluded);
		assertEquals(100.0 * 2 / 6, r.percent(2), 1e-12);
		assertEquals("early apoptotic", QuadrantGate.APOPTOSIS_LABELS[QuadrantGate.Result.index(true, false)]);
		assertEquals("necrotic", QuadrantGate.APOPTOSIS_LABELS[QuadrantGate.Result.index(false, true)]);
	}

	@Test
	void positiveGateAgainstControl() {
		double[] control = new double[100];
		for (int i = 0; i < 100; i++) control[i] = i + 1; // p99 = 99.01
		double[] sample = { 50, 99.01, 99.0, 100, 1000, Double.NaN };
		PositiveGate.Result r = PositiveGate.againstControl(sample, control, 99);
		assertEquals(99.01, r.threshold, 1e-12);
		assertEquals(3, r.positive); // 99.01 (on threshold), 100, 1000
		assertEquals(5, r.total);
		assertEquals(60.0, r.percent(), 1e-12);
	}

	@Test
	void debrisGates() {
		EventGate rect = EventGate.rectangle(0, 10, 0, 5);
		assertTrue(rect.contains(10, 5));
		assertFalse(rect.contains(10.01, 5));
		EventGate tri = EventGate.polygon(new double[] { 0, 10, 0 }, new double[] { 0, 0, 10 });
		assertTrue(tri.contains(1, 1));
		assertTrue(tri.contains(5, 5)); // on the hypotenuse
		assertTrue(tri.contains(0, 0)); // vertex
		assertFalse(tri.contains(6, 6));
		assertFalse(tri.contains(-0.1, 1));
	}

	/** FlowJo 10.6.2's own counts, from the workspace saved with the file (FlowKit test data). */
	@Test
	void diamondQuadrantsMatchFlowJoWorkspaceCounts() {
		FcsDataset ds = FcsReader.read(Shared.data("fcs/FlowKit/data/simple_diamond_example/test_data_diamond_01.fcs"))
			.first();
		// simple_diamond_example_quad_gate.wsp: Gating-ML rectangles, min inclusive, max exclusive
		QuadrantGate.Result r = QuadrantGate.apply(ds.values(0), ds.values(1), 49536.60093896714, 49866.83420593368);
		// -/- = Q4 49403, +/- = Q3 50330, +/+ = Q2 50596, -/+ = Q1 49671
		assertArrayEquals(new long[] { 49403, 50330, 50596, 49671 }, r.counts);
		assertEquals(200000, r.total);
	}

	@Test
	void realFileQuadrantsAndPositiveMatchNumpy() throws IOException {
		FcsDataset ds = FcsReader.read(Shared.data("fcs/FlowKit/data/gate_ref/data1.fcs")).first();
		double[] fl1 = ds.values(2), fl2 = ds.values(3);
		// numpy on FlowIO's preprocessed truth: thresholds 10 / 10, >= counts positive
		assertArrayEquals(new long[] { 3463, 1349, 5156, 3399 }, QuadrantGate.apply(fl1, fl2, 10, 10).counts);
		// with a debris rectangle FSC in [50, 250], SSC in [0, 100] (scaled units): 10097 events kept
		QuadrantGate.Result g = QuadrantGate.apply(fl1, fl2, 10, 10, EventGate.rectangle(50, 250, 0, 100),
			ds.values(0), ds.values(1));
		assertArrayEquals(new long[] { 892, 1062, 4974, 3169 }, g.counts);
		assertEquals(10097, g.total);
		PositiveGate.Result p = PositiveGate.againstControl(ds.values(6), ds.values(4), 99);
		assertEquals(184.34229924091105, p.threshold, 1e-9);
		assertEquals(217, p.positive);
	}
}
