package org.blotfig.gel;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.blotfig.core.ProgressListener;
import org.blotfig.synth.BlotGenerator;
import org.blotfig.synth.Preset;
import org.blotfig.synth.SyntheticBlot;
import org.junit.jupiter.api.Test;

/**
 * The warning for strong signal left outside the lanes (the lerit marker blob, see RealBlotsTest)
 * never fires on generated blots, where every lane (ladders too) is one the finder should place.
 */
class LeftOutSignalTest {

	@Test
	void generatedBlotsLeaveNothingOutside() {
		for (Preset p : Preset.values())
			for (long seed = 1; seed <= 12; seed++) {
				SyntheticBlot b = BlotGenerator.generate(p.spec().seed(seed));
				GelResult r = new GelAnalyzer().analyze(LaneTotalsTest.image(b), new GelParams(), ProgressListener.NONE);
				for (String w : r.warnings) assertFalse(w.contains("outside the lanes"), p + " seed " + seed + ": " + w);
			}
	}
}
