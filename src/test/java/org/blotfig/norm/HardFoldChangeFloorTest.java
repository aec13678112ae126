package org.blotfig.norm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.blotfig.bench.OracleMethod;
import org.blotfig.core.ProgressListener;
import org.blotfig.synth.Polarity;
import org.blotfig.synth.Preset;
import org.blotfig.synth.SyntheticBlot;
import org.blotfig.synth.Truth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What noise alone allows on HARD blot sets: fold changes from an oracle that knows everything but
 * the noise (each band summed over its true box in the noisy image, minus the generator's
 * noise-free background and dust: no detection, no background estimate), against the truth, beside
 * blotfig's on the same sets. Not a strict floor: the truth's support boxes are about 1.6x taller
 * than blotfig's band boxes, so the oracle sums more noise per band than blotfig does (on P53 and
 * actin its per-band error is the larger); HardFoldChangeSourcesTest has the noise over blotfig's
 * own boxes (much lower) and the other sources.
 */
class HardFoldChangeFloorTest {

	@TempDir
	Path dir;

	@Test
	void blotfigIsNearTheNoiseFloorOnHardSets() throws IOException {
		List<Double> oracle = new ArrayList<>(), ours = new ArrayList<>();
		for (long seed : new long[] { 11, 12 }) {
			SyntheticBlotSets gen = new SyntheticBlotSets(dir.resolve("s" + seed), Preset.HARD, seed);
			BlotSet set = BlotSet.read(gen.set);
			BlotSetResult r = BlotSetPipeline.run(set, p -> GelBlotSetTest.image(gen.blots.get(p.getFileName().toString())),
				BlotSetPipeline.defaultGelParams(), new BlotSetQuantifier.Options(), ProgressListener.NONE);
			Map<String, Double> refSum = new HashMap<>();
			Map<String, Integer> refN = new HashMap<>();
			Map<SyntheticBlotSets.Expected, Double> ratio = new HashMap<>();
			for (SyntheticBlotSets.Expected e : gen.expected) {
				if (e.saturatedControl) continue;
				double q = noisyVolume(gen, e.membrane, e.lane, e.target) / noisyControl(gen, e.membrane, e.lane);
				ratio.put(e, q);
				if (e.lane <= 5) {
					refSum.merge(e.membrane + e.target, q, Double::sum);
					refN.merge(e.membrane + e.target, 1, Integer::sum);
				}
			}
			for (SyntheticBlotSets.Expected e : gen.expected) {
				if (e.saturatedControl) continue;
				String k = e.membrane + e.target;
				oracle.add(Math.abs(ratio.get(e) / (refSum.get(k) / refN.get(k)) / e.fold - 1));
				ours.add(Math.abs(SyntheticBlotSetTest.find(r, e).foldChange / e.fold - 1));
			}
		}
		double[] o = summary(oracle), b = summary(ours);
		System.out.printf(Locale.ROOT, "HARD fold change |error| (median, p95, within 3 %%) over %d lanes: noise-only oracle " +
			"%.2f %%, %.2f %%, %.1f %%; blotfig %.2f %%, %.2f %%, %.1f %%%n", oracle.size(), 100 * o[0], 100 * o[1],
			100 * o[2], 100 * b[0], 100 * b[1], 100 * b[2]);
		// the oracle itself misses 3 % on many lanes: the requirement is noise-limited on HARD
		assertTrue(o[2] < 0.95, "oracle within 3 %: " + o[2]);
		// blotfig, which must also find the bands and estimate their background, close to it (measured on
		// seeds 11 and 12: oracle 0.77 / 4.90 % / 83.9 %, blotfig 1.28 / 6.74 % / 81.5 %; 1.43 / 8.04 % /
		// 71.8 % before the stain's lane totals took dust and blotches out)
		assertTrue(b[0] <= 2 * o[0], "median " + b[0] + " vs floor " + o[0]);
		assertTrue(b[2] >= o[2] - 0.08, "within 3 % " + b[2] + " vs floor " + o[2]);
	}

	/** The named band's volume in a lane of the membrane's images, by the noise-only oracle. */
	static double noisyVolume(SyntheticBlotSets gen, String membrane, int lane, String name) {
		double sum = 0;
		boolean found = false;
		for (Map.Entry<String, SyntheticBlot> en : gen.blots.entrySet()) {
			if (!en.getKey().startsWith(membrane + ".") && !en.getKey().startsWith(membrane + "_")) continue;
			SyntheticBlot blot = en.getValue();
			Truth t = blot.truth();
			double[] v = null;
			for (Truth.Band b : t.bands) {
				if (b.lane != lane - 1 || !(name.equals(b.name) || name.equals("stain") && b.name.startsWith("stain "))) continue;
				if (v == null) v = noiseOnly(blot);
				sum += v[b.index];
				found = true;
			}
		}
		if (!found) throw new AssertionError("no " + name + " in lane " + lane + " of " + membrane);
		return sum;
	}

	/** beta-actin, or on the total-protein membrane the stain's bands. */
	static double noisyControl(SyntheticBlotSets gen, String membrane, int lane) {
		for (SyntheticBlot b : gen.blots.values())
			for (Truth.Band t : b.truth().bands) if ("beta-actin".equals(t.name)) {
				try {
					return noisyVolume(gen, membrane, lane, "beta-actin");
				}
				catch (AssertionError e) {
					return noisyVolume(gen, membrane, lane, "stain");
				}
			}
		return noisyVolume(gen, membrane, lane, "stain");
	}

	/** Every band of a blot summed over its true box in the noisy image minus the true background and dust. */
	static double[] noiseOnly(SyntheticBlot blot) {
		float[] bg = blot.backgroundImage(), dust = blot.dustImage();
		int sign = blot.polarity() == Polarity.DARK_BANDS ? -1 : 1;
		for (int i = 0; i < bg.length; i++) bg[i] += sign * dust[i];
		return OracleMethod.volumes(blot.pixelsAsFloat(), bg, blot.truth(), sign);
	}

	/** Median, p95 and the fraction within 3 %. */
	static double[] summary(List<Double> err) {
		List<Double> e = new ArrayList<>(err);
		Collections.sort(e);
		int n = e.size(), within = 0;
		for (double x : e) if (x <= 0.03) within++;
		return new double[] { e.get(n / 2), e.get((int) Math.ceil(0.95 * n) - 1), within / (double) n };
	}
}
