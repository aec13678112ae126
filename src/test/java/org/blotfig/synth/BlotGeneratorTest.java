package org.blotfig.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.blotfig.core.InputException;
import org.junit.jupiter.api.Test;

class BlotGeneratorTest {

	/** Volume stated in the truth = integral of the noise-free band image, for every preset. */
	@Test
	void statedVolumesEqualTheIntegralOfTheNoiseFreeBands() {
		for (Preset preset : Preset.values()) for (int bits : new int[] { 8, 16 }) {
			for (Polarity pol : Polarity.values()) {
				SyntheticBlot blot = BlotGenerator.generate(preset.spec(bits, pol).seed(7));
				Truth t = blot.truth();
				assertTrue(t.bands.size() >= 20, "expected a full blot");
				double total = 0;
				for (Truth.Band b : t.bands) {
					double sum = sum(blot.bandImage(b.index));
					assertEquals(b.volume, sum, 1e-3 * b.volume, preset + " band " + b.index);
					assertTrue(b.volume > 0);
					total += b.volume;
				}
				assertEquals(total, sum(blot.bandImage()), 1e-3 * total);
			}
		}
	}

	/** In the clean preset the supports do not overlap: summing the combined image over each box gives the volume. */
	@Test
	void boxIntegralsOfTheCombinedBandImageMatchInTheCleanPreset() {
		SyntheticBlot blot = BlotGenerator.generate(Preset.CLEAN.spec().seed(3));
		float[] img = blot.bandImage();
		for (Truth.Band b : blot.truth().bands) {
			double s = 0;
			for (int y = b.box.y; y < b.box.y + b.box.height; y++)
				for (int x = b.box.x; x < b.box.x + b.box.width; x++)
					s += img[y * blot.width() + x];
			assertEquals(b.volume, s, 1e-3 * b.volume, "band " + b.index);
		}
	}

	/** Explicit volumes and amount x loading are used as stated. */
	@Test
	void explicitVolumesAndLoadingFactorsAreHonoured() {
		BlotSpec s = new BlotSpec().lanes(4).background(1000).loading(1, 2.0).loading(2, 0.5);
		int target = s.addRow("target", 100, 4, 1e6);
		int actin = s.addRow("actin", 250, 4, 2e6);
		s.volume(3, actin, 123456.0);
		Truth t = BlotGenerator.generate(s).truth();
		assertEquals(1e6, t.band(0, target).volume, 1e-6);
		assertEquals(2e6, t.band(1, target).volume, 1e-6);
		assertEquals(0.5e6, t.band(2, target).volume, 1e-6);
		assertEquals(1e6, t.band(2, actin).volume, 1e-6);
		assertEquals(123456.0, t.band(3, actin).volume, 1e-9);
		assertEquals(2.0, t.lanes.get(1).loading, 0);
	}

	@Test
	void ladderAndEmptyLanesGetTheirBands() {
		BlotSpec s = Preset.CLEAN.spec().lanes(9).laneKind(8, LaneKind.EMPTY);
		Truth t = BlotGenerator.generate(s).truth();
		assertEquals(5, t.bandsInLane(0).size());
		assertEquals(250.0, t.bandsInLane(0).get(0).mwKda, 0);
		assertEquals("LADDER", t.lanes.get(0).kind);
		assertEquals(3, t.bandsInLane(4).size());
		assertEquals(0, t.bandsInLane(8).size());
		assertEquals("EMPTY", t.lanes.get(8).kind);
	}

	/** Same seed, same pixels and truth; another seed, other pixels. */
	@Test
	void sameSeedGivesIdenticalOutput() {
		BlotSpec s = Preset.HARD.spec().seed(42);
		SyntheticBlot a = BlotGenerator.generate(s), b = BlotGenerator.generate(s);
		assertArrayEquals(a.pixels8(), b.pixels8());
		assertEquals(TruthJson.toJson(a.truth()), TruthJson.toJson(b.truth()));
		SyntheticBlot c = BlotGenerator.generate(s.copy().seed(43));
		assertFalse(Arrays.equals(a.pixels8(), c.pixels8()));
	}

	/** Changing only the noise leaves the band volumes and dust positions of a seed unchanged. */
	@Test
	void noiseLevelDoesNotChangeTheLayout() {
		Truth a = BlotGenerator.generate(Preset.TYPICAL.spec().seed(9)).truth();
		Truth b = BlotGenerator.generate(Preset.TYPICAL.spec().seed(9).scaleNoise(3)).truth();
		for (int k = 0; k < a.bands.size(); k++)
			assertEquals(a.bands.get(k).volume, b.bands.get(k).volume, 0);
		assertEquals(a.dust.get(5).x, b.dust.get(5).x, 0);
	}

	/** The noise-free centroid of every band lies where the truth says, with tilt, smile and splay. */
	@Test
	void bandCentroidsFollowTiltAndSmile() {
		BlotSpec s = Preset.TYPICAL.spec().seed(5).tiltDeg(-4).smile(12).splay(5);
		SyntheticBlot blot = BlotGenerator.generate(s);
		for (Truth.Band b : blot.truth().bands) {
			double[] c = centroid(blot.bandImage(b.index), blot.width());
			assertEquals(b.x, c[0], 1e-3, "x of band " + b.index);
			assertEquals(b.y, c[1], 1e-3, "y of band " + b.index);
			assertEquals(blot.truth().lanes.get(b.lane).xAt(b.y), b.x, 0.1, "band " + b.index + " on its lane path");
		}
	}

	/** At the strongest allowed smile and splay (and a single lane) the truth still matches the drawn bands. */
	@Test
	void extremeDistortionsAndSingleLanesStayConsistent() {
		BlotSpec base = Preset.TYPICAL.spec().seed(8).tiltDeg(5);
		double max = Geometry.maxDistortion(base);
		for (double sign : new double[] { 1, -1 }) {
			SyntheticBlot blot = BlotGenerator.generate(base.copy().smile(sign * max).splay(-sign * max));
			for (Truth.Band b : blot.truth().bands) {
				double[] c = centroid(blot.bandImage(b.index), blot.width());
				assertEquals(b.x, c[0], 1e-3, "x of band " + b.index);
				assertEquals(b.y, c[1], 1e-3, "y of band " + b.index);
				// the drawn band sits on its (strongly bent) lane path
				if (!b.truncated) // a band cut by the image edge has its centroid moved inwards
					assertEquals(blot.truth().lanes.get(b.lane).xAt(b.y), b.x, 0.5, "band " + b.index + " on its lane");
				assertEquals(b.volume, sum(blot.bandImage(b.index)), 1e-3 * b.volume);
			}
		}
		assertThrows(InputException.class, () -> BlotGenerator.generate(base.copy().smile(max + 1)));
		BlotSpec one = new BlotSpec().lanes(1).smile(5).splay(3);
		one.addRow("r", 300, 4, 1e6);
		SyntheticBlot blot = BlotGenerator.generate(one);
		Truth.Band b = blot.truth().bands.get(0);
		double[] c = centroid(blot.bandImage(0), blot.width());
		assertEquals(b.y, c[1], 0.1);
		assertTrue(b.box.height < 60, "a single lane does not bend within itself: " + b.box.height);
	}

	/** Smile: outer lanes lag the centre lane by smile x migration fraction (no tilt). */
	@Test
	void smileLagsTheOuterLanesByTheStatedAmount() {
		BlotSpec s = new BlotSpec().lanes(9).height(400).laneTop(20).laneBottom(380).smile(10);
		int row = s.addRow("r", 290, 4, 1e6); // migration fraction t = 0.75
		SyntheticBlot blot = BlotGenerator.generate(s);
		Truth t = blot.truth();
		double yMid = centroid(blot.bandImage(t.band(4, row).index), blot.width())[1];
		double yEdge = centroid(blot.bandImage(t.band(0, row).index), blot.width())[1];
		double yOther = centroid(blot.bandImage(t.band(8, row).index), blot.width())[1];
		assertEquals(290, yMid, 0.05);
		assertEquals(290 - 7.5, yEdge, 0.1);
		assertEquals(290 - 7.5, yOther, 0.1);
		// the lane path bends nowhere without splay or tilt
		assertEquals(s.laneCentre(0), t.lanes.get(0).xAt(300), 1e-9);
	}

	/** Tilt: a row of bands rises by sin(tilt) per pixel across the blot; lane paths lean the same way. */
	@Test
	void tiltRotatesRowsAndLanes() {
		double deg = 3;
		BlotSpec s = new BlotSpec().lanes(8).height(400).laneTop(40).laneBottom(360).tiltDeg(deg);
		int row = s.addRow("r", 200, 4, 1e6);
		SyntheticBlot blot = BlotGenerator.generate(s);
		Truth t = blot.truth();
		double[] first = centroid(blot.bandImage(t.band(0, row).index), blot.width());
		double[] last = centroid(blot.bandImage(t.band(7, row).index), blot.width());
		double du = s.laneCentre(7) - s.laneCentre(0);
		double rad = Math.toRadians(deg);
		assertEquals(du * Math.sin(rad), last[1] - first[1], 0.1);
		assertEquals(du * Math.cos(rad), last[0] - first[0], 0.1);
		Truth.Lane lane = t.lanes.get(3);
		assertEquals(-Math.tan(rad) * 100, lane.xAt(300) - lane.xAt(200), 0.05);
	}

	/** A band is flagged saturated exactly when pixels of its footprint sit at the clip value. */
	@Test
	void saturatedFlagsMatchClippedPixels() {
		for (Polarity pol : Polarity.values()) for (int bits : new int[] { 8, 16 }) {
			BlotSpec s = Preset.TYPICAL.spec(bits, pol).seed(11);
			s.saturate(2, 2, 1.5);
			SyntheticBlot blot = BlotGenerator.generate(s);
			Truth t = blot.truth();
			int clip = pol == Polarity.LIGHT_BANDS ? s.maxValue() : 0;
			assertEquals(clip, t.clipValue);
			int saturated = 0;
			for (Truth.Band b : t.bands) {
				float[] own = blot.bandImage(b.index);
				double peak = 0;
				for (float v : own)
					peak = Math.max(peak, v);
				int n = 0;
				for (int p = 0; p < own.length; p++)
					if (own[p] > 0 && own[p] >= 0.05 * peak && blot.value(p % blot.width(), p / blot.width()) == clip) n++;
				assertEquals(n, b.clippedPixels, "band " + b.index);
				assertEquals(n > 0, b.saturated, "band " + b.index);
				if (b.saturated) saturated++;
			}
			assertTrue(t.band(2, 2).saturated, "the overdriven band must be saturated");
			assertTrue(t.band(2, 2).clippedPixels > 50, "a clear plateau: " + t.band(2, 2).clippedPixels);
			assertTrue(t.band(2, 2).peak > s.headroom() * 1.3);
			assertEquals(1, saturated, "only the overdriven band saturates (" + pol + ", " + bits + " bit)");
		}
	}

	@Test
	void cleanPresetHasNoSaturationAndNoClippingAnywhere() {
		SyntheticBlot blot = BlotGenerator.generate(Preset.CLEAN.spec());
		for (Truth.Band b : blot.truth().bands)
			assertFalse(b.saturated);
		for (short v : blot.pixels16())
			assertTrue((v & 0xffff) < 65535 && (v & 0xffff) > 0);
	}

	/** Read noise and Poisson-like noise have the stated variance: var = gain x signal + read^2. */
	@Test
	void noiseHasTheStatedVariance() {
		double[][] cases = { { 0, 40 }, { 2.0, 0 }, { 2.0, 40 } };
		for (double[] c : cases) {
			BlotSpec s = new BlotSpec().lanes(1).laneWidth(20).width(400).height(400).laneTop(10).laneBottom(390)
				.background(20000).noise(c[0], c[1]).seed(1);
			SyntheticBlot blot = BlotGenerator.generate(s);
			double m = 0, m2 = 0;
			short[] px = blot.pixels16();
			for (short v : px) {
				double d = (v & 0xffff) - 20000;
				m += d;
				m2 += d * d;
			}
			int n = px.length;
			double var = m2 / n - (m / n) * (m / n);
			double expect = c[0] * 20000 + c[1] * c[1] + 1 / 12.0; // + rounding
			assertEquals(expect, var, 0.02 * expect, "gain " + c[0] + ", read " + c[1]);
			assertEquals(0, m / n, 0.5);
		}
	}

	@Test
	void invalidSpecsAreRejectedWithAClearMessage() {
		InputException e = assertThrows(InputException.class, () -> BlotGenerator.generate(new BlotSpec().bitDepth(12)));
		assertTrue(e.getMessage().contains("bit depth must be 8 or 16"), e.getMessage());
		assertThrows(InputException.class, () -> BlotGenerator.generate(new BlotSpec().tiltDeg(6)));
		assertThrows(InputException.class, () -> BlotGenerator.generate(new BlotSpec().lanes(3).width(100)));
		BlotSpec bad = new BlotSpec();
		bad.addRow("x", 500, 3, 1);
		assertThrows(InputException.class, () -> BlotGenerator.generate(bad));
		assertThrows(InputException.class, () -> new BlotSpec().volume(0, 0, 1), "no row 0 yet");
	}

	/** The truth survives a JSON round trip (other tools read truth.json files). */
	@Test
	void truthJsonRoundTrips() throws Exception {
		Truth t = BlotGenerator.generate(Preset.TYPICAL.spec()).truth();
		String json = TruthJson.toJson(t);
		assertTrue(json.contains("\"clipped_pixels\""), "snake_case keys");
		assertTrue(json.contains("\"tilt_deg\": 1.0"));
		java.nio.file.Path f = java.nio.file.Files.createTempFile("truth", ".json");
		try {
			java.nio.file.Files.write(f, json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			Truth back = TruthJson.read(f);
			assertEquals(json, TruthJson.toJson(back));
			assertEquals(t.bands.get(4).volume, back.bands.get(4).volume, 0);
			assertEquals(1.0, back.params.tiltDeg(), 0);
		}
		finally {
			java.nio.file.Files.delete(f);
		}
	}

	/** The core box holds most (about 95 %) of each band; the background field is the noise-free background there. */
	@Test
	void coreBoxesAndBackgroundAreConsistent() {
		SyntheticBlot blot = BlotGenerator.generate(Preset.TYPICAL.spec().seed(4));
		float[] bg = blot.backgroundImage();
		for (Truth.Band b : blot.truth().bands) {
			float[] own = blot.bandImage(b.index);
			double in = 0;
			for (int y = b.core.y; y < b.core.y + b.core.height; y++)
				for (int x = b.core.x; x < b.core.x + b.core.width; x++)
					in += own[y * blot.width() + x];
			double f = in / b.volume;
			assertTrue(f > 0.93 && f < 0.995, "core fraction " + f + " of band " + b.index);
			assertTrue(b.core.contains(b.x, b.y) && b.box.contains(b.core.x, b.core.y));
			assertEquals(bg[(int) b.y * blot.width() + (int) b.x], b.background, 1e-3);
		}
	}

	@Test
	void cancellationStopsTheGenerator() {
		org.blotfig.core.ProgressListener cancel = new org.blotfig.core.ProgressListener() {
			@Override
			public void progress(double fraction, String message) {}

			@Override
			public boolean isCanceled() {
				return true;
			}
		};
		assertThrows(java.util.concurrent.CancellationException.class,
			() -> BlotGenerator.generate(Preset.CLEAN.spec(), cancel));
	}

	/** Row jitter moves each sample row as a whole, differently per seed; ladders and volumes stay. */
	@Test
	void rowJitterShiftsWholeRowsPerSeed() {
		BlotSpec base = Preset.CLEAN.spec();
		Truth still = BlotGenerator.generate(base).truth();
		Truth a = BlotGenerator.generate(base.copy().rowJitter(8).seed(1)).truth();
		Truth b = BlotGenerator.generate(base.copy().rowJitter(8).seed(2)).truth();
		double moved = 0;
		for (int row = 0; row < base.rows().size(); row++) {
			assertEquals(base.rows().get(row).y, still.band(1, row).y, 1e-6);
			for (int lane = 2; lane < 8; lane++)
				assertEquals(a.band(1, row).y, a.band(lane, row).y, 1e-6, "a row moves as a whole");
			moved += Math.abs(a.band(1, row).y - b.band(1, row).y);
			assertEquals(still.band(1, row).volume, a.band(1, row).volume, 0);
		}
		assertTrue(moved > 3, "rows differ between seeds: " + moved);
		assertEquals(still.bandsInLane(0).get(2).y, a.bandsInLane(0).get(2).y, 0, "ladder stays");
	}

	static double sum(float[] a) {
		double s = 0;
		for (float v : a)
			s += v;
		return s;
	}

	static double[] centroid(float[] img, int w) {
		double s = 0, sx = 0, sy = 0;
		for (int p = 0; p < img.length; p++) {
			if (img[p] == 0) continue;
			s += img[p];
			sx += img[p] * (p % w + 0.5);
			sy += img[p] * (p / w + 0.5);
		}
		return new double[] { sx / s, sy / s };
	}
}
