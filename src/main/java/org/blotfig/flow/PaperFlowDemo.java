package org.blotfig.flow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The reference study's raw flow data with known truth, FACSCalibur-like (FSC-H, SSC-H linear
 * 0..1023; FL1-H = FITC, FL2-H = PE or PI on a 4-decade scale 1..10^4; float events):
 * <ul>
 * <li>Fig. 1: BM-MSCs, an unstained control and one tube per marker: CD105-PE 94.6 %,
 * CD73-FITC 95.2 %, CD56-PE 0.16 %, CD34-FITC 0.12 % positive;</li>
 * <li>Fig. 2: KG1-a cells after MACS enrichment, unstained and CD34-FITC 91.6 %;</li>
 * <li>Fig. 3: Annexin V-FITC / PI of an unstained control and 3 replicates each of the control
 * and co-culture groups: early apoptosis 5.68 / 23.4 %, late 0.38 / 21.8 % (group means).</li>
 * </ul>
 * Every population is log-normal. The gated percentages must come out exactly as the paper's, so
 * each control is made first and its threshold (percentile, as blotfig gates) taken; the stained
 * file's population fractions are then solved from the log-normal tails so that the expected
 * count on each side of the threshold is the target, and an event that would overfill a side is
 * drawn again. The population each event was drawn from is the generator's truth; it differs
 * from the gated result by the tails that cross the threshold, as in real data.
 * Deterministic: java.util.Random and StrictMath only.
 */
public final class PaperFlowDemo {

	public static final List<String> CHANNELS = Collections.unmodifiableList(Arrays.asList("FSC-H", "SSC-H",
		"FL1-H", "FL2-H"));
	/** The scale's top ($PnR) of the fluorescence channels: 4 decades, as a FACSCalibur log amplifier. */
	public static final double TOP = 10000;
	public static final int MARKER_EVENTS = 10000, APOPTOSIS_EVENTS = 5000;
	/**
	 * The control percentile of the marker gates. The paper's negative markers (0.16 %, 0.12 %)
	 * lie far below the 1 % a 99th-percentile gate lets through from the negatives alone.
	 */
	public static final double MARKER_PERCENTILE = 99.9;
	/** The quadrant thresholds' percentile of the unstained control (blotfig's default). */
	public static final double APOPTOSIS_PERCENTILE = 99;
	public static final String[] GROUPS = { "control", "co-culture" };
	/** Quadrant order of {@link QuadrantGate#SIGNS}: live, early, late, necrotic. */
	public static final String[] POPULATIONS = { "live", "early apoptotic", "late apoptotic", "necrotic" };
	/** The paper's Fig. 3D group means (control, co-culture), %. */
	public static final double[] PAPER_EARLY = { 5.68, 23.4 }, PAPER_LATE = { 0.38, 21.8 };
	/** Gated events per quadrant (of 5000) of each replicate, control 1-3 then co-culture 1-3. */
	static final int[][] QUADRANT_COUNTS = {
		{ 4673, 270, 16, 41 }, { 4650, 284, 19, 47 }, { 4642, 298, 22, 38 },
		{ 2626, 1155, 1101, 118 }, { 2613, 1181, 1075, 131 }, { 2623, 1174, 1094, 109 } };

	/** One FCS file to write. */
	public static final class Sample {
		public final String file;
		/** $PnS of each channel (null for none). */
		public final String[] stains;
		/** Events row-major over {@link #CHANNELS}, float as written. */
		public final float[] events;
		/** Per event: the population it was drawn from (index into {@link #populations}). */
		public final int[] truth;
		public final List<String> populations;

		Sample(String file, String[] stains, float[] events, int[] truth, List<String> populations) {
			this.file = file;
			this.stains = stains;
			this.events = events;
			this.truth = truth;
			this.populations = populations;
		}

		public int events() {
			return truth.length;
		}

		/** Events drawn from population p. */
		public int count(int p) {
			int n = 0;
			for (int t : truth) if (t == p) n++;
			return n;
		}

		/** Values of one channel as read back from the file (float precision). */
		public double[] column(int c) {
			double[] v = new double[truth.length];
			for (int i = 0; i < v.length; i++) v[i] = events[4 * i + c];
			return v;
		}
	}

	/** One marker tube of Fig. 1 or 2 with what gating it against its control must give. */
	public static final class Marker {
		public final String figure, marker, channel, stain;
		public final Sample sample, control;
		public final double threshold, paperPercent;
		public final int expectedPositive;

		Marker(String figure, String marker, String channel, String stain, Sample sample, Sample control,
			double threshold, double paperPercent, int expectedPositive)
		{
			this.figure = figure;
			this.marker = marker;
			this.channel = channel;
			this.stain = stain;
			this.sample = sample;
			this.control = control;
			this.threshold = threshold;
			this.paperPercent = paperPercent;
			this.expectedPositive = expectedPositive;
		}

		/** The stained population's share of the events in %, the generator's truth. */
		public double truePercent() {
			return 100.0 * sample.count(1) / sample.events();
		}

		public double expectedPercent() {
			return 100.0 * expectedPositive / sample.events();
		}
	}

	/** One replicate of Fig. 3 with its expected quadrant counts. */
	public static final class Replicate {
		public final String sample, group;
		public final int replicate;
		public final Sample data;
		public final int[] expectedCounts;

		Replicate(String sample, String group, int replicate, Sample data, int[] expectedCounts) {
			this.sample = sample;
			this.group = group;
			this.replicate = replicate;
			this.data = data;
			this.expectedCounts = expectedCounts;
		}

		public double expectedPercent(int quadrant) {
			return 100.0 * expectedCounts[quadrant] / data.events();
		}
	}

	public final List<Sample> markerControls, apoptosisControls;
	public final List<Marker> markers;
	public final List<Replicate> replicates;
	public final double annexinThreshold, piThreshold;

	private PaperFlowDemo(List<Sample> markerControls, List<Marker> markers, Sample unstained,
		List<Replicate> replicates, double ax, double pi)
	{
		this.markerControls = Collections.unmodifiableList(markerControls);
		this.markers = Collections.unmodifiableList(markers);
		this.apoptosisControls = Collections.singletonList(unstained);
		this.replicates = Collections.unmodifiableList(replicates);
		annexinThreshold = ax;
		piThreshold = pi;
	}

	/** Log-normal population: median and sigma of the natural log. */
	static final class Pop {
		final double median, sigma;

		Pop(double median, double sigma) {
			this.median = median;
			this.sigma = sigma;
		}

		float draw(Random r) {
			double v = median * StrictMath.exp(sigma * r.nextGaussian());
			return (float) Math.max(1, Math.min(TOP - 1, v));
		}

		/** P(value >= t), from the normal tail. */
		double above(double t) {
			return 0.5 * erfc(StrictMath.log(t / median) / (sigma * StrictMath.sqrt(2)));
		}
	}

	public static PaperFlowDemo generate(long seed) {
		Random rnd = new Random(seed);
		// autofluorescence of unstained cells: MSCs are large and bright, KG1-a blasts small
		Pop mscFitc = new Pop(14, 0.45), mscPe = new Pop(11, 0.45), kgFitc = new Pop(6, 0.5), kgPe = new Pop(5, 0.5);
		Sample msc = control("msc_unstained.fcs", rnd, MARKER_EVENTS, true, mscFitc, mscPe);
		Sample kg = control("kg1a_unstained.fcs", rnd, MARKER_EVENTS, false, kgFitc, kgPe);
		List<Marker> markers = new ArrayList<>();
		markers.add(marker("1", "CD105", 3, "CD105-PE", 94.6, new Pop(260, 0.7), msc, mscFitc, mscPe, true, rnd));
		markers.add(marker("1", "CD73", 2, "CD73-FITC", 95.2, new Pop(330, 0.65), msc, mscFitc, mscPe, true, rnd));
		markers.add(marker("1", "CD56", 3, "CD56-PE", 0.16, new Pop(150, 0.6), msc, mscFitc, mscPe, true, rnd));
		markers.add(marker("1", "CD34", 2, "CD34-FITC", 0.12, new Pop(120, 0.6), msc, mscFitc, mscPe, true, rnd));
		markers.add(marker("2", "CD34", 2, "CD34-FITC", 91.6, new Pop(170, 0.6), kg, kgFitc, kgPe, false, rnd));

		// Annexin V / PI: live cells' autofluorescence; Annexin+ around 300, PI+ around 250
		Pop axNeg = new Pop(6, 0.5), piNeg = new Pop(5, 0.5), axPos = new Pop(300, 0.6), piPos = new Pop(250, 0.6);
		Sample unstained = control("unstained.fcs", rnd, APOPTOSIS_EVENTS, false, axNeg, piNeg);
		double tx = Percentile.of(unstained.column(2), APOPTOSIS_PERCENTILE);
		double ty = Percentile.of(unstained.column(3), APOPTOSIS_PERCENTILE);
		Pop[][] pops = { { axNeg, piNeg }, { axPos, piNeg }, { axPos, piPos }, { axNeg, piPos } };
		List<Replicate> reps = new ArrayList<>();
		for (int k = 0; k < QUADRANT_COUNTS.length; k++) {
			String group = GROUPS[k / 3];
			int rep = k % 3 + 1;
			String name = (k < 3 ? "control_" : "coculture_") + rep;
			reps.add(new Replicate(name, group, rep, apoptosis(name + ".fcs", rnd, QUADRANT_COUNTS[k], pops, tx, ty,
				k >= 3), QUADRANT_COUNTS[k].clone()));
		}
		return new PaperFlowDemo(Arrays.asList(msc, kg), markers, unstained, reps, tx, ty);
	}

	private static Sample control(String file, Random rnd, int n, boolean msc, Pop fitc, Pop pe) {
		float[] ev = new float[4 * n];
		for (int i = 0; i < n; i++) scatter(ev, i, rnd, msc, false, fitc.draw(rnd), pe.draw(rnd));
		return new Sample(file, new String[] { "FSC", "SSC", "FITC (unstained)", "PE (unstained)" }, ev, new int[n],
			Collections.singletonList("unstained"));
	}

	/** FSC/SSC (linear, 1024 channels): MSCs large and granular, KG1-a smaller; dying cells shrink. */
	private static void scatter(float[] ev, int i, Random rnd, boolean msc, boolean dying, float fl1, float fl2) {
		double fsc = (msc ? 620 : 430) * (dying ? 0.8 : 1) + 70 * rnd.nextGaussian();
		double ssc = (msc ? 480 : 260) * (dying ? 1.15 : 1) + 60 * rnd.nextGaussian();
		ev[4 * i] = (float) Math.max(0, Math.min(1023, fsc));
		ev[4 * i + 1] = (float) Math.max(0, Math.min(1023, ssc));
		ev[4 * i + 2] = fl1;
		ev[4 * i + 3] = fl2;
	}

	private static Marker marker(String figure, String marker, int channel, String stain, double paper, Pop pos,
		Sample control, Pop fitc, Pop pe, boolean msc, Random rnd)
	{
		int n = MARKER_EVENTS;
		double t = Percentile.of(control.column(channel), MARKER_PERCENTILE);
		int target = (int) Math.round(paper * n / 100);
		Pop neg = channel == 2 ? fitc : pe;
		// solve f pos(t) + (1 - f) neg(t) = target / n for the stained fraction f
		double pp = pos.above(t), pn = neg.above(t), want = (double) target / n;
		double f = Math.max(0, Math.min(1, (want - pn) / (pp - pn)));
		int[] need = { n - target, target };
		int[] got = new int[2];
		float[] ev = new float[4 * n];
		int[] truth = new int[n];
		for (int i = 0; i < n; ) {
			boolean stained = rnd.nextDouble() < f;
			float v = (stained ? pos : neg).draw(rnd);
			int side = v >= t ? 1 : 0;
			if (got[side] == need[side]) continue;
			got[side]++;
			truth[i] = stained ? 1 : 0;
			float other = (channel == 2 ? pe : fitc).draw(rnd);
			scatter(ev, i, rnd, msc, false, channel == 2 ? v : other, channel == 2 ? other : v);
			i++;
		}
		String[] stains = { "FSC", "SSC", channel == 2 ? stain : "FITC (unstained)", channel == 3 ? stain : "PE (unstained)" };
		String file = (msc ? "msc_" : "kg1a_") + marker + ".fcs";
		Sample s = new Sample(file, stains, ev, truth, Collections.unmodifiableList(Arrays.asList(marker + "-",
			marker + "+")));
		return new Marker(figure, marker, CHANNELS.get(channel), stain, s, control, t, paper, target);
	}

	private static Sample apoptosis(String file, Random rnd, int[] need, Pop[][] pops, double tx, double ty,
		boolean coculture)
	{
		int n = APOPTOSIS_EVENTS;
		double[] f = fractions(need, pops, tx, ty);
		int[] got = new int[4];
		float[] ev = new float[4 * n];
		int[] truth = new int[n];
		for (int i = 0; i < n; ) {
			double u = rnd.nextDouble(), acc = 0;
			int p = 3;
			for (int k = 0; k < 4; k++) {
				acc += f[k];
				if (u < acc) {
					p = k;
					break;
				}
			}
			float x = pops[p][0].draw(rnd), y = pops[p][1].draw(rnd);
			int q = QuadrantGate.Result.index(x >= tx, y >= ty);
			if (got[q] == need[q]) continue;
			got[q]++;
			truth[i] = p;
			scatter(ev, i, rnd, false, p != 0, x, y);
			i++;
		}
		return new Sample(file, new String[] { "FSC", "SSC", "Annexin V-FITC", "PI" }, ev, truth,
			Collections.unmodifiableList(Arrays.asList(POPULATIONS)));
	}

	/**
	 * Population fractions whose expected quadrant shares are need / n: M f = need / n with
	 * M[q][p] = P(population p lands in quadrant q), solved by Gaussian elimination (4 x 4).
	 */
	static double[] fractions(int[] need, Pop[][] pops, double tx, double ty) {
		int n = 0;
		for (int c : need) n += c;
		double[][] m = new double[4][5];
		for (int p = 0; p < 4; p++) {
			double px = pops[p][0].above(tx), py = pops[p][1].above(ty);
			for (int q = 0; q < 4; q++) {
				boolean xp = q == 1 || q == 2, yp = q == 2 || q == 3;
				m[q][p] = (xp ? px : 1 - px) * (yp ? py : 1 - py);
			}
		}
		for (int q = 0; q < 4; q++) m[q][4] = (double) need[q] / n;
		for (int c = 0; c < 4; c++) {
			int piv = c;
			for (int r = c + 1; r < 4; r++) if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) piv = r;
			double[] tmp = m[c];
			m[c] = m[piv];
			m[piv] = tmp;
			for (int r = 0; r < 4; r++) {
				if (r == c) continue;
				double k = m[r][c] / m[c][c];
				for (int j = c; j < 5; j++) m[r][j] -= k * m[c][j];
			}
		}
		double[] f = new double[4];
		double sum = 0;
		for (int p = 0; p < 4; p++) {
			f[p] = Math.max(0, m[p][4] / m[p][p]);
			sum += f[p];
		}
		for (int p = 0; p < 4; p++) f[p] /= sum;
		return f;
	}

	/** Complementary error function (Numerical Recipes' Chebyshev fit, relative error < 1.2e-7). */
	static double erfc(double x) {
		double z = Math.abs(x), t = 1 / (1 + 0.5 * z);
		double r = t * StrictMath.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 +
			t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 +
				t * 0.17087277)))))))));
		return x >= 0 ? r : 2 - r;
	}

	/** A writer for one sample: the demo's channels, stains and 4-decade fluorescence range. */
	public static FcsWriter writer(Sample s) {
		FcsWriter w = new FcsWriter(CHANNELS).keyword("$CYT", "FACSCalibur-like (blotfig PaperFlowDemo, synthetic)")
			.keyword("$FIL", s.file);
		for (int i = 0; i < CHANNELS.size(); i++) {
			if (s.stains[i] != null) w.label(i, s.stains[i]);
			w.range(i, i < 2 ? 1024 : TOP);
		}
		return w;
	}
}
