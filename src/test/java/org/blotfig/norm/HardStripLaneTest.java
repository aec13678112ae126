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
 * The largest held-out HARD blot-set errors (BENCHMARKS.md, "Lateral misplacement on faint
 * strips"): on membrane 3's H-RAS strip (ladder plus one row of faint co-culture bands, 0.27 of
 * control) the lanes 6-9 are placed beside their band. This records what is measured now and
 * why: the same strip with the generator's dust taken out of the pixels is placed correctly, so
 * the lane finder follows the HARD dust specks (30 % of full scale), which summed down a column
 * outweigh a lane whose only signal is one faint band. Not fixed yet: see BENCHMARKS.md for the
 * attempt (specks dropped from the lane-finding top-hat) and what it broke.
 */
class HardStripLaneTest {

	@TempDir
	Path dir;

	/**
	 * Held-out seeds 23 and 24: lane 9 off by 18-19 px, a third of its H-RAS band outside the box
	 * (seed 24 lane 8 too, 14 px and 13 %).
	 */
	@Test
	void faintStripLanesFollowTheDustNotTheBand() throws IOException {
		for (long seed : new long[] { 23, 24 }) {
			SyntheticBlot blot = new SyntheticBlotSets(dir.resolve("s" + seed), Preset.HARD, seed).blots.get("M3_hras.tif");
			double[][] asIs = measure(blot, GelBlotSetTest.image(blot));
			double[][] clean = measure(blot, withoutDust(blot));
			for (int lane = 6; lane <= 9; lane++) {
				System.out.printf(Locale.ROOT, "HARD seed %d M3 H-RAS lane %d: centre error %+.1f px, band mass outside the box " +
					"%+.1f %%, volume error %+.1f %%; without dust %+.1f px, %+.1f %%, %+.1f %%%n", seed, lane, asIs[lane][0],
					100 * asIs[lane][1], 100 * asIs[lane][2], clean[lane][0], 100 * clean[lane][1], 100 * clean[lane][2]);
				// the cause: without the dust every co-culture lane sits on its band
				assertTrue(Math.abs(clean[lane][0]) < 4, "seed " + seed + " lane " + lane + " without dust, centre error " + clean[lane][0]);
				assertTrue(clean[lane][1] > -0.03, "seed " + seed + " lane " + lane + " without dust, band mass outside the box " + clean[lane][1]);
			}
			// what is measured now (a fix should turn these round): lane 9's centre half the box half width (24 px) beside the band
			assertTrue(asIs[9][0] > 12, "seed " + seed + " lane 9 centre error " + asIs[9][0]);
			assertTrue(asIs[9][1] < -0.25, "seed " + seed + " lane 9 band mass outside the box " + asIs[9][1]);
			assertTrue(asIs[9][2] < -0.15, "seed " + seed + " lane 9 H-RAS volume error " + asIs[9][2]);
		}
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
