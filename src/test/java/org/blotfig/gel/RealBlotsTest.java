package org.blotfig.gel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.nio.file.Path;

import org.blotfig.core.ProgressListener;
import org.blotfig.ij.GelImages;
import org.blotfig.testutil.Shared;
import org.junit.jupiter.api.Test;

/** Real scans from ../shared/data/blots (see its README for what is known about each). */
class RealBlotsTest {

	static GelResult analyze(Path file, Rectangle roi) {
		GelImages.Converted c = GelImages.convert(GelImages.open(file), roi);
		return new GelAnalyzer().analyze(c.image, new GelParams(), ProgressListener.NONE);
	}

	static GelResult analyze(String rel) {
		return analyze(Shared.data("blots/" + rel), null);
	}

	/** 16-bit chemiluminescence shown through an inverting LUT: 8 beta-actin lanes, one main band row. */
	@Test
	void csitronActinHasEightLanes() {
		GelResult r = analyze("csitron_actin16/antiActin 20240710_131425_Ch_Chemi.tif");
		assertEquals(Polarity.LIGHT_BANDS, r.polarity, "values: bright bands (the LUT only shows them dark)");
		assertEquals(8, r.lanes.size());
		assertEquals(8, r.count(LaneKind.SAMPLE));
		// the actin row: one band per lane, all in row 1, none saturated (max 30080 of 65535)
		int inRow1 = 0;
		for (Band b : r.bands) {
			if (b.row == 1) inRow1++;
			assertFalse(b.flags.contains(BandFlag.SATURATED));
		}
		assertEquals(8, inRow1);
	}

	/** 12 lanes, each with one band (two broad, uneven ones show only as shoulders in the column projection). */
	@Test
	void chibidragonStripHasTwelveLanes() {
		GelResult r = analyze("chibidragon_strips/test_image.png");
		assertEquals(Polarity.DARK_BANDS, r.polarity);
		assertEquals(12, r.lanes.size());
		assertEquals(12, r.count(LaneKind.SAMPLE));
	}

	/**
	 * The second strip holds 13 lanes (counted by eye: 13 bands about 89 px apart, the 12th
	 * faint); a wide plateau spanning lanes 8 and 9 is not a lane of its own. The 12th lane's
	 * column signal is below the lane finder's noise bar (a lattice lane), but its faint band sits
	 * in the row of its neighbours (lane 11 at y 91, lane 13 at y 121; the strip's rows descend to
	 * the right), so it is a sample lane with that band. All 13 bands are one row.
	 */
	@Test
	void chibidragonSecondStripHasThirteenLanes() {
		GelResult r = analyze("chibidragon_strips/test_image2.png");
		assertEquals(Polarity.DARK_BANDS, r.polarity);
		assertEquals(13, r.lanes.size());
		assertEquals(13, r.count(LaneKind.SAMPLE));
		assertEquals(1, bandsIn(r, 12));
		for (Band b : r.bands) if (b.lane == 12) assertTrue(b.y > 95 && b.y < 115, "lane 12 band at y " + b.y);
		// the protein's band in every lane is one row, though the row descends 88 px across the strip
		// (18 px from lane 12 to 13): lane 10's faint smudge at the top edge is a row of its own
		java.util.Set<Integer> rows = new java.util.HashSet<>();
		int inRow = 0;
		for (Band b : r.bands) if (b.y > 25) { rows.add(b.row); inRow++; }
		assertEquals(13, inRow);
		assertEquals(1, rows.size(), "rows of the protein's bands: " + rows);
		for (int i = 1; i < r.lanes.size(); i++) {
			double d = r.lanes.get(i).xTop() - r.lanes.get(i - 1).xTop();
			assertTrue(d > 55 && d < 125, "lanes " + i + " and " + (i + 1) + " " + d + " px apart");
		}
	}

	/**
	 * An RGB export with ImageJ's analysis burned in: green lane boxes numbered 1-12 in yellow,
	 * and thin blue separator lines (chroma ~50, fainter than the boxes) at x = 23, 94, ..., 875,
	 * 71 px apart, one at the membrane's left edge. 12 lanes, one between each pair of lines,
	 * each with a band (the 8th faint). The separators are found as annotation (they touch the
	 * boxes), and neither the membrane edge nor band pieces cut off by the boxes are lanes.
	 */
	@Test
	void chibidragonAnnotatedStripHasTwelveLanesBetweenItsSeparators() {
		GelResult r = analyze("chibidragon_strips/user_image.png");
		assertEquals(Polarity.DARK_BANDS, r.polarity);
		assertEquals(12, r.lanes.size());
		assertEquals(12, r.count(LaneKind.SAMPLE));
		for (int i = 0; i < 12; i++) {
			double x = r.lanes.get(i).xTop(), left = 23 + 71 * i;
			assertTrue(x > left && x < left + 71, "lane " + (i + 1) + " at " + x + ", between the lines at " + left +
				" and " + (left + 71));
		}
	}

	/**
	 * PLOS ONE Fig 6: each blot panel selected by a rectangle just inside its frame (chosen by
	 * eye on the figure). 6 sample lanes (CD x3, HFD x3) and the marker lanes on both sides
	 * reported as ladders; the lattice gaps between them are reported as empty lanes.
	 */
	@Test
	void plosPanelsHaveSixSampleLanesAndTwoLadders() {
		Path fig = Shared.data("blots/plos_bip_actin/pone.0265461.g006.tif");
		for (Rectangle panel : new Rectangle[] { new Rectangle(226, 116, 1508, 712), new Rectangle(226, 884, 1508, 604) }) {
			GelResult r = analyze(fig, panel);
			assertEquals(Polarity.DARK_BANDS, r.polarity);
			assertEquals(6, r.count(LaneKind.SAMPLE), "sample lanes in " + panel);
			assertEquals(2, r.count(LaneKind.LADDER), "ladder lanes in " + panel);
			assertEquals(LaneKind.LADDER, r.lanes.get(0).kind);
			assertEquals(LaneKind.LADDER, r.lanes.get(r.lanes.size() - 1).kind);
			for (Lane l : r.lanes) assertTrue(l.xTop() > panel.x && l.xTop() < panel.x + panel.width, "full-image x");
			for (Band b : r.bands) assertTrue(b.top >= panel.y && b.bottom <= panel.y + panel.height, "full-image y");
		}
	}

	/**
	 * Long exposure (8-bit grey stored as RGB, no LUT or calibration, dark bands): the
	 * alpha-tubulin row is one black bar, 55-67 % of each band's core at 0 over 44-50 rows, so
	 * every band in it is flagged; so are the two Orb2 bands (lanes 1 and 4), whose cores also sit
	 * at 0 over 6 rows in this export. The bar is taller than the lane finder's usual background
	 * window and black across the gaps too (thinner bridges): still the 4 sample lanes at the
	 * centres judged by eye (the authors' annotated figure shows the same 4), no tilt, Orb2
	 * (y ~ 340) in lanes 1 and 4 only, a tubulin band in every lane. The marker lane's blob at
	 * x 25-80, off the lanes' lattice, is not reported as a sample lane.
	 */
	@Test
	void leritLongExposureHasFourLanesAndItsBandsAreSaturated() {
		GelResult r = analyze("lerit_orb2_tubulin/Orb2 and aTub_Lerit Lab 2022-07-12 13h12m57s(Chemiluminescence).tif");
		assertEquals(Polarity.DARK_BANDS, r.polarity);
		assertEquals(0, r.tiltDeg, 1e-9);
		assertLanesAt(r, 340, 200, 391, 590, 789);
		// the marker blob (x 25-80) is no lane, but not dropped silently either
		assertTrue(r.warnings.stream().anyMatch(w -> w.startsWith("strong signal about 60 px from the left edge lies " +
			"outside the lanes")), r.warnings.toString());
		double[] byEye = { 200, 391, 590, 789 };
		for (int lane = 1; lane <= 4; lane++) {
			assertEquals(LaneKind.SAMPLE, r.lanes.get(lane - 1).kind);
			assertEquals(byEye[lane - 1], r.lanes.get(lane - 1).xAt(340), 20, "lane " + lane);
			int orb2 = 0, tubulin = 0;
			for (Band b : r.bands) {
				if (b.lane != lane) continue;
				if (b.y > 320 && b.y < 360) orb2++;
				else if (b.y > 400 && b.y < 470) {
					tubulin++;
					assertTrue(b.flags.contains(BandFlag.SATURATED), "tubulin band in lane " + lane);
				}
				else throw new AssertionError("band at y " + b.y + " in lane " + lane);
			}
			assertEquals(lane == 1 || lane == 4 ? 1 : 0, orb2, "Orb2 bands in lane " + lane);
			assertEquals(1, tubulin, "tubulin bands in lane " + lane);
		}
		// a count the user gives must not merge the marker blob into lane 1
		GelParams four = new GelParams();
		four.lanes = 4;
		GelImages.Converted c = GelImages.convert(GelImages.open(Shared.data(
			"blots/lerit_orb2_tubulin/Orb2 and aTub_Lerit Lab 2022-07-12 13h12m57s(Chemiluminescence).tif")), null);
		GelResult given = new GelAnalyzer().analyze(c.image, four, ProgressListener.NONE);
		for (int lane = 1; lane <= 4; lane++)
			assertEquals(byEye[lane - 1], given.lanes.get(lane - 1).xAt(340), 20, "lanes=4, lane " + lane);
	}

	/**
	 * The short exposure, as exported, is clipped too: the export's black point sits inside the
	 * tubulin bands of lanes 1, 3 and 4 (a flat core at 0 over 12-13 rows of the band's ~25, the
	 * profile still at its steepest where it meets 0, about half of each band's signal in
	 * pixels at 0), so their volumes from this file are lower bounds and they are flagged. Lane
	 * 2's band never reaches 0 (its darkest pixel is 74) and must not be flagged. (The blot itself
	 * may not have saturated the camera on this exposure; the 8-bit export did.)
	 */
	@Test
	void leritShortExposureFlagsOnlyItsClippedBands() {
		GelResult r = analyze("lerit_orb2_tubulin/aTub_Lerit Lab 2022-07-12 13h11m29s(Chemiluminescence).tif");
		assertEquals(4, r.lanes.size());
		assertEquals(4, r.bands.size());
		for (Band b : r.bands) {
			boolean clippedCore = b.lane != 2;
			assertEquals(clippedCore, b.flags.contains(BandFlag.SATURATED), "lane " + b.lane);
			assertEquals(clippedCore, b.saturatedPx > 500, "lane " + b.lane + ": " + b.saturatedPx + " px at 0");
		}
	}

	/**
	 * Lane centres, read at {@code row}, each within a third of the by-eye spacing of the centre
	 * judged by eye (in order, one lane per centre).
	 */
	static void assertLanesAt(GelResult r, int row, double... byEye) {
		assertEquals(byEye.length, r.lanes.size(), "lanes: " + centres(r, row));
		double spacing = (byEye[byEye.length - 1] - byEye[0]) / (byEye.length - 1);
		for (int i = 0; i < byEye.length; i++) {
			double x = r.lanes.get(i).xAt(row);
			assertTrue(Math.abs(x - byEye[i]) < spacing / 3, "lane " + (i + 1) + " at " + x + ", by eye " + byEye[i] +
				"; lanes " + centres(r, row));
		}
	}

	private static String centres(GelResult r, int row) {
		StringBuilder b = new StringBuilder();
		for (Lane l : r.lanes) b.append(String.format(java.util.Locale.ROOT, "%.0f(%s) ", l.xAt(row), l.kind));
		return b.toString();
	}

	static int bandsIn(GelResult r, int lane) {
		int n = 0;
		for (Band b : r.bands) if (b.lane == lane) n++;
		return n;
	}

	/**
	 * 7 lanes about 85 px wide with 18 px gaps, one smiling band each around y = 660-690: each
	 * band darker along its bottom edge and curving up at the lane edges, so the column
	 * projection shows two peaks per lane, and the closest peaks face each other across a gap
	 * (before: 8 lanes of 47 px, split at the dark edges and placed on the gaps). A faint
	 * diffuse smear on the membrane right of lane 7 (x about 1040-1150) is not a lane.
	 */
	@Test
	void smilingWideBandsAreOneLaneEach() {
		GelResult r = analyze("facuperezt_smile/wide_pic_bands.jpeg");
		assertEquals(Polarity.DARK_BANDS, r.polarity);
		assertEquals(0, r.tiltDeg, 1e-9);
		assertLanesAt(r, 675, 325, 425, 530, 637, 740, 843, 940);
		for (int lane = 1; lane <= 7; lane++) {
			assertEquals(LaneKind.SAMPLE, r.lanes.get(lane - 1).kind);
			assertEquals(1, bandsIn(r, lane), "bands in lane " + lane);
		}
		for (Band b : r.bands) assertTrue(b.y > 650 && b.y < 700, "band at y " + b.y);
	}

	/**
	 * The small crops of the same blots (76 and 72 rows): 3 lanes about 150 px wide, the first
	 * cut by the left edge, one band each, darkest at the lane edges (before: 4 lanes on
	 * {@code img}, 11 with 5 empty on the shadowed one). On the shadowed crop every lane has its
	 * band in the middle rows (lane 1 also shows a faint smudge above it).
	 */
	@Test
	void darkEdgedCropsHaveThreeLanes() {
		GelResult r = analyze("facuperezt_smile/img.jpeg");
		assertLanesAt(r, 40, 70, 242, 412);
		for (int lane = 1; lane <= 3; lane++) assertEquals(1, bandsIn(r, lane), "bands in lane " + lane);

		GelResult shadow = analyze("facuperezt_smile/img_shadow.jpeg");
		assertLanesAt(shadow, 40, 78, 250, 408);
		for (int lane = 1; lane <= 3; lane++) {
			boolean middle = false;
			for (Band b : shadow.bands) if (b.lane == lane && b.y > 35 && b.y < 55) middle = true;
			assertTrue(middle, "shadowed crop, lane " + lane + " has no band at y 35-55");
		}
	}

	/**
	 * The two-band crop: 3 lanes (x about 10-167, 185-333, 350-498), two bands each (y about 37
	 * and 70). Its column projection sharpens a little more with every degree of shear, without
	 * a maximum inside the searched range: no tilt (was -6.3 deg, past the +-5 deg asked).
	 */
	@Test
	void twoBandCropHasThreeLanesOfTwoBandsAndNoTilt() {
		GelResult r = analyze("facuperezt_smile/img_2band.jpeg");
		assertEquals(0, r.tiltDeg, 1e-9);
		assertLanesAt(r, 50, 88, 259, 424);
		for (int lane = 1; lane <= 3; lane++) assertEquals(2, bandsIn(r, lane), "bands in lane " + lane);
	}

	@Test
	void jpegBandsAreFlaggedLossy() {
		for (String f : new String[] { "img.jpeg", "img_2band.jpeg", "img_shadow.jpeg", "wide_pic_bands.jpeg" }) {
			GelResult r = analyze("facuperezt_smile/" + f);
			assertFalse(r.bands.isEmpty(), f);
			for (Band b : r.bands) assertTrue(b.flags.contains(BandFlag.LOSSY), f);
		}
		for (Band b : analyze("csitron_actin16/antiActin 20240710_131425_Ch_Chemi.tif").bands)
			assertFalse(b.flags.contains(BandFlag.LOSSY));
	}

	/** Only the lerit marker blob is strong signal left outside the lanes; no other scan warns of any. */
	@Test
	void noOtherScanLeavesStrongSignalOutsideItsLanes() {
		for (String f : new String[] { "csitron_actin16/antiActin 20240710_131425_Ch_Chemi.tif", "chibidragon_strips/test_image.png",
			"chibidragon_strips/test_image2.png", "chibidragon_strips/user_image.png", "facuperezt_smile/wide_pic_bands.jpeg",
			"facuperezt_smile/img.jpeg", "facuperezt_smile/img_shadow.jpeg", "facuperezt_smile/img_2band.jpeg",
			"lerit_orb2_tubulin/aTub_Lerit Lab 2022-07-12 13h11m29s(Chemiluminescence).tif" })
			for (String w : analyze(f).warnings) assertFalse(w.contains("outside the lanes"), f + ": " + w);
		Path fig = Shared.data("blots/plos_bip_actin/pone.0265461.g006.tif");
		for (Rectangle panel : new Rectangle[] { new Rectangle(226, 116, 1508, 712), new Rectangle(226, 884, 1508, 604) })
			for (String w : analyze(fig, panel).warnings) assertFalse(w.contains("outside the lanes"), panel + ": " + w);
	}

	/** A whole figure (panels, labels) is told to select one blot; single blots and the selected panels are not. */
	@Test
	void aWholeFigureIsToldToSelectOneBlot() {
		java.util.function.Predicate<GelResult> told = r -> r.warnings.stream().anyMatch(w -> w.contains("select one blot"));
		Path fig = Shared.data("blots/plos_bip_actin/pone.0265461.g006.tif");
		assertTrue(told.test(analyze(fig, null)), "the whole PLOS figure");
		assertTrue(told.test(analyze("lerit_orb2_tubulin/220712_annotated orb2null blot.png")), "an annotated figure");
		for (Rectangle panel : new Rectangle[] { new Rectangle(226, 116, 1508, 712), new Rectangle(226, 884, 1508, 604) })
			assertFalse(told.test(analyze(fig, panel)), panel.toString());
		for (String f : new String[] { "csitron_actin16/antiActin 20240710_131425_Ch_Chemi.tif", "chibidragon_strips/test_image.png",
			"chibidragon_strips/test_image2.png", "chibidragon_strips/user_image.png", "facuperezt_smile/wide_pic_bands.jpeg",
			"facuperezt_smile/img.jpeg", "facuperezt_smile/img_shadow.jpeg", "facuperezt_smile/img_2band.jpeg",
			"lerit_orb2_tubulin/aTub_Lerit Lab 2022-07-12 13h11m29s(Chemiluminescence).tif",
			"lerit_orb2_tubulin/Orb2 and aTub_Lerit Lab 2022-07-12 13h12m57s(Chemiluminescence).tif" })
			assertFalse(told.test(analyze(f)), f);
	}
}
