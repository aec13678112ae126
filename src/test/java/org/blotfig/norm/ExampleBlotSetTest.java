package org.blotfig.norm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;

import org.blotfig.core.ProgressListener;
import org.blotfig.ij.SynthFiles;
import org.blotfig.synth.TruthJson;
import org.junit.jupiter.api.Test;

/** The documented example in test-images/blotset is valid and means what its README says. */
class ExampleBlotSetTest {

	static final Path SET = Paths.get("test-images", "blotset", "set.csv");

	@Test
	void exampleReadsAndNormalisesToOneOnTruth() {
		BlotSet set = BlotSet.read(SET);
		assertEquals(8, set.entries.size());
		assertEquals(2, set.images().size());
		BlotSetResult r = BlotSetQuantifier.quantify(set,
			src -> TruthBands.of(TruthJson.read(SynthFiles.truthFor(src.path)), src.path.getFileName().toString()),
			new BlotSetQuantifier.Options(), ProgressListener.NONE);
		assertEquals(2 * 2 * 7, r.rows.size());
		int excluded = 0;
		for (NormalizedRow row : r.rows) {
			if (row.sample.membrane.equals("M1")) {
				// clean image: target and control both scale with the load, so the ratio is constant
				assertEquals(1, row.foldChange, 1e-6, row.toString());
				// a 5-40 ug series is exactly the uneven loading the CV check exists for
				assertEquals("loading-control-cv-high", row.flagText(), row.toString());
			}
			if (row.isExcluded()) {
				excluded++;
				assertEquals("M2", row.sample.membrane);
				assertEquals(8, row.sample.lane);
				assertEquals("target-high", row.target);
				assertTrue(row.flagText().startsWith("excluded:target-saturated;"), row.toString());
			}
		}
		assertEquals(1, excluded);
		assertEquals(2, r.ladders.size());
		assertEquals(6, r.dilution.size()); // 3 proteins x 2 membranes, loads 5..40
		assertTrue(r.controlQc.get(0).cvPercent > 50, "M1 control CV " + r.controlQc.get(0).cvPercent);
	}
}
