package org.blotfig.gel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.blotfig.core.ProgressListener;
import org.blotfig.synth.BlotGenerator;
import org.blotfig.synth.BlotSpec;
import org.blotfig.synth.Polarity;
import org.blotfig.synth.Preset;
import org.blotfig.synth.SyntheticBlot;
import org.junit.jupiter.api.Test;

/**
 * The lane sweep's whole-number path (sums and extremes on the stored 8/16-bit values, the
 * signal written out only for the trimmed mean and the speck scan) gives the same profiles, to
 * the last bit, as the plain double path on the same values stored as floats.
 */
class IntegerSweepTest {

	@Test
	void integerSweepEqualsTheDoublePath() {
		int rows = 0;
		for (int bits : new int[] { 8, 16 })
			for (Polarity pol : Polarity.values())
				for (Preset preset : new Preset[] { Preset.TYPICAL, Preset.HARD }) {
					BlotSpec layout = new BlotSpec().bitDepth(bits).polarity(pol).lanes(7).laneWidth(44).laneGap(12)
						.marginX(30).height(300);
					BlotSpec spec = preset.spec(layout).width(452).seed(bits + pol.ordinal());
					// 8-bit: noise above the whole-number path's floor of half a level (the paths' shortcut bars then agree)
					if (bits == 8) spec.scaleNoise(6);
					SyntheticBlot blot = BlotGenerator.generate(spec);
					int w = blot.width(), h = blot.height();
					int top = bits == 8 ? 255 : 65535;
					GelImage ints;
					float[] floats = blot.pixelsAsFloat();
					if (bits == 8) {
						byte[] b = blot.pixels8().clone();
						b[0] = (byte) top;
						ints = GelImage.of8Bit(w, h, b);
					}
					else {
						short[] s = blot.pixels16().clone();
						s[0] = (short) top;
						ints = GelImage.of16Bit(w, h, s);
					}
					// one pixel at the type maximum: the float image's dark-bands reference is its maximum
					floats[0] = top;
					GelImage fl = GelImage.ofFloat(w, h, floats);
					List<LanePath> paths = new ArrayList<>();
					for (Lane l : new GelAnalyzer().analyze(ints, new GelParams(), ProgressListener.NONE).lanes) paths.add(l.path);
					assertTrue(paths.size() >= 6, "lanes found: " + paths.size());
					boolean light = pol == Polarity.LIGHT_BANDS;
					Signal si = new Signal(ints, light, Signal.Stats.of(ints)), sf = new Signal(fl, light, Signal.Stats.of(fl));
					assertTrue(sf.pixelNoise() >= 0.5, "noise " + sf.pixelNoise());
					List<LaneProfile> a = LaneProfile.all(si, paths);
					List<LaneProfile> b = LaneProfile.all(sf, paths);
					for (int k = 0; k < paths.size(); k++)
						for (int y = 0; y < h; y++) {
							String at = bits + "-bit " + pol + " " + preset + " lane " + (k + 1) + " row " + y;
							assertEquals(Double.doubleToLongBits(b.get(k).central[y]), Double.doubleToLongBits(a.get(k).central[y]), at);
							assertEquals(Double.doubleToLongBits(b.get(k).sum[y]), Double.doubleToLongBits(a.get(k).sum[y]), at);
							assertEquals(b.get(k).count[y], a.get(k).count[y], at);
							rows++;
						}
				}
		assertTrue(rows >= 16_000, rows + " rows compared");
	}
}
