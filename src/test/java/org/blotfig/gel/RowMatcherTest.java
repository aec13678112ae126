package org.blotfig.gel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Bands of one protein stay one row when the row drifts across the strip; nearby rows stay apart. */
class RowMatcherTest {

	private static Band band(int lane, double y) {
		Band b = new Band();
		b.lane = lane;
		b.x = 90 * lane;
		b.y = y;
		b.width = 11; // tolerance 0.8 x 11 = 8.8 px
		return b;
	}

	@Test
	void aRowDescendingMoreThanTheTolerancePerLaneIsOneRow() {
		// 5 px from lane 1 to 2, bending to 19 px from lane 9 to 10 (as chibidragon test_image2's right
		// end): more than the 8.8 px a band may move from its neighbour, steady enough to follow
		List<Band> bands = new ArrayList<>();
		for (int lane = 1; lane <= 10; lane++) bands.add(band(lane, 30 + 4 * (lane - 1) + 0.9 * (lane - 1) * (lane - 1)));
		RowMatcher.assign(bands, 0);
		for (Band b : bands) assertEquals(1, b.row, "lane " + b.lane + " y " + b.y);
	}

	@Test
	void aSteadyRowWithPositionErrorsIsFollowed() {
		// 7 px per lane, each band up to 4 px off the line: steps up to 14 px
		double[] jitter = { 0, 1, -3, 2, -4, 3, -2, 4, -3, 1 };
		List<Band> bands = new ArrayList<>();
		for (int lane = 1; lane <= 10; lane++) bands.add(band(lane, 40 + 7 * lane + jitter[lane - 1]));
		RowMatcher.assign(bands, 0);
		for (Band b : bands) assertEquals(1, b.row, "lane " + b.lane + " y " + b.y);
	}

	@Test
	void twoFlatRowsCloseTogetherStayTwoRows() {
		List<Band> bands = new ArrayList<>();
		for (int lane = 1; lane <= 8; lane++) {
			bands.add(band(lane, 100 + (lane % 2 == 0 ? 2 : -2)));
			bands.add(band(lane, 120 + (lane % 3 == 0 ? 2 : -1)));
		}
		RowMatcher.assign(bands, 0);
		for (Band b : bands) assertEquals(b.y < 110 ? 1 : 2, b.row, "lane " + b.lane + " y " + b.y);
	}

	@Test
	void aBandOffTheTrendStartsItsOwnRow() {
		List<Band> bands = new ArrayList<>();
		for (int lane = 1; lane <= 6; lane++) bands.add(band(lane, 50 + 8 * lane));
		bands.add(band(7, 130)); // the trend puts lane 7 at 106, its neighbour is at 98
		RowMatcher.assign(bands, 0);
		for (Band b : bands) assertEquals(b.lane < 7 ? 1 : 2, b.row, "lane " + b.lane + " y " + b.y);
	}

	@Test
	void aTrendIsNotCarriedAcrossASkippedLaneIntoTheNextRow() {
		// row A at 100 +- 2 (lanes 1, 2: 98 and 102; no band in lane 3), row B from lane 4 on, 10 px
		// below it (more than the 8.8 px tolerance: its own row). The two-band "trend" of row A
		// carried over two lanes puts it at 110, onto row B; row A's band in lane 4 is 2 px from its last
		List<Band> bands = new ArrayList<>();
		bands.add(band(1, 98));
		bands.add(band(2, 102));
		for (int lane = 4; lane <= 6; lane++) {
			bands.add(band(lane, 100));
			bands.add(band(lane, 110));
		}
		RowMatcher.assign(bands, 0);
		for (Band b : bands) assertEquals(b.y < 105 ? 1 : 2, b.row, "lane " + b.lane + " y " + b.y);
	}

	@Test
	void aTwoBandTrendDoesNotTakeTheBandOfARowStartingBelow() {
		// row A at 100 +- 3 (97 and 103 in lanes 1, 2: the position errors aSteadyRowWithPositionErrorsIsFollowed
		// allows), row B from lane 3 on, 10 px below (more than the 8.8 px tolerance: its own row). The
		// line through A's two bands puts it at 109 in lane 3, next to row B's band
		List<Band> bands = new ArrayList<>();
		bands.add(band(1, 97));
		bands.add(band(2, 103));
		for (int lane = 3; lane <= 6; lane++) {
			bands.add(band(lane, 100));
			bands.add(band(lane, 110));
		}
		RowMatcher.assign(bands, 0);
		for (Band b : bands) assertEquals(b.y < 105 ? 1 : 2, b.row, "lane " + b.lane + " y " + b.y);
	}

	@Test
	void aThreeBandTrendIsNotCarriedAcrossASkippedLane() {
		// row A at 100 +- 2 in lanes 1-3 (98, 100, 104: its line rises 3 px a lane), no band in lane 4;
		// row B from lane 5 on, 10 px below. Carried over two lanes the line puts A at 109.7
		List<Band> bands = new ArrayList<>();
		bands.add(band(1, 98));
		bands.add(band(2, 100));
		bands.add(band(3, 104));
		for (int lane = 5; lane <= 7; lane++) {
			bands.add(band(lane, 100));
			bands.add(band(lane, 110));
		}
		RowMatcher.assign(bands, 0);
		for (Band b : bands) assertEquals(b.y < 105 ? 1 : 2, b.row, "lane " + b.lane + " y " + b.y);
	}
}
