package org.blotfig.norm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NormalizerTest {

	static List<SampleLane> lanes(String membrane) {
		List<SampleLane> l = new ArrayList<>();
		l.add(new SampleLane(1, "c1", "control", "1", membrane));
		l.add(new SampleLane(2, "c2", "control", "2", membrane));
		l.add(new SampleLane(3, "t1", "treated", "1", membrane));
		l.add(new SampleLane(4, "t2", "treated", "2", membrane));
		l.add(new SampleLane(5, "t3", "treated", "3", membrane));
		l.add(new SampleLane(6, "t4", "treated", "4", membrane));
		return l;
	}

	static Map<Integer, Signal> signals(double scale, double... v) {
		Map<Integer, Signal> m = new HashMap<>();
		for (int i = 0; i < v.length; i++) if (!Double.isNaN(v[i])) m.put(i + 1, new Signal(scale * v[i], false));
		return m;
	}

	@Test
	void ratioAndFoldChangeByHand() {
		// target 100 120 300 200 | control 50 60 50 40 -> ratios 2 2 6 5, reference mean 2
		Map<Integer, Signal> t = signals(1, 100, 120, 300, 200, 80, Double.NaN);
		Map<Integer, Signal> c = signals(1, 50, 60, 50, 40, 70, 50);
		c.put(5, new Signal(70, true)); // saturated actin in lane 5
		List<NormalizedRow> rows = Normalizer.normalize(lanes("A"), "P53", t, c, "loading-control", "control",
			Collections.<String> emptyList());
		assertEquals(6, rows.size());
		double[] ratio = { 2, 2, 6, 5 };
		double[] fold = { 1, 1, 3, 2.5 };
		for (int i = 0; i < 4; i++) {
			assertEquals(ratio[i], rows.get(i).ratio, 1e-12);
			assertEquals(fold[i], rows.get(i).foldChange, 1e-12);
			assertFalse(rows.get(i).isExcluded());
			assertTrue(rows.get(i).flags.isEmpty(), rows.get(i).flags.toString());
		}
		NormalizedRow sat = rows.get(4);
		assertTrue(sat.isExcluded());
		assertEquals("excluded:loading-control-saturated", sat.flagText());
		assertTrue(Double.isNaN(sat.ratio) && Double.isNaN(sat.foldChange));
		assertEquals(80, sat.targetVolume, 0); // volumes still shown
		assertEquals(70, sat.controlVolume, 0);
		NormalizedRow missing = rows.get(5);
		assertEquals("excluded:target-missing", missing.flagText());
		assertTrue(Double.isNaN(missing.targetVolume));
	}

	@Test
	void membranesPoolBecauseEachHasItsOwnReference() {
		// membrane B: a 3x longer exposure of the target and 0.5x of the control -> same fold changes
		List<NormalizedRow> a = Normalizer.normalize(lanes("A"), "P53", signals(1, 100, 120, 300, 200),
			signals(1, 50, 60, 50, 40), "loading-control", "control", Collections.<String> emptyList());
		List<NormalizedRow> b = Normalizer.normalize(lanes("B"), "P53", signals(3, 100, 120, 300, 200),
			signals(0.5, 50, 60, 50, 40), "loading-control", "control", Collections.<String> emptyList());
		for (int i = 0; i < 4; i++) {
			assertEquals(a.get(i).foldChange, b.get(i).foldChange, 1e-12);
			assertEquals(6 * a.get(i).ratio, b.get(i).ratio, 1e-9);
			assertEquals("B", b.get(i).sample.membrane);
		}
	}

	@Test
	void noUsableReferenceLaneLeavesFoldChangeEmptyWithReason() {
		Map<Integer, Signal> c = signals(1, 50, 60, 50, 40);
		c.remove(1);
		c.put(2, new Signal(60, true));
		List<NormalizedRow> rows = Normalizer.normalize(lanes("A"), "P53", signals(1, 100, 120, 300, 200), c,
			"loading-control", "control", Collections.singletonList("loading-control-cv-high"));
		assertEquals("excluded:loading-control-missing;loading-control-cv-high", rows.get(0).flagText());
		assertEquals(6, rows.get(2).ratio, 1e-12);
		assertTrue(Double.isNaN(rows.get(2).foldChange));
		assertTrue(rows.get(2).flags.contains("no-usable-reference-lane"));
	}

	@Test
	void saturatedTargetAndNonPositiveControlAreExcluded() {
		Map<Integer, Signal> t = signals(1, 100, 120, 300, 200);
		t.put(3, new Signal(300, true));
		Map<Integer, Signal> c = signals(1, 50, 60, 50, -2);
		List<NormalizedRow> rows = Normalizer.normalize(lanes("A"), "P53", t, c, "total-protein", "control",
			Collections.<String> emptyList());
		assertEquals("excluded:target-saturated", rows.get(2).flagText());
		assertEquals("excluded:total-protein-not-above-background", rows.get(3).flagText());
	}

	/**
	 * Fold-change SE by hand. Reference lanes c1, c2, c3: target 100 +- 1, control 100 +- 0 (ratio
	 * 1 +- 0.01); treated t1: target 200 +- 2, control 100 +- 1 (ratio 2, var 0.02^2 + 0.02^2).
	 * Reference mean 1. t1: d fold / d r = 1, each reference lane's ratio -2/3, their SEs added as
	 * correlated: 3 x 2/3 x 0.01 = 0.02; SE = sqrt(8e-4 + 4e-4) = 0.0346, 1.96 x 0.0346 / 2 = 3.4 %
	 * of the fold change: imprecise. c1: own 1 - 1/3, the other two 1/3 each: sqrt((2/3 x 0.01)^2 +
	 * (2 x 1/3 x 0.01)^2) = 0.00943, 1.85 %: not flagged.
	 */
	@Test
	void foldChangeStandardErrorByHand() {
		List<SampleLane> l = new ArrayList<>();
		for (int i = 1; i <= 3; i++) l.add(new SampleLane(i, "c" + i, "control", "" + i, "A"));
		l.add(new SampleLane(4, "t1", "treated", "1", "A"));
		Map<Integer, Signal> t = new HashMap<>(), c = new HashMap<>();
		for (int i = 1; i <= 3; i++) {
			t.put(i, new Signal(100, 1, false));
			c.put(i, new Signal(100, 0, false));
		}
		t.put(4, new Signal(200, 2, false));
		c.put(4, new Signal(100, 1, false));
		List<NormalizedRow> rows = Normalizer.normalize(l, "P53", t, c, "loading-control", "control",
			Collections.<String> emptyList());
		assertEquals(2, rows.get(3).foldChange, 1e-12);
		assertEquals(Math.sqrt(8e-4 + 4e-4), rows.get(3).foldChangeSe, 1e-12);
		assertEquals(NormalizedRow.IMPRECISE, rows.get(3).flagText());
		for (int i = 0; i < 3; i++) {
			assertEquals(1, rows.get(i).foldChange, 1e-12);
			assertEquals(Math.sqrt(2) * 0.02 / 3, rows.get(i).foldChangeSe, 1e-12);
			assertTrue(rows.get(i).flags.isEmpty(), rows.get(i).flags.toString());
		}
		// measurements without SEs (hand-measured tables): no SE, no precision flag
		for (NormalizedRow r : Normalizer.normalize(lanes("A"), "P53", signals(1, 1, 2, 3, 4, 5, 6),
			signals(1, 1, 1, 1, 1, 1, 1), "loading-control", "control", Collections.<String> emptyList())) {
			assertTrue(Double.isNaN(r.foldChangeSe), r.toString());
			assertTrue(r.flags.isEmpty(), r.toString());
		}
	}
}
