package org.blotfig.norm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.blotfig.core.ProgressListener;
import org.blotfig.gel.BandFlag;
import org.blotfig.synth.Preset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calibration of {@link NormalizedRow#foldChangeSe} and the {@link NormalizedRow#IMPRECISE} flag
 * on generated blot sets (the difficulty grid, automatic detection end to end), against
 * the generator's true fold changes. Constants were chosen on seeds 11-14 and checked on the
 * held-out seeds 21-24 (-Dfcse.a=31 -Dfcse.b=41 runs seeds 31-34 and 41-44 instead); each
 * seed's set is generated and analysed once for all tests. The table in BENCHMARKS.md
 * ("Fold-change uncertainty") is {@link #table}'s output.
 */
class FoldChangeSeTest {

	@TempDir
	static Path dir;

	/** Seeds the constants were chosen on, and held-out seeds; -Dfcse.a=.. -Dfcse.b=.. start other runs of four. */
	static final long[] CHOICE = four(Long.getLong("fcse.a", 11)), HELD_OUT = four(Long.getLong("fcse.b", 21));

	static long[] four(long first) {
		return new long[] { first, first + 1, first + 2, first + 3 };
	}

	/** One lane's fold change: relative error, error / SE, whether flagged imprecise, membrane. */
	static final class Lane {
		final double rel, z;
		final boolean imprecise;
		final String membrane;

		Lane(double rel, double z, boolean imprecise, String membrane) {
			this.rel = rel;
			this.z = z;
			this.imprecise = imprecise;
			this.membrane = membrane;
		}
	}

	/** Lanes by difficulty and seed group ("HARD 11-14"). */
	static final Map<String, List<Lane>> lanes = new LinkedHashMap<>();

	@BeforeAll
	static void run() throws IOException {
		for (Preset p : Preset.values())
			for (long[] seeds : new long[][] { CHOICE, HELD_OUT }) {
				List<Lane> out = new ArrayList<>();
				for (long seed : seeds) out.addAll(lanes(p, seed));
				lanes.put(key(p, seeds), out);
			}
	}

	static String key(Preset p, long[] seeds) {
		return p + " " + seeds[0] + "-" + seeds[seeds.length - 1];
	}

	static List<Lane> lanes(Preset p, long seed) throws IOException {
		SyntheticBlotSets gen = new SyntheticBlotSets(dir.resolve(p + "-" + seed), p, seed);
		BlotSetResult r = result(gen);
		List<Lane> out = new ArrayList<>();
		for (SyntheticBlotSets.Expected e : gen.expected) {
			if (e.saturatedControl) continue;
			NormalizedRow row = SyntheticBlotSetTest.find(r, e);
			assertTrue(row.foldChangeSe > 0, row.toString());
			out.add(new Lane(row.foldChange / e.fold - 1, (row.foldChange - e.fold) / row.foldChangeSe,
				row.flags.contains(NormalizedRow.IMPRECISE), e.membrane));
		}
		return out;
	}

	static BlotSetResult result(SyntheticBlotSets gen) throws IOException {
		return BlotSetPipeline.run(BlotSet.read(gen.set), f -> GelBlotSetTest.image(gen.blots.get(f.getFileName().toString())),
			BlotSetPipeline.defaultGelParams(), new BlotSetQuantifier.Options(), ProgressListener.NONE);
	}

	/** Coverage at 1.96 SE, mean and SD of z, share flagged imprecise, share of the unflagged within 3 %. */
	static double[] summary(List<Lane> ls) {
		int n = ls.size(), covered = 0, flagged = 0, unflagged = 0, unflaggedWithin = 0;
		double zs = 0, zz = 0;
		for (Lane l : ls) {
			if (Math.abs(l.z) <= 1.96) covered++;
			zs += l.z;
			zz += l.z * l.z;
			if (l.imprecise) flagged++;
			else {
				unflagged++;
				if (Math.abs(l.rel) <= 0.03) unflaggedWithin++;
			}
		}
		double mean = zs / n;
		return new double[] { covered / (double) n, mean, Math.sqrt(zz / n - mean * mean), flagged / (double) n,
			unflagged == 0 ? Double.NaN : unflaggedWithin / (double) unflagged, n };
	}

	@Test
	void table() {
		StringBuilder s = new StringBuilder("| set | lanes | within 1.96 SE | z mean | z SD | flagged imprecise | unflagged within 3 % |\n");
		for (Map.Entry<String, List<Lane>> e : lanes.entrySet()) {
			double[] m = summary(e.getValue());
			// every lane of four sets has its fold change and SE (2 targets x 4 membranes x 8 lanes, less the saturated actin lane)
			assertEquals(4 * (2 * SyntheticBlotSets.MEMBRANES * 8 - 2), e.getValue().size(), e.getKey());
			s.append(String.format(Locale.ROOT, "| %s | %d | %.1f %% | %+.2f | %.2f | %.1f %% | %.1f %% |%n", e.getKey(), (int) m[5],
				100 * m[0], m[1], m[2], 100 * m[3], 100 * m[4]));
			for (String mem : new String[] { "M1", "M2", "M3", "M4" }) {
				List<Lane> sub = new ArrayList<>();
				for (Lane l : e.getValue()) if (l.membrane.equals(mem)) sub.add(l);
				double[] q = summary(sub);
				s.append(String.format(Locale.ROOT, "|  %s | %d | %.1f %% | %+.2f | %.2f | %.1f %% | %.1f %% |%n", mem, (int) q[5],
					100 * q[0], q[1], q[2], 100 * q[3], 100 * q[4]));
			}
		}
		System.out.print(s);
	}

	/**
	 * (a) The SE is calibrated: 90-99 % of the fold changes lie within 1.96 SE of the truth on
	 * TYPICAL and HARD, on the seeds the constants were chosen on and on the held-out ones
	 * (measured 98.8 / 92.3 % TYPICAL, 97.2 / 95.6 % HARD), z neither much wider nor much narrower
	 * than a standard normal (SD 0.79-1.11).
	 */
	@Test
	void calibrated() {
		for (Preset p : new Preset[] { Preset.TYPICAL, Preset.HARD })
			for (long[] seeds : new long[][] { CHOICE, HELD_OUT }) {
				double[] m = summary(lanes.get(key(p, seeds)));
				assertTrue(m[0] >= 0.90 && m[0] <= 0.995, key(p, seeds) + ": within 1.96 SE " + m[0]);
				assertTrue(m[2] >= 0.6 && m[2] <= 1.2, key(p, seeds) + ": z SD " + m[2]);
				assertTrue(Math.abs(m[1]) <= 0.3, key(p, seeds) + ": z mean " + m[1]);
			}
		// clean blots: their tiny SEs (0.1 %) still cover (measured 96.4 / 96.8 %)
		for (long[] seeds : new long[][] { CHOICE, HELD_OUT })
			assertTrue(summary(lanes.get(key(Preset.CLEAN, seeds)))[0] >= 0.90, key(Preset.CLEAN, seeds));
	}

	/**
	 * (b) A lane not flagged imprecise is within 3 % (at least 97 %; measured 100 % of the
	 * unflagged on every set but TYPICAL 21-24, 99.2 %); clean blots get no flag, typical ones few
	 * (measured 6.5 / 3.6 %, most on the stain membrane), hard ones most (94.8 / 89.9 %: their fold
	 * changes cannot be trusted to 3 %, which is what the flag says).
	 */
	@Test
	void unflaggedLanesAreWithin3Percent() {
		for (Map.Entry<String, List<Lane>> e : lanes.entrySet()) {
			double[] m = summary(e.getValue());
			if (!Double.isNaN(m[4])) assertTrue(m[4] >= 0.97, e.getKey() + ": unflagged within 3 % " + m[4]);
		}
		for (long[] seeds : new long[][] { CHOICE, HELD_OUT }) {
			assertEquals(0, summary(lanes.get(key(Preset.CLEAN, seeds)))[3], key(Preset.CLEAN, seeds));
			assertTrue(summary(lanes.get(key(Preset.TYPICAL, seeds)))[3] <= 0.10, key(Preset.TYPICAL, seeds));
			assertTrue(summary(lanes.get(key(Preset.HARD, seeds)))[3] >= 0.5, key(Preset.HARD, seeds));
		}
	}

	/**
	 * (c) A blotch the valley windows cannot see. HARD seed 32, membrane 3's H-RAS strip: the
	 * background under lane 5's band is +32 % of the band off (a blotch centred under it), which
	 * came out as a fold change +23.5 % at SE 1.2 %, not flagged; lane 5 is a reference lane, so
	 * the strip's other lanes came out 6-10 % off, lanes 2 and 3 not flagged. The gaps beside lane
	 * 5 show the blotch at the band's rows ({@link org.blotfig.gel.BandFlag#UNEVEN_BACKGROUND}):
	 * the band's SE takes the departure in, lane 5 and the lanes it drags are flagged imprecise,
	 * and no lane of the set is left unflagged beyond 3 %. Fold changes are unchanged.
	 */
	@Test
	void blotchUnderAReferenceLaneIsFlagged() throws IOException {
		SyntheticBlotSets gen = new SyntheticBlotSets(dir.resolve("blotch-32"), Preset.HARD, 32);
		BlotSetResult r = result(gen);
		int checked = 0;
		for (SyntheticBlotSets.Expected e : gen.expected) {
			if (e.saturatedControl) continue;
			NormalizedRow row = SyntheticBlotSetTest.find(r, e);
			double rel = row.foldChange / e.fold - 1;
			String what = e.membrane + " " + e.target + " lane " + e.lane + ": " + String.format(Locale.ROOT, "%+.1f %%", 100 * rel) +
				" " + row.flags;
			if (Math.abs(rel) > 0.03) assertTrue(row.flags.contains(NormalizedRow.IMPRECISE), what);
			if (!e.membrane.equals("M3") || !e.target.equals("H-RAS")) continue;
			if (e.lane == 5) {
				// the case itself: still +23.5 % (volumes are not corrected), now flagged and within 2 SE
				assertEquals(0.235, rel, 0.005, what);
				assertTrue(row.flags.contains(BandFlag.UNEVEN_BACKGROUND.label()), what);
				assertTrue(Math.abs(row.foldChange - e.fold) < 2 * row.foldChangeSe, what + " SE " + row.foldChangeSe);
				checked++;
			}
			if (e.lane == 2 || e.lane == 3) {
				// dragged through the reference mean, beyond 3 %, now flagged
				assertTrue(Math.abs(rel) > 0.03, what);
				assertTrue(row.flags.contains(NormalizedRow.IMPRECISE), what);
				checked++;
			}
		}
		assertEquals(3, checked);
	}
}
