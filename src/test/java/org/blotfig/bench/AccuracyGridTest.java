package org.blotfig.bench;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.blotfig.synth.BlotSpec;
import org.blotfig.synth.TruthJson;
import org.junit.jupiter.api.Test;

/** The grid covers what the issue asks for, deterministically. */
class AccuracyGridTest {

	@Test
	void gridCoversTheRequestedRangesAndIsDeterministic() {
		List<GridCase> g = AccuracyGrid.cases(1, 60);
		Set<String> seen = new HashSet<>();
		int saturating = 0;
		for (GridCase c : g) {
			BlotSpec s = c.spec;
			s.copy().validate();
			assertTrue(s.lanes() >= 6 && s.lanes() <= 15, "lanes " + s.lanes());
			assertTrue(Math.abs(s.tiltDeg()) <= 5);
			double swing = (Math.abs(s.gradientX()) * s.width() + Math.abs(s.gradientY()) * s.height()) / 2;
			if (c.gradient) assertTrue(swing >= 0.0499 * s.maxValue() && swing <= 0.1501 * s.maxValue(), c.describe());
			else assertEquals(0, swing, 0, c.describe());
			seen.add(s.bitDepth() + "-bit");
			seen.add(s.polarity().label());
			seen.add(c.difficulty.label() + (c.gradient ? "+g" : ""));
			seen.add("tilt " + c.tiltBucket());
			if (c.index % 4 == 3 || c.difficulty == org.blotfig.synth.Preset.HARD) saturating++;
		}
		assertTrue(seen.containsAll(Set.of("8-bit", "16-bit", "light-bands", "dark-bands", "clean", "clean+g", "typical",
			"typical+g", "hard", "hard+g", "tilt 0-1", "tilt 1-3", "tilt 3-5")), seen.toString());
		assertTrue(saturating >= 20);
		// image 7 is the same whether the grid has 8 or 60 images
		String a = TruthJson.gson().toJson(AccuracyGrid.cases(1, 8).get(7).spec);
		assertEquals(a, TruthJson.gson().toJson(g.get(7).spec));
		assertNotEquals(a, TruthJson.gson().toJson(AccuracyGrid.cases(2, 8).get(7).spec));
	}
}
