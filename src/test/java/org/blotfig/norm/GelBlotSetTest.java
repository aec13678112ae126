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
 * normalisation; fold changes against the generator's true volumes. Bounds are what the detector
 * achieves on this seed (clean: median 0.09 %, worst 0.59 %; typical: 0.26 %, 1.4 %; hard: 1.4 %,
 * 10.8 %, 84 % of lanes within 3 % (1.3 %, 10.1 % before dust specks stopped placing lanes); hard was 1.4 %, 14 %, 74 % before the stain's lane totals
 * took dust and blotches out) with a margin; see BlotSetPipeline.defaultGelParams for the numbers
 * over several seeds. Clean and typical blots (gradient, blotches, dust, tilt, smile): every lane
 * within 3 %. Hard blots (heavy noise, dust and blotches on faint bands): where the rest of the
 * error comes from is in HardFoldChangeSourcesTest.
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
		check(Preset.CLEAN, 0, 0.0015, 0.01, 1.0);
	}

	/** Typical difficulty: gradient, blotches, dust, 1 degree tilt, smile, loading variation. */
	@Test
	void typicalWithAutomaticLaneCount() throws IOException {
		check(Preset.TYPICAL, 0, 0.005, 0.02, 1.0);
	}

	/** Hard difficulty: heavy noise, 40 dust specks of 30 % full scale, strong blotches, 3 degree tilt. */
	@Test
	void hardWithAutomaticLaneCount() throws IOException {
		check(Preset.HARD, 0, 0.02, 0.14, 0.75);
	}

	/**
	 * @param maxMedian the largest median |error| of the fold changes allowed
	 * @param maxWorst the largest |error| allowed in any lane
	 * @param minWithin3 the fraction of lanes whose fold change must be within 3 % of the truth
	 */
	void check(Preset preset, int lanes, double maxMedian, double maxWorst, double minWithin3) throws IOException {
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
		assertTrue(err.get(n / 2) <= maxMedian, "median fold-change error " + err.get(n / 2));
		assertTrue(err.get(n - 1) <= maxWorst, "worst fold-change error " + err.get(n - 1));
		assertTrue(within / n >= minWithin3, "lanes within 3 %: " + within / n);
		assertTrue(worstMw <= 0.05, "worst MW error " + worstMw);
	}
}
