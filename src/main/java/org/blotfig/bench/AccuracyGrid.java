package org.blotfig.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.blotfig.synth.BlotSpec;
import org.blotfig.synth.Polarity;
import org.blotfig.synth.Preset;

/**
 * The accuracy benchmark's images, deterministic from one seed. Image i takes its difficulty
 * (noise, blotches, dust, loading and volume variation) from the presets CLEAN, TYPICAL, HARD in
 * turn, and a strong linear gradient on every other triple (none on the others), so every
 * difficulty is seen with and without a gradient. Everything else is drawn at random per image:
 * 6 to 15 lanes of 28 to 50 px, 8 or 16 bits, either polarity, tilt 0 to 5 degrees either way,
 * smile and splay, and in a quarter of the images one extra band driven into saturation (HARD always has one, from the preset).
 * Lane 1 is a ladder (from the presets); sample rows 1 (target-high) and 3 (loading control)
 * give the ratio.
 */
public final class AccuracyGrid {

	/** Sample rows (0-based) whose ratio is scored: the preset's "target-high" over "loading-control". */
	public static final int TARGET_ROW = 0, CONTROL_ROW = 2;

	private AccuracyGrid() {}

	public static List<GridCase> cases(long seed, int n) {
		List<GridCase> out = new ArrayList<>();
		for (int i = 0; i < n; i++) out.add(make(seed, i));
		return out;
	}

	static GridCase make(long seed, int i) {
		// one independent stream per image: image i is the same whatever n is
		SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
		Preset difficulty = Preset.values()[i % 3];
		boolean gradient = (i / 3) % 2 == 1;
		int bits = r.nextBoolean() ? 16 : 8;
		Polarity pol = r.nextBoolean() ? Polarity.LIGHT_BANDS : Polarity.DARK_BANDS;
		int lanes = 6 + r.nextInt(10);
		int laneWidth = 28 + r.nextInt(23);
		int gap = 8 + r.nextInt(13);
		int height = 300 + 20 * r.nextInt(11);
		BlotSpec layout = new BlotSpec().bitDepth(bits).polarity(pol).lanes(lanes).laneWidth(laneWidth).laneGap(gap)
			.marginX(30).height(height);
		BlotSpec s = difficulty.spec(layout).seed(seed * 1_000_003L + i);
		double fs = s.maxValue();
		s.tiltDeg((r.nextBoolean() ? 1 : -1) * 5 * r.nextDouble());
		s.smile((r.nextBoolean() ? 1 : -1) * 10 * r.nextDouble());
		s.splay(4 * r.nextDouble());
		if (gradient) {
			// light bands sit on a raised background so the slope never clips at 0; the swing from
			// the centre to a corner is 5 to 15 % of full scale, split between x and y
			// (dark bands: lowered a little so the high side stays below the type maximum)
			s.background((pol == Polarity.LIGHT_BANDS ? 0.2 : 0.75) * fs);
			double swing = (0.05 + 0.1 * r.nextDouble()) * fs, share = r.nextDouble();
			double gx = (r.nextBoolean() ? 1 : -1) * swing * share / (s.width() / 2.0);
			double gy = (r.nextBoolean() ? 1 : -1) * swing * (1 - share) / (height / 2.0);
			s.gradient(gx, gy);
		}
		else s.gradient(0, 0); // "flat": no linear gradient (the presets' blotches stay)
		if (i % 4 == 3) {
			int lane = 1 + r.nextInt(lanes - 1);
			s.saturate(lane, r.nextBoolean() ? TARGET_ROW : CONTROL_ROW, 1.3 + 0.7 * r.nextDouble());
		}
		return new GridCase(i, s, difficulty, gradient);
	}
}
