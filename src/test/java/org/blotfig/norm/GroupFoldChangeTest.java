package org.blotfig.norm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.blotfig.core.ProgressListener;
import org.blotfig.synth.Preset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fold change a study reports: the mean over a group's lanes of each target, here the
 * co-culture lanes of each membrane (3-4 per membrane) and of all membranes pooled, against the
 * mean of the same lanes' true fold changes. Measured on seeds 11 / 12, worst membrane and worst
 * pooled: CLEAN 0.23 / 0.25 % and 0.06 / 0.17 %; TYPICAL 0.93 / 0.53 % and 0.26 / 0.29 %; HARD
 * 2.82 / 5.61 % and 0.45 / 2.97 % (1.22 / 5.52 % and 0.56 / 3.00 % while dust specks still placed
 * lanes: seed 11's membrane-3 misplacements happened to cancel). Averaging lanes does not rescue
 * HARD seed 12: its faint H-RAS bands (co-culture, 0.27 of control) came out 3-5.5 % low on three
 * membranes (now M1 and M2, 4.5 and 5.6 %), each of which has
 * a light blotch at the co-culture lanes' H-RAS row that the valley baseline cannot follow
 * (FaintBandBackgroundTest: over 12 seeds faint bands show no background bias, only spread). The
 * HARD bounds below guard against regression; they are not the 3 %.
 */
class GroupFoldChangeTest {

	@TempDir
	Path dir;

	@Test
	void groupMeansAreWithinThreePercentOnCleanAndTypicalBlots() throws IOException {
		for (Preset preset : Preset.values())
			for (long seed : new long[] { 11, 12 }) {
				SyntheticBlotSets gen = new SyntheticBlotSets(dir.resolve(preset + "_" + seed), preset, seed);
				BlotSetResult r = BlotSetPipeline.run(BlotSet.read(gen.set),
					p -> GelBlotSetTest.image(gen.blots.get(p.getFileName().toString())), BlotSetPipeline.defaultGelParams(),
					new BlotSetQuantifier.Options(), ProgressListener.NONE);
				double worstMembrane = 0, worstPooled = 0;
				for (String target : SyntheticBlotSets.TARGETS) {
					double[] pooled = new double[3];
					for (int m = 1; m <= SyntheticBlotSets.MEMBRANES; m++) {
						double[] sums = sums(gen, r, target, "M" + m);
						for (int i = 0; i < 3; i++) pooled[i] += sums[i];
						worstMembrane = Math.max(worstMembrane, Math.abs(sums[0] / sums[1] - 1));
						if (Math.abs(sums[0] / sums[1] - 1) > 0.02) System.out.printf(Locale.ROOT, "  %s %s M%d: %.2f %%%n", preset,
							target, m, 100 * (sums[0] / sums[1] - 1));
					}
					assertEquals(SyntheticBlotSets.MEMBRANES * 4 - 1, pooled[2], "co-culture lanes of " + target +
						" (the saturated actin lane excluded)");
					worstPooled = Math.max(worstPooled, Math.abs(pooled[0] / pooled[1] - 1));
				}
				System.out.printf(Locale.ROOT, "%s seed %d: group-mean fold change |error| worst per membrane %.2f %%, " +
					"pooled %.2f %%%n", preset, seed, 100 * worstMembrane, 100 * worstPooled);
				boolean hard = preset == Preset.HARD;
				assertTrue(worstMembrane <= (hard ? 0.07 : 0.015), preset + " seed " + seed + ": a membrane's group mean off by " +
					worstMembrane);
				assertTrue(worstPooled <= (hard ? 0.04 : 0.006), preset + " seed " + seed + ": pooled group mean off by " +
					worstPooled);
			}
	}

	/**
	 * Held-out HARD seeds 23 and 24, where dust specks used to place the faint H-RAS strip's lanes
	 * beside their bands (HardStripLaneTest): the worst membrane's group mean was 9.44 and 6.20 %
	 * off, now 6.92 and 5.55 %.
	 */
	@Test
	void heldOutHardGroupMeansNoLongerFollowTheDust() throws IOException {
		for (long seed : new long[] { 23, 24 }) {
			SyntheticBlotSets gen = new SyntheticBlotSets(dir.resolve("held_" + seed), Preset.HARD, seed);
			BlotSetResult r = BlotSetPipeline.run(BlotSet.read(gen.set),
				p -> GelBlotSetTest.image(gen.blots.get(p.getFileName().toString())), BlotSetPipeline.defaultGelParams(),
				new BlotSetQuantifier.Options(), ProgressListener.NONE);
			double worst = 0;
			for (String target : SyntheticBlotSets.TARGETS)
				for (int m = 1; m <= SyntheticBlotSets.MEMBRANES; m++) {
					double[] sums = sums(gen, r, target, "M" + m);
					worst = Math.max(worst, Math.abs(sums[0] / sums[1] - 1));
				}
			System.out.printf(Locale.ROOT, "HARD seed %d: group-mean fold change |error| worst per membrane %.2f %%%n", seed,
				100 * worst);
			assertTrue(worst <= 0.08, "HARD seed " + seed + ": a membrane's group mean off by " + worst);
		}
	}

	/** Sum of measured fold changes, of true fold changes, and the count, over a membrane's co-culture lanes. */
	private static double[] sums(SyntheticBlotSets gen, BlotSetResult r, String target, String membrane) {
		double[] s = new double[3];
		for (SyntheticBlotSets.Expected e : gen.expected) {
			if (!e.target.equals(target) || !e.membrane.equals(membrane) || e.lane <= 5 || e.saturatedControl) continue;
			NormalizedRow row = SyntheticBlotSetTest.find(r, e);
			s[0] += row.foldChange;
			s[1] += e.fold;
			s[2]++;
		}
		return s;
	}
}
