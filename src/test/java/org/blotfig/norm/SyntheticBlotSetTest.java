package org.blotfig.norm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.blotfig.core.ProgressListener;
import org.blotfig.synth.Preset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated blot sets through the normalisation with a perfect (truth) band source: checks the
 * set generation, the CSV plumbing, row selection by MW, per-membrane fold change and the
 * saturated-lane exclusion end to end, independent of detection error.
 */
class SyntheticBlotSetTest {

	@TempDir
	Path dir;

	static NormalizedRow find(BlotSetResult r, SyntheticBlotSets.Expected e) {
		for (NormalizedRow row : r.rows)
			if (row.target.equals(e.target) && row.sample.membrane.equals(e.membrane) && row.sample.lane == e.lane)
				return row;
		throw new AssertionError("no row for " + e.target + " lane " + e.lane + " on " + e.membrane);
	}

	@Test
	void truthBandsGiveTrueFoldChangesExactly() throws IOException {
		SyntheticBlotSets gen = new SyntheticBlotSets(dir, Preset.CLEAN, 7);
		BlotSet set = BlotSet.read(gen.set);
		BlotSetResult r = BlotSetQuantifier.quantify(set, gen::oracleBands, new BlotSetQuantifier.Options(),
			ProgressListener.NONE);
		assertEquals("control", r.referenceGroup);
		assertEquals(2 * SyntheticBlotSets.MEMBRANES * 8, r.rows.size());
		int saturated = 0;
		for (SyntheticBlotSets.Expected e : gen.expected) {
			NormalizedRow row = find(r, e);
			if (e.saturatedControl) {
				saturated++;
				assertTrue(row.flags.contains("excluded:loading-control-saturated"), row.toString());
				assertTrue(Double.isNaN(row.foldChange));
				continue;
			}
			assertEquals(e.fold, row.foldChange, 1e-9 * e.fold, row.toString());
			assertEquals(e.kda, row.mwKda, 1e-6 * e.kda, row.toString());
		}
		assertEquals(2, saturated, "one saturated actin lane, seen by both targets");
	}
}
