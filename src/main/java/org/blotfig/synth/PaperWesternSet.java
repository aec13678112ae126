package org.blotfig.synth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The reference study's Western blots (its Fig. 4) as raw data with known truth: three
 * independent experiments, each with one chemiluminescence strip per antibody (beta-actin and
 * eight targets), lanes = a prestained ladder, three control and three co-culture lysates. Each
 * target's true expression in co-culture is the paper's fold change (P53 2.09, PTEN 2.30, NF-kB
 * 1.66, p-ERK1/2 0.36, Raf-1 0.32, H-RAS 0.27, TERT 0.25, ERK1/2 1.0) on average in every
 * experiment, with lane-to-lane loading variation (15 %) and biological variation (8 %) around it;
 * the truth of every lane is known exactly from the generated volumes.
 */
public final class PaperWesternSet {

	public static final String[] TARGETS = { "P53", "PTEN", "NF-kB", "p-ERK1/2", "Raf-1", "H-RAS", "TERT",
		"ERK1/2" };
	public static final double[] FOLD = { 2.09, 2.30, 1.66, 0.36, 0.32, 0.27, 0.25, 1.0 };
	public static final double[] KDA = { 53, 54, 65, 43, 74, 21, 127, 43 };
	public static final String CONTROL = "beta-actin";
	public static final double CONTROL_KDA = 42;
	public static final int EXPERIMENTS = 3;
	/** Lane 1 ladder, lanes 2-4 control, 5-7 co-culture (1-based, as in the sample sheet). */
	public static final int LANES = 7;
	public static final String[] GROUPS = { "control", "co-culture" };
	/** PageRuler Plus Prestained (kDa), whose markers show on every strip. */
	static final double[] LADDER = { 250, 130, 100, 70, 55, 35, 25, 15, 10 };

	/** One generated strip: what it shows, and its image with truth. */
	public static final class Strip {
		public final int experiment;
		public final String protein;
		public final double kda;
		public final SyntheticBlot blot;

		Strip(int experiment, String protein, double kda, SyntheticBlot blot) {
			this.experiment = experiment;
			this.protein = protein;
			this.kda = kda;
			this.blot = blot;
		}

		/** File name, e.g. "E1_p-ERK1-2.tif". */
		public String fileName() {
			return "E" + experiment + "_" + protein.replace('/', '-') + ".tif";
		}
	}

	/** The truth of one target in one lane. */
	public static final class Expected {
		public final int experiment, lane;
		public final String target, group;
		/** Target volume / actin volume of the lane, from the generated (true) volumes. */
		public final double ratio;
		/** The ratio over the mean ratio of the experiment's control lanes. */
		public final double foldChange;

		Expected(int experiment, int lane, String target, String group, double ratio, double foldChange) {
			this.experiment = experiment;
			this.lane = lane;
			this.target = target;
			this.group = group;
			this.ratio = ratio;
			this.foldChange = foldChange;
		}
	}

	public final List<Strip> strips;
	public final List<Expected> expected;

	private PaperWesternSet(List<Strip> strips, List<Expected> expected) {
		this.strips = Collections.unmodifiableList(strips);
		this.expected = Collections.unmodifiableList(expected);
	}

	/** The group of a 1-based lane (lane 1 is the ladder: null). */
	public static String groupOf(int lane) {
		return lane < 2 ? null : lane <= 4 ? GROUPS[0] : GROUPS[1];
	}

	public static PaperWesternSet generate(long seed) {
		Random rnd = new Random(seed);
		List<Strip> strips = new ArrayList<>();
		List<Expected> expected = new ArrayList<>();
		for (int e = 1; e <= EXPERIMENTS; e++) {
			double[] load = new double[LANES + 1];
			for (int lane = 2; lane <= LANES; lane++) load[lane] = Math.exp(0.15 * rnd.nextGaussian());
			double[][] expression = new double[TARGETS.length][LANES + 1];
			for (int t = 0; t < TARGETS.length; t++) {
				for (int lane = 2; lane <= LANES; lane++) expression[t][lane] = Math.exp(0.08 * rnd.nextGaussian());
				// each group's mean expression is exactly the paper's value in every experiment, so the
				// true mean fold change is the paper's number and the lanes still scatter around it
				for (int first = 2; first <= 5; first += 3) {
					double mean = (expression[t][first] + expression[t][first + 1] + expression[t][first + 2]) / 3;
					for (int lane = first; lane < first + 3; lane++)
						expression[t][lane] *= (first == 2 ? 1 : FOLD[t]) / mean;
				}
			}
			SyntheticBlot actin = BlotGenerator.generate(strip(seed, e, 0, CONTROL, CONTROL_KDA, load, null));
			strips.add(new Strip(e, CONTROL, CONTROL_KDA, actin));
			for (int t = 0; t < TARGETS.length; t++) {
				SyntheticBlot b = BlotGenerator.generate(strip(seed, e, t + 1, TARGETS[t], KDA[t], load, expression[t]));
				strips.add(new Strip(e, TARGETS[t], KDA[t], b));
				double[] ratio = new double[LANES + 1];
				double ref = 0;
				for (int lane = 2; lane <= LANES; lane++) {
					ratio[lane] = sampleVolume(b, lane) / sampleVolume(actin, lane);
					if (lane <= 4) ref += ratio[lane] / 3;
				}
				for (int lane = 2; lane <= LANES; lane++)
					expected.add(new Expected(e, lane, TARGETS[t], groupOf(lane), ratio[lane], ratio[lane] / ref));
			}
		}
		return new PaperWesternSet(strips, expected);
	}

	/** The band's height on its strip. */
	static final double MID = 40;

	/**
	 * A strip cut around the protein: 80 px high, the band at mid-height, the two nearest ladder
	 * markers above and below. Moderate chemiluminescence noise, a faint gradient and blotch, a
	 * speck of dust, slight tilt and smile.
	 */
	private static BlotSpec strip(long seed, int experiment, int index, String protein, double kda, double[] load,
		double[] expression)
	{
		BlotSpec s = new BlotSpec().seed(seed * 1000 + experiment * 100 + index).bitDepth(16)
			.polarity(Polarity.LIGHT_BANDS).lanes(LANES).laneWidth(32).laneGap(10).marginX(20).height(80)
			.laneTop(6).laneBottom(74).bandFill(0.8).edgeSoftness(2);
		double fs = s.maxValue();
		s.background(0.05 * fs).gradient(0.00002 * fs, 0.00001 * fs).blotches(1, 0.01 * fs, 40)
			.noise(1.0 * fs / 65535, 0.001 * fs).dust(1, 0.08 * fs, 1.5).tiltDeg(0.5).smile(2);
		s.laneKind(0, LaneKind.LADDER);
		double room = s.headroom();
		// markers bracketing the protein, placed as a 12 % gel would separate them around mid-strip
		double above = Double.NaN, below = Double.NaN;
		for (double m : LADDER) {
			if (m > kda) above = m;
			if (m < kda && Double.isNaN(below)) below = m;
		}
		if (!Double.isNaN(above)) s.addLadderRow(above, MID - 24 * Math.log(above / kda) / Math.log(above / below),
			2.5, s.volumeForPeak(2.5, 0.2 * room));
		if (!Double.isNaN(below)) s.addLadderRow(below, MID + 24 * Math.log(kda / below) / Math.log(above / below),
			2.5, s.volumeForPeak(2.5, 0.2 * room));
		int row = s.addRow(protein, MID, 4, 0);
		double base = s.volumeForPeak(4, (expression == null ? 0.35 : 0.2) * room);
		for (int lane = 2; lane <= LANES; lane++)
			s.laneKind(lane - 1, LaneKind.SAMPLE).volume(lane - 1, row, base * load[lane] *
				(expression == null ? 1 : expression[lane]));
		return s;
	}

	/** The true volume of the sample band in a 1-based lane. */
	static double sampleVolume(SyntheticBlot b, int lane) {
		for (Truth.Band t : b.truth().bands)
			if (t.lane == lane - 1 && "SAMPLE".equals(t.kind)) return t.volume;
		throw new IllegalStateException("no sample band in lane " + lane);
	}
}
