package org.blotfig.norm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.blotfig.ij.BlotTiff;
import org.blotfig.synth.BlotGenerator;
import org.blotfig.synth.BlotSpec;
import org.blotfig.synth.LaneKind;
import org.blotfig.synth.Preset;
import org.blotfig.synth.SyntheticBlot;
import org.blotfig.synth.Truth;

/**
 * Writes generated blot sets with known true ratios: several membranes, lane-to-lane loading
 * variation, a PageRuler Plus ladder, P53 (53 kDa), beta-actin (42 kDa) and H-RAS (21 kDa) at
 * the study's fold changes (2.09 and 0.27), one saturated actin lane. Membranes 1 and 2 carry all
 * rows on one image; membrane 3 has one strip image per antibody; membrane 4 is normalised to a
 * total-protein stain (six bands per lane) instead of actin.
 */
final class SyntheticBlotSets {

	static final String[] TARGETS = { "P53", "H-RAS" };
	static final double[] TARGET_KDA = { 53, 21 };
	static final double[] TARGET_FOLD = { 2.09, 0.27 };
	static final double[] CONTROL_RATIO = { 0.5, 0.8 };
	static final double ACTIN_KDA = 42;
	static final int LANES = 9; // lane 1 ladder, 2-5 control, 6-9 treated
	/** M1, M2: all rows on one image; M3: one strip per antibody; M4: total-protein stain. */
	static final int MEMBRANES = 4;
	/** The stain's bands (kDa) and their share of an actin band's volume, each scaling with the load. */
	static final double[] STAIN_KDA = { 200, 120, 75, 45, 28, 16 };
	static final double[] STAIN_SHARE = { 0.4, 0.8, 1.2, 1.0, 0.7, 0.5 };
	/** 1-based lane and membrane of the saturated actin band. */
	static final int SATURATED_LANE = 7;
	static final String SATURATED_MEMBRANE = "M2";

	/** Truth of one target in one lane. */
	static final class Expected {
		final String membrane, target;
		final int lane;
		final double fold, kda;
		final boolean saturatedControl;

		Expected(String membrane, String target, int lane, double fold, double kda, boolean saturatedControl) {
			this.membrane = membrane;
			this.target = target;
			this.lane = lane;
			this.fold = fold;
			this.kda = kda;
			this.saturatedControl = saturatedControl;
		}
	}

	final Path set;
	final List<Expected> expected = new ArrayList<>();
	/** Generated blots by file name, for an oracle band source. */
	final Map<String, SyntheticBlot> blots = new LinkedHashMap<>();

	/**
	 * Migration position (px) of a protein of this size: log-linear in a 560 px lane (a 12 % mini
	 * gel scanned at about 250 dpi), so that P53 and beta-actin (53 and 42 kDa) are ~37 px apart.
	 */
	static double yOf(double kda) {
		return 35 + 540 * (Math.log10(300) - Math.log10(kda)) / (Math.log10(300) - Math.log10(8));
	}

	SyntheticBlotSets(Path dir, Preset preset, long seed) throws IOException {
		Files.createDirectories(dir);
		StringBuilder samples = new StringBuilder("lane,sample,group,replicate,membrane\n");
		StringBuilder setCsv = new StringBuilder("image,target,role,membrane,row,mw_kda,lane\n");
		Random rnd = new Random(seed);
		for (int m = 1; m <= MEMBRANES; m++) {
			String mem = "M" + m;
			for (int lane = 2; lane <= LANES; lane++) {
				boolean control = lane <= 5;
				samples.append(String.format(Locale.ROOT, "%d,%s%d-%s,%s,%d,%s\n", lane, control ? "C" : "E",
					control ? lane - 1 : lane - 5, mem, control ? "control" : "co-culture", control ? lane - 1 : lane - 5, mem));
			}
			// per-lane amounts: loading varies 15 % lognormal, biology a little (5 %) around the group mean
			double[] load = new double[LANES + 1];
			double[][] ratio = new double[TARGETS.length][LANES + 1];
			for (int lane = 2; lane <= LANES; lane++) {
				load[lane] = Math.exp(0.15 * rnd.nextGaussian());
				for (int t = 0; t < TARGETS.length; t++) ratio[t][lane] = CONTROL_RATIO[t] *
					(lane <= 5 ? 1 : TARGET_FOLD[t]) * Math.exp(0.05 * rnd.nextGaussian());
			}
			boolean strips = m == 3, stain = m == 4;
			String[] names = strips ? new String[] { mem + "_p53.tif", mem + "_actin.tif", mem + "_hras.tif" } :
				stain ? new String[] { mem + ".tif", mem + "_stain.tif" } : new String[] { mem + ".tif" };
			for (int img = 0; img < names.length; img++) {
				// which proteins this image shows: all (one image) or one per strip
				boolean p53 = strips ? img == 0 : img == 0, actin = strips ? img == 1 : !stain,
					hras = strips ? img == 2 : img == 0, total = stain && img == 1;
				BlotSpec s = preset.spec().seed(seed * 100 + m * 10 + img).lanes(LANES).clearRows()
					.height(620).laneTop(20).laneBottom(600);
				s.laneKind(0, LaneKind.LADDER);
				for (int lane = 1; lane < LANES; lane++) s.laneKind(lane, LaneKind.SAMPLE).loading(lane, 1);
				s.loadingCv(0).volumeJitter(0);
				double room = s.headroom();
				double actinVolume = s.volumeForPeak(4.5, 0.3 * room);
				// a prestained ladder shows on every strip; the set names it once per membrane
				for (double k : Ladder.parse("PageRuler Plus Prestained").kda())
					s.addLadderRow(k, yOf(k), 2.5, s.volumeForPeak(2.5, 0.2 * room));
				int rP53 = p53 ? s.addRow("P53", yOf(TARGET_KDA[0]), 4.5, 0) : -1;
				int rActin = actin ? s.addRow("beta-actin", yOf(ACTIN_KDA), 4.5, 0) : -1;
				int rHras = hras ? s.addRow("H-RAS", yOf(TARGET_KDA[1]), 4.5, 0) : -1;
				int[] rStain = new int[total ? STAIN_KDA.length : 0];
				for (int k = 0; k < rStain.length; k++) rStain[k] = s.addRow("stain " + STAIN_KDA[k], yOf(STAIN_KDA[k]), 5, 0);
				for (int lane = 2; lane <= LANES; lane++) {
					double a = actinVolume * load[lane];
					if (rP53 >= 0) s.volume(lane - 1, rP53, a * ratio[0][lane]);
					if (rActin >= 0) s.volume(lane - 1, rActin, a);
					if (rHras >= 0) s.volume(lane - 1, rHras, a * ratio[1][lane]);
					for (int k = 0; k < rStain.length; k++) s.volume(lane - 1, rStain[k], STAIN_SHARE[k] * a);
				}
				if (rActin >= 0 && mem.equals(SATURATED_MEMBRANE)) s.saturate(SATURATED_LANE - 1, rActin, 1.5);
				SyntheticBlot blot = BlotGenerator.generate(s);
				BlotTiff.write(dir.resolve(names[img]), BlotTiff.toImagePlus(names[img], blot));
				blots.put(names[img], blot);
			}
			String pImg = names[0], aImg = strips || stain ? names[1] : names[0], hImg = strips ? names[2] : names[0];
			// proteins named by expected MW: robust to dust or a non-specific band making an extra row
			setCsv.append(pImg).append(",P53,target,").append(mem).append(",,53,\n");
			setCsv.append(pImg).append(",PageRuler Plus Prestained,ladder,").append(mem).append(",,,1\n");
			if (stain) setCsv.append(aImg).append(",Ponceau S,total-protein,").append(mem).append(",,,\n");
			else setCsv.append(aImg).append(",beta-actin,loading-control,").append(mem).append(",,42,\n");
			setCsv.append(hImg).append(",H-RAS,target,").append(mem).append(",,21,\n");
			expect(mem, blots.get(pImg), blots.get(aImg), blots.get(hImg));
		}
		write(dir.resolve("samples.csv"), samples.toString());
		set = write(dir.resolve("set.csv"), setCsv.toString());
	}

	/** True fold changes from the generator's true volumes (so loading and biology noise are in the truth). */
	private void expect(String mem, SyntheticBlot p53, SyntheticBlot actin, SyntheticBlot hras) {
		SyntheticBlot[] tb = { p53, hras };
		for (int t = 0; t < TARGETS.length; t++) {
			double[] r = new double[LANES + 1];
			double refSum = 0;
			int refN = 0;
			for (int lane = 2; lane <= LANES; lane++) {
				r[lane] = volume(tb[t], lane, TARGETS[t]) / controlVolume(actin, lane);
				if (lane <= 5) {
					refSum += r[lane];
					refN++;
				}
			}
			for (int lane = 2; lane <= LANES; lane++) {
				boolean sat = false;
				for (Truth.Band cb : actin.truth().bands)
					sat |= cb.lane == lane - 1 && cb.saturated && ("beta-actin".equals(cb.name) || cb.name.startsWith("stain "));
				expected.add(new Expected(mem, TARGETS[t], lane, r[lane] / (refSum / refN), TARGET_KDA[t], sat));
			}
		}
	}

	/** The loading control: the actin band, or on a total-protein stain the sum of the lane's bands. */
	static double controlVolume(SyntheticBlot b, int lane) {
		double sum = 0;
		for (Truth.Band tb : b.truth().bands)
			if (tb.lane == lane - 1 && ("beta-actin".equals(tb.name) || tb.name.startsWith("stain "))) sum += tb.volume;
		return sum;
	}

	static Truth.Band band(SyntheticBlot b, int lane, String name) {
		for (Truth.Band tb : b.truth().bands) if (tb.lane == lane - 1 && name.equals(tb.name)) return tb;
		throw new AssertionError("no " + name + " band in lane " + lane);
	}

	static double volume(SyntheticBlot b, int lane, String name) {
		return band(b, lane, name).volume;
	}

	/** Bands as a perfect detector would report them (see {@link TruthBands}). */
	List<BandMeasurement> oracleBands(BlotSet.Source src) {
		Path image = src.path;
		String name = image.getFileName().toString();
		return TruthBands.of(blots.get(name).truth(), name);
	}

	private static Path write(Path p, String text) throws IOException {
		Files.write(p, text.getBytes(StandardCharsets.UTF_8));
		return p;
	}
}
