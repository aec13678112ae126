package org.blotfig.gel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.blotfig.core.ProgressListener;
import org.junit.jupiter.api.Test;

class GelAnalyzerTest {

	static GelResult run(GelImage img, GelParams p) {
		return new GelAnalyzer().analyze(img, p, ProgressListener.NONE);
	}

	/** Two rows of bands with volumes 1x..3x; lanes, positions and volumes against the truth. */
	static TestBlot twoRows() {
		TestBlot t = new TestBlot();
		for (int l = 0; l < t.lanes; l++) {
			t.band(l, 100, 4, 20000 * (1 + 0.4 * l));
			t.band(l, 200, 5, 30000);
		}
		return t;
	}

	/**
	 * A frame of pure noise (a blank membrane, the wrong channel) has no lanes, though its
	 * projection has peaks (they used to become 10-33 empty lanes): the user is told why; lanes
	 * placed anyway by a count the user gives hold no band, and that is said too.
	 */
	@Test
	void noiseHasNoLanesAndEmptyLanesAreReportedAsSuch() {
		for (int[] size : new int[][] { { 130, 400 }, { 400, 400 }, { 1200, 600 } })
			for (int seed = 1; seed <= 3; seed++) {
				java.util.Random rnd = new java.util.Random(seed);
				short[] px = new short[size[0] * size[1]];
				for (int i = 0; i < px.length; i++) px[i] = (short) (10000 + 300 * rnd.nextGaussian());
				GelImage noise = GelImage.of16Bit(size[0], size[1], px);
				GelResult auto = run(noise, new GelParams());
				String what = size[0] + "x" + size[1] + " seed " + seed;
				assertEquals(0, auto.lanes.size(), what);
				assertTrue(auto.warnings.get(0).startsWith("no lanes found: nothing in the image stands out from its noise"),
					what + ": " + auto.warnings);
				GelParams five = new GelParams();
				five.lanes = 5;
				GelResult given = run(noise, five);
				assertEquals(5, given.lanes.size(), what);
				assertEquals(0, given.bands.size(), what);
				assertTrue(given.warnings.contains("no band found in any of the 5 lanes: is this a blot scan with bands " +
					"(not a blank membrane, the wrong file or image)?"), what + ": " + given.warnings);
			}
		for (String w : run(twoRows().image(), new GelParams()).warnings)
			assertTrue(!w.startsWith("no band found") && !w.startsWith("no lanes"), w);
	}

	@Test
	void findsLanesAndMeasuresVolumes() {
		TestBlot t = twoRows();
		GelResult r = run(t.image(), new GelParams());
		assertEquals(Polarity.LIGHT_BANDS, r.polarity);
		assertEquals(6, r.lanes.size());
		for (Lane l : r.lanes) {
			assertEquals(LaneKind.SAMPLE, l.kind);
			assertEquals(t.laneX(l.index - 1) + 0.5, l.xTop(), 1.5, "lane " + l.index + " centre");
		}
		assertEquals(12, r.bands.size());
		for (Band b : r.bands) {
			double[] truth = truth(t, b);
			assertEquals(truth[1] + 0.5, b.y, 0.5, "band y");
			assertEquals(truth[3], b.volume, 0.02 * truth[3], "volume lane " + b.lane + " y " + b.y);
			assertEquals(b.y < 150 ? 1 : 2, b.row);
		}
	}

	/** Film-like: 8-bit dark bands on light with a gradient and 3 degrees of tilt. */
	@Test
	void darkTiltedGradient8Bit() {
		TestBlot t = twoRows();
		t.bitDepth = 8;
		t.darkBands = true;
		t.background = 200;
		t.noise = 1.5;
		t.gradX = 0.05;
		t.gradY = -0.04;
		t.tiltDeg = 3;
		for (double[] b : t.bands) b[3] *= 0.5; // peaks 14..39 grey levels: within 8 bits
		GelResult r = run(t.image(), new GelParams());
		assertEquals(Polarity.DARK_BANDS, r.polarity);
		assertEquals(6, r.lanes.size());
		assertEquals(3, r.tiltDeg, 0.6);
		assertEquals(12, r.bands.size());
		for (Band b : r.bands) {
			double[] truth = truth(t, b);
			assertEquals(truth[3], b.volume, 0.05 * truth[3], "volume lane " + b.lane + " y " + b.y);
		}
	}

	/** Every background method gets the volume of an isolated band on a flat background. */
	@Test
	void backgroundMethodsAgreeOnAFlatBackground() {
		TestBlot t = twoRows();
		for (BackgroundMethod m : new BackgroundMethod[] { BackgroundMethod.VALLEY, BackgroundMethod.ROLLING_BALL,
			BackgroundMethod.BORDER })
		{
			GelParams p = new GelParams();
			p.background = m;
			GelResult r = run(t.image(), p);
			assertEquals(12, r.bands.size(), m.label());
			for (Band b : r.bands) {
				double[] truth = truth(t, b);
				// the ball (radius 50, intensities counted as px like ImageJ) rides up into a band as
				// tall as it is wide, so it is the least accurate; the border strips see fewer pixels
				double tol = m == BackgroundMethod.ROLLING_BALL ? 0.12 : m == BackgroundMethod.BORDER ? 0.05 : 0.03;
				assertEquals(truth[3], b.volume, tol * truth[3], m.label() + " lane " + b.lane);
			}
		}
		GelParams none = new GelParams();
		none.background = BackgroundMethod.NONE;
		Band b = run(t.image(), none).bands.get(0);
		assertEquals(0, b.background);
		assertTrue(b.volume > 10 * truth(t, b)[3], "raw integral includes the membrane");
	}

	/** A lane with nothing in it between loaded lanes is reported as empty, not dropped. */
	@Test
	void emptyLaneIsReported() {
		TestBlot t = new TestBlot();
		for (int l = 0; l < t.lanes; l++) if (l != 3) t.band(l, 150, 4, 25000);
		GelResult r = run(t.image(), new GelParams());
		assertEquals(6, r.lanes.size());
		assertEquals(LaneKind.EMPTY, r.lanes.get(3).kind);
		assertEquals(1, r.count(LaneKind.EMPTY));
		assertEquals(5, r.bands.size());
	}

	/**
	 * A lane loaded so lightly (2.5 % of its neighbours, SNR about 30) that the lane finder only
	 * fills it in from the lattice still has its band called, because the band sits in the row of
	 * both neighbours; a truly empty lane between loaded lanes stays empty.
	 */
	@Test
	void lightlyLoadedLaneKeepsItsBandAndAnEmptyLaneStaysEmpty() {
		double strong = 200000, faint = 5000;
		for (long seed = 1; seed <= 5; seed++) {
			TestBlot t = new TestBlot();
			t.lanes = 8;
			t.width = 520;
			t.noise = 2;
			t.seed = seed;
			for (int l = 0; l < t.lanes; l++)
				if (l != 2) t.band(l, 140 + 4 * l, 4, l == 5 ? faint : strong); // the row descends to the right
			GelResult r = run(t.image(), new GelParams());
			assertEquals(8, r.lanes.size(), "seed " + seed);
			assertEquals(LaneKind.EMPTY, r.lanes.get(2).kind, "seed " + seed);
			assertEquals(0, RealBlotsTest.bandsIn(r, 3), "seed " + seed);
			assertEquals(LaneKind.SAMPLE, r.lanes.get(5).kind, "seed " + seed);
			assertEquals(1, RealBlotsTest.bandsIn(r, 6), "seed " + seed);
			for (Band b : r.bands)
				if (b.lane == 6) {
					assertEquals(140 + 4 * 5 + 0.5, b.y, 1, "seed " + seed);
					assertEquals(faint, b.volume, 0.05 * faint, "seed " + seed);
				}
		}
	}

	/** A user-given lane count is honoured. */
	@Test
	void givenLaneCount() {
		GelParams p = new GelParams();
		p.lanes = 6;
		assertEquals(6, run(twoRows().image(), p).lanes.size());
	}

	/** A clipped band is flagged saturated, the others not; the counts are of pixels at the type maximum. */
	@Test
	void saturatedBandIsFlagged() {
		TestBlot t = twoRows();
		t.bands.set(0, new double[] { 0, 100, 4, 3.0e7 }); // peak 83000: far above 65535
		GelResult r = run(t.image(), new GelParams());
		for (Band b : r.bands) {
			boolean sat = b.lane == 1 && b.row == 1;
			assertEquals(sat, b.flags.contains(BandFlag.SATURATED), "lane " + b.lane + " row " + b.row);
			assertEquals(sat, b.saturatedPx > 0);
		}
	}

	/**
	 * A band whose noise-free peak sits just under the type maximum: noise clips a few central
	 * pixels of its top row only (no flat top yet), and it is flagged all the same.
	 */
	@Test
	void bandTouchingTheCeilingWithoutAFlatTopIsFlagged() {
		TestBlot t = twoRows();
		double peak = 65535 - t.background - 3; // noise sigma 5: about a quarter of the top row clips
		t.bands.set(0, new double[] { 0, 100, 4, peak * 4 * Math.sqrt(2 * Math.PI) * t.laneWidth });
		GelResult r = run(t.image(), new GelParams());
		for (Band b : r.bands) {
			boolean sat = b.lane == 1 && b.row == 1;
			assertEquals(sat, b.flags.contains(BandFlag.SATURATED), "lane " + b.lane + " row " + b.row);
			if (sat) assertTrue(b.saturatedPx >= 3 && b.saturatedPx < 30, "clipped pixels: " + b.saturatedPx);
		}
	}

	/** Two bands closer than their tails overlap are split at the valley and both flagged touching. */
	@Test
	void doubletIsSplit() {
		TestBlot t = new TestBlot();
		for (int l = 0; l < t.lanes; l++) {
			t.band(l, 140, 3, 20000);
			t.band(l, 155, 3, 20000);
		}
		GelResult r = run(t.image(), new GelParams());
		assertEquals(12, r.bands.size());
		for (Band b : r.bands) {
			assertTrue(b.flags.contains(BandFlag.TOUCHING));
			assertEquals(20000, b.volume, 0.06 * 20000, "lane " + b.lane + " y " + b.y);
		}
	}

	static double[] truth(TestBlot t, Band b) {
		double[] best = null;
		for (double[] tb : t.bands) {
			if ((int) tb[0] != b.lane - 1) continue;
			if (best == null || Math.abs(tb[1] - b.y) < Math.abs(best[1] - b.y)) best = tb;
		}
		return best;
	}

	static void print(GelResult r) {
		for (Lane l : r.lanes) System.out.println("lane " + l.index + " " + l.kind + " x " + l.xTop() + ".." + l.xBottom() + " w " + l.width());
		for (Band b : r.bands) System.out.println(" band " + b.lane + "/" + b.row + " y " + b.y + " vol " + b.volume + " bg " +
			b.background + " peak " + b.peak + " w " + b.width + " snr " + b.snr + " box " + b.top + ".." + b.bottom + " " + b.flagString());
	}
}
