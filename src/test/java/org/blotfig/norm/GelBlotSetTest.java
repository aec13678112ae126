package org.blotfig.norm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.blotfig.core.ProgressListener;
import org.blotfig.gel.GelImage;
import org.blotfig.gel.GelParams;
import org.blotfig.synth.Preset;
import org.blotfig.synth.SyntheticBlot;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

/**
 * The acceptance test: generated blot sets (three membranes, loading variation, one
 * saturated actin lane, one membrane as separate strips) through automatic band detection and
 * normalisation; fold changes against the generator's true volumes. Clean blots: every lane
 * within 3 %. Typical blots (gradient, blotches, dust, tilt, smile): the median within 1.5 % and
 * at least 90 % of lanes within 3 %; the rest is band-volume error of the detector next to dust
 * (see BlotSetPipeline.defaultGelParams for the numbers over several seeds).
 */
class GelBlotSetTest {

	@TempDir
	Path dir;

	static GelImage image(SyntheticBlot b) {
		return b.bitDepth() == 8 ? GelImage.of8Bit(b.width(), b.height(), b.pixels8()) :
			GelImage.of16Bit(b.width(), b.height(), b.pixels16());
	}

	@Test
	void cleanWithAutomaticLaneCount() throws IOException {
		check(Preset.CLEAN, 0, 1.0);
	}

	/** Typical difficulty: gradient, blotches, dust, 1 degree tilt, smile, loading variation. */
	@Test
	void typicalWithAutomaticLaneCount() throws IOException {
		check(Preset.TYPICAL, 0, 0.9);
	}

	/** @param minWithin3 the fraction of lanes whose fold change must be within 3 % of the truth */
	void check(Preset preset, int lanes, double minWithin3) throws IOException {
		SyntheticBlotSets gen = new SyntheticBlotSets(dir, preset, 11);
		BlotSet set = BlotSet.read(gen.set);
		GelParams gel = BlotSetPipeline.defaultGelParams();
		gel.lanes = lanes;
		BlotSetResult r = BlotSetPipeline.run(set, p -> image(gen.blots.get(p.getFileName().toString())), gel,
			new BlotSetQuantifier.Options(), ProgressListener.NONE);
		List<Double> err = new ArrayList<>();
		double worstMw = 0;
		int saturated = 0;
		for (SyntheticBlotSets.Expected e : gen.expected) {
			NormalizedRow row = SyntheticBlotSetTest.find(r, e);
			if (e.saturatedControl) {
				saturated++;
				assertTrue(row.flags.contains("excluded:loading-control-saturated"), row.toString());
				assertTrue(Double.isNaN(row.foldChange), row.toString());
				continue;
			}
			assertTrue(!row.isExcluded(), row.toString());
			err.add(Math.abs(row.foldChange / e.fold - 1));
			worstMw = Math.max(worstMw, Math.abs(row.mwKda / e.kda - 1));
		}
		Collections.sort(err);
		int n = err.size();
		double within = 0;
		for (double x : err) if (x <= 0.03) within++;
		System.out.printf(Locale.ROOT, "%s: %d lanes, fold-change |error| median %.2f %%, worst %.2f %%, within 3 %%: " +
			"%.1f %%; worst MW error %.2f %%%n", preset, n, 100 * err.get(n / 2), 100 * err.get(n - 1), 100 * within / n,
			100 * worstMw);
		assertEquals(2, saturated, "the saturated actin lane, seen by both targets");
		assertEquals(2 * SyntheticBlotSets.MEMBRANES * 8 - 2, n);
		assertTrue(err.get(n / 2) <= 0.015, "median fold-change error " + err.get(n / 2));
		assertTrue(within / n >= minWithin3, "lanes within 3 %: " + within / n);
		assertTrue(worstMw <= 0.05, "worst MW error " + worstMw);
	}
}
