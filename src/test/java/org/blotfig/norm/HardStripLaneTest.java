package org.blotfig.norm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.blotfig.core.ProgressListener;
import org.blotfig.gel.Band;
import org.blotfig.gel.GelAnalyzer;
import org.blotfig.gel.GelImage;
import org.blotfig.gel.GelResult;
import org.blotfig.gel.Lane;
import org.blotfig.synth.Polarity;
import org.blotfig.synth.Preset;
import org.blotfig.synth.SyntheticBlot;
import org.blotfig.synth.Truth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The largest held-out HARD blot-set errors were (BENCHMARKS.md, "Lateral misplacement on faint
 * strips"): on membrane 3's H-RAS strip (ladder plus one row of faint co-culture bands, 0.27 of
 * control) the lanes 6-9 were placed beside their band, up to 19 px (box half width 24), with a
 * third of the band outside the box. The same strip with the generator's dust taken out of the
 * pixels was placed correctly: HARD dust specks (30 % of full scale), summed down a column,
 * outweigh a lane whose only signal is one faint band, and pulled the lattice and the lane paths.
 * Now the lane finder's top-hat drops specks (short and narrow against their row and column,
 * gel.Small) and the path follower leaves out segments far off the lane's fitted path
 * (gel.LaneFinder): every lane sits on its band as it does without the dust.
 */
class HardStripLaneTest {

	@TempDir
	Path dir;

	/**
	 * Seeds 11-14 (used to choose) and 21-24 (held out): each lane within 4 px of its band at the
	 * band's row and no more than 5 % of its band mass outside the box, as without the dust. Before:
	 * seed 23 lane 9 +18.6 px, -32.5 % of its mass outside; seed 24 lanes 8-9 +13.8 / +19.3 px,
	 * -13.0 / -33.3 %; seed 11 lane 9 +9.8 px.
	 */
	@Test
	void faintStripLanesSitOnTheirBandsDespiteTheDust() throws IOException {
		double worst = 0, worstMass = 0;
		for (long seed : new long[] { 11, 12, 13, 14, 21, 22, 23, 24 }) {
			SyntheticBlot blot = new SyntheticBlotSets(dir.resolve("s" + seed), Preset.HARD, seed).blots.get("M3_hras.tif");
			double[][] asIs = measure(blot, GelBlotSetTest.image(blot));
			double[][] clean = measure(blot, withoutDust(blot));
			for (int lane = 2; lane <= 9; lane++) {
				System.out.printf(Locale.ROOT, "HARD seed %d M3 H-RAS lane %d: centre error %+.1f px, band mass outside the box " +
					"%+.1f %%, volume error %+.1f %%; without dust %+.1f px, %+.1f %%, %+.1f %%%n", seed, lane, asIs[lane][0],
					100 * asIs[lane][1], 100 * asIs[lane][2], clean[lane][0], 100 * clean[lane][1], 100 * clean[lane][2]);
				assertTrue(Math.abs(clean[lane][0]) < 4, "seed " + seed + " lane " + lane + " without dust, centre error " + clean[lane][0]);
				assertTrue(Math.abs(asIs[lane][0]) < 4, "seed " + seed + " lane " + lane + " centre error " + asIs[lane][0]);
				assertTrue(asIs[lane][1] > -0.05, "seed " + seed + " lane " + lane + " band mass outside the box " + asIs[lane][1]);
				worst = Math.max(worst, Math.abs(asIs[lane][0]));
				worstMass = Math.min(worstMass, asIs[lane][1]);
			}
		}
		System.out.printf(Locale.ROOT, "HARD M3 H-RAS strips, seeds 11-14 and 21-24: worst centre error %.1f px, worst band mass " +
			"outside the box %.1f %%%n", worst, 100 * worstMass);
	}

	/**
	 * Per 1-based lane: {blotfig's lane centre minus the true one at the H-RAS band's row (px), the
	 * band's true mass in blotfig's box relative to its volume, minus 1; blotfig's volume error}.
	 */
	static double[][] measure(SyntheticBlot blot, GelImage img) {
		GelResult r = new GelAnalyzer().analyze(img, BlotSetPipeline.defaultGelParams(), ProgressListener.NONE);
		Truth t = blot.truth();
		double[][] out = new double[SyntheticBlotSets.LANES + 1][];
		for (int lane = 2; lane <= SyntheticBlotSets.LANES; lane++) {
			Truth.Band tb = SyntheticBlotSets.band(blot, lane, "H-RAS");
			Lane found = null;
			for (Lane l : r.lanes) if (l.index == lane) found = l;
			assertTrue(found != null, "lane " + lane + " found");
			double centre = found.xAt((int) Math.floor(tb.y) - found.originY) - t.lanes.get(lane - 1).xAt(tb.y);
			Band best = null;
			for (Band b : r.bandsOfLane(lane)) if (best == null || Math.abs(b.y - tb.y) < Math.abs(best.y - tb.y)) best = b;
			assertTrue(best != null && Math.abs(best.y - tb.y) <= 3 * tb.sigmaY + 3, "lane " + lane + " H-RAS band found");
			// the band's own mass inside blotfig's box (lane path x band rows): what misplacement alone costs
			float[] bands = blot.bandImage();
			double inBox = 0;
			for (int y = best.top; y < best.bottom; y++) {
				int ry = y - found.originY;
				int lo = Math.max(0, found.path.left(ry) + found.originX), hi = Math.min(t.width - 1, found.path.right(ry) + found.originX);
				for (int x = lo; x <= hi; x++) inBox += bands[y * t.width + x];
			}
			out[lane] = new double[] { centre, inBox / tb.volume - 1, best.volume / tb.volume - 1 };
		}
		return out;
	}

	/** The blot's pixels with the generator's dust image taken back out (noise and quantisation stay). */
	static GelImage withoutDust(SyntheticBlot b) {
		float[] dust = b.dustImage();
		int sign = b.polarity() == Polarity.DARK_BANDS ? 1 : -1;
		if (b.bitDepth() == 8) {
			byte[] p = b.pixels8().clone();
			for (int i = 0; i < p.length; i++) p[i] = (byte) Math.max(0, Math.min(255, Math.round((p[i] & 0xff) + sign * dust[i])));
			return GelImage.of8Bit(b.width(), b.height(), p);
		}
		short[] p = b.pixels16().clone();
		for (int i = 0; i < p.length; i++) p[i] = (short) Math.max(0, Math.min(65535, Math.round((p[i] & 0xffff) + sign * dust[i])));
		return GelImage.of16Bit(b.width(), b.height(), p);
	}
}
