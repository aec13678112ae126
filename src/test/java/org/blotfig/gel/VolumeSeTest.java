package org.blotfig.gel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.blotfig.core.ProgressListener;
import org.junit.jupiter.api.Test;

/**
 * {@link Band#volumeSe} against Monte Carlo truth: the same blot (bands and background fixed)
 * drawn again with fresh pixel noise of known SD; the spread of each band's measured volume over
 * the noise draws is what its standard error must predict.
 */
class VolumeSeTest {

	static final int DRAWS = 120;

	/** Per band (lane, row): SD of the volumes over the draws, RMS of the reported SEs. */
	static double[][] spreadAndSe(BackgroundMethod method, double noise, double gradY, int bitDepth, boolean dark) {
		int lanes = 6;
		double[][] sum = new double[lanes * 2][3], out = new double[lanes * 2][2];
		List<double[]> volumes = new ArrayList<>();
		for (int k = 0; k < lanes * 2; k++) volumes.add(new double[DRAWS]);
		GelParams params = new GelParams();
		params.background = method;
		params.lanes = lanes;
		params.polarity = dark ? Polarity.DARK_BANDS : Polarity.LIGHT_BANDS;
		for (int d = 0; d < DRAWS; d++) {
			TestBlot t = new TestBlot();
			t.noise = noise;
			t.gradY = gradY;
			t.bitDepth = bitDepth;
			t.darkBands = dark;
			t.background = dark ? 40000 : 1000;
			t.seed = 1000 + d;
			for (int l = 0; l < lanes; l++) {
				t.band(l, 100, 4, 20000 * (1 + 0.4 * l));
				t.band(l, 200, 5, 30000);
			}
			if (bitDepth == 8) t.background = dark ? 230 : 20;
			GelResult r = new GelAnalyzer().analyze(t.image(), params, ProgressListener.NONE);
			assertEquals(lanes * 2, r.bands.size(), "bands found in draw " + d);
			for (Band b : r.bands) {
				int k = (b.lane - 1) * 2 + (b.y < 150 ? 0 : 1);
				volumes.get(k)[d] = b.volume;
				sum[k][0] += b.volumeSe * b.volumeSe;
			}
		}
		for (int k = 0; k < out.length; k++) {
			double[] v = volumes.get(k);
			double m = 0, ss = 0;
			for (double x : v) m += x / DRAWS;
			for (double x : v) ss += (x - m) * (x - m);
			out[k][0] = Math.sqrt(ss / (DRAWS - 1));
			out[k][1] = Math.sqrt(sum[k][0] / DRAWS);
		}
		return out;
	}

	void check(String what, BackgroundMethod method, double noise, double gradY, int bitDepth, boolean dark) {
		double[][] s = spreadAndSe(method, noise, gradY, bitDepth, dark);
		double v = 0, se = 0;
		StringBuilder b = new StringBuilder();
		for (double[] x : s) {
			v += x[0] * x[0];
			se += x[1] * x[1];
			b.append(String.format(Locale.ROOT, " %.2f", x[0] / x[1]));
		}
		double ratio = Math.sqrt(v / se);
		System.out.printf(Locale.ROOT, "%s: volume SD over %d noise draws / reported SE, pooled %.3f, per band%s%n", what,
			DRAWS, ratio, b);
		assertTrue(Math.abs(ratio - 1) <= 0.15, what + ": pooled SD / SE " + ratio);
	}

	@Test
	void valleyFlat() {
		check("valley, flat", BackgroundMethod.VALLEY, 20, 0, 16, false);
	}

	@Test
	void valleyGradient() {
		check("valley, gradient", BackgroundMethod.VALLEY, 20, 0.3, 16, false);
	}

	@Test
	void valleyDark() {
		check("valley, dark bands", BackgroundMethod.VALLEY, 20, 0, 16, true);
	}

	@Test
	void valley8Bit() {
		check("valley, 8-bit", BackgroundMethod.VALLEY, 2, 0, 8, false);
	}

	@Test
	void border() {
		check("border", BackgroundMethod.BORDER, 20, 0, 16, false);
	}
}
