package org.blotfig.flow;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Synthetic Annexin V-FITC / PI data with known truth, for demos and tests: each event belongs to
 * one population (debris, live, early apoptotic, late apoptotic, necrotic) drawn in set
 * proportions; fluorescence is log-normal (negative populations around 100, Annexin V+ around
 * 5000, PI+ around 3000) plus Gaussian electronic noise, so negatives spill slightly above a
 * control's 99th percentile as in real data. Deterministic for a seed (StrictMath, java.util.Random).
 */
public final class ApoptosisDemo {

	public static final List<String> CHANNELS = Arrays.asList("FSC-H", "SSC-H", "FL1-H", "FL2-H");
	public static final List<String> STAINS = Arrays.asList("FSC", "SSC", "Annexin V-FITC", "PI");
	/** Population codes in {@link #truth}. */
	public static final int DEBRIS = 0, LIVE = 1, EARLY = 2, LATE = 3, NECROTIC = 4;

	/** Events row-major (FSC, SSC, FL1, FL2). */
	public final float[] events;
	/** Population of each event. */
	public final int[] truth;

	private ApoptosisDemo(float[] events, int[] truth) {
		this.events = events;
		this.truth = truth;
	}

	/**
	 * @param fractions proportions of debris, live, early, late, necrotic (normalised here)
	 */
	public static ApoptosisDemo generate(long seed, int n, double... fractions) {
		if (fractions.length != 5) throw new IllegalArgumentException("need 5 fractions");
		double sum = 0;
		for (double f : fractions) {
			if (!(f >= 0)) throw new IllegalArgumentException("fractions must be >= 0");
			sum += f;
		}
		if (!(sum > 0)) throw new IllegalArgumentException("fractions sum to 0");
		Random rnd = new Random(seed);
		float[] ev = new float[n * 4];
		int[] truth = new int[n];
		for (int i = 0; i < n; i++) {
			double u = rnd.nextDouble() * sum, acc = 0;
			int pop = 4;
			for (int k = 0; k < 5; k++) {
				acc += fractions[k];
				if (u < acc) {
					pop = k;
					break;
				}
			}
			truth[i] = pop;
			boolean debris = pop == DEBRIS;
			boolean annexin = pop == EARLY || pop == LATE;
			boolean pi = pop == LATE || pop == NECROTIC;
			double fsc = debris ? 4000 + 2500 * rnd.nextGaussian() : (pi ? 38000 : 52000) + 7000 * rnd.nextGaussian();
			double ssc = debris ? 3000 + 2000 * rnd.nextGaussian() : 21000 + 5000 * rnd.nextGaussian();
			ev[4 * i] = (float) fsc;
			ev[4 * i + 1] = (float) ssc;
			ev[4 * i + 2] = (float) fluor(rnd, annexin ? 5000 : 100);
			ev[4 * i + 3] = (float) fluor(rnd, pi ? 3000 : 100);
		}
		return new ApoptosisDemo(ev, truth);
	}

	private static double fluor(Random rnd, double median) {
		return median * StrictMath.exp(0.45 * rnd.nextGaussian()) + 15 * rnd.nextGaussian();
	}

	/** A writer with the demo's channel names and stains. */
	public static FcsWriter writer(String sampleName) {
		FcsWriter w = new FcsWriter(CHANNELS).keyword("$CYT", "blotfig ApoptosisDemo (synthetic)")
			.keyword("$FIL", sampleName);
		for (int i = 0; i < STAINS.size(); i++) w.label(i, STAINS.get(i));
		return w;
	}
}
