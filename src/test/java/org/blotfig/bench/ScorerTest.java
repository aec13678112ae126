package org.blotfig.bench;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;

import org.blotfig.gel.Band;
import org.blotfig.gel.BandFlag;
import org.blotfig.gel.GelParams;
import org.blotfig.gel.GelResult;
import org.blotfig.gel.Lane;
import org.blotfig.gel.LaneKind;
import org.blotfig.gel.LanePath;
import org.blotfig.gel.Polarity;
import org.blotfig.synth.Truth;
import org.junit.jupiter.api.Test;

/** Scoring on hand-made truth and results, where every expected figure is known. */
class ScorerTest {

	static final int H = 200;
	/** Two true lanes at x = 50 and 110 (width 40), rows at y = 60 (target) and 140 (control). */
	static Truth truth() {
		Truth t = new Truth();
		t.width = 160;
		t.height = H;
		for (int l = 0; l < 2; l++) {
			Truth.Lane tl = new Truth.Lane();
			tl.index = l;
			tl.kind = "SAMPLE";
			tl.width = 40;
			tl.path = new double[][] { { 50 + 60 * l, 0 }, { 50 + 60 * l, H } };
			t.lanes.add(tl);
			band(t, l, 0, 60, 1000 * (l + 1));
			band(t, l, 1, 140, 2000);
		}
		return t;
	}

	static void band(Truth t, int lane, int row, double y, double volume) {
		Truth.Band b = new Truth.Band();
		b.index = t.bands.size();
		b.lane = lane;
		b.row = row;
		b.kind = "SAMPLE";
		b.x = 50 + 60 * lane;
		b.y = y;
		b.sigmaY = 4;
		b.volume = volume;
		t.bands.add(b);
	}

	/** A found lane whose centre x (pixel centre convention) is {@code x}. */
	static Lane lane(int index, double x) {
		return new Lane(index, LaneKind.SAMPLE, LanePath.straight(x - 0.5, x - 0.5, H, 19.5), 0, 0);
	}

	static Band found(int lane, double y, double volume) {
		Band b = new Band();
		b.lane = lane;
		b.y = y;
		b.volume = volume;
		return b;
	}

	static GelResult result(List<Lane> lanes, List<Band> bands) {
		return new GelResult(lanes, bands, Polarity.LIGHT_BANDS, true, 0, new GelParams(), new ArrayList<>());
	}

	static List<Lane> twoLanes() {
		List<Lane> l = new ArrayList<>();
		l.add(lane(1, 50));
		l.add(lane(2, 110));
		return l;
	}

	static List<Band> exactBands() {
		List<Band> b = new ArrayList<>();
		b.add(found(1, 60, 1000));
		b.add(found(1, 140, 2000));
		b.add(found(2, 60, 2000));
		b.add(found(2, 140, 2000));
		return b;
	}

	final Scorer scorer = new Scorer(0, 1);

	@Test
	void perfectDetectionScoresZeroError() {
		ImageScore s = scorer.score(truth(), result(twoLanes(), exactBands()), new double[] { 1100, 2000, 2000, 1800 },
			new double[] { 1000, 2020, 2000, 2000 });
		assertTrue(s.lanesExact());
		assertEquals(List.of(0.0, 0.0), s.laneCentreErrors);
		assertEquals(0, s.missedLanes + s.extraLanes + s.falseBands);
		Tally t = new Tally();
		t.add(s);
		assertEquals(1, t.lanesExactRate(), 0);
		assertEquals(0, t.missRate(), 0);
		assertEquals(4, t.scoredBands());
		assertEquals(0, t.oursMedian(), 0);
		assertEquals(0, t.oursP95(), 0);
		// ImageJ errors 10 %, 0, 0, 10 %: median 5 %
		assertEquals(0.05, t.imagejMedian(), 1e-12);
		assertEquals(0.0085, t.oracleP95(), 1e-12); // errors 0, 0, 0, 0.01: h = 2.85
		// ratios exact for blotfig; ImageJ: lane 1 1100/2000 vs 0.5 (+10 %), lane 2 2000/1800 vs 1 (+11.1 %)
		assertEquals(0, t.ratioOursMedian(), 0);
		assertEquals((0.1 + 1 / 9.0) / 2, t.ratioImageJMedian(), 1e-12);
	}

	@Test
	void missingLaneCountsItsBandsAsMissed() {
		List<Lane> lanes = new ArrayList<>();
		lanes.add(lane(1, 52));
		List<Band> bands = exactBands().subList(0, 2);
		ImageScore s = scorer.score(truth(), result(lanes, bands), null);
		assertFalse(s.lanesExact());
		assertEquals(1, s.missedLanes);
		assertEquals(List.of(2.0), s.laneCentreErrors);
		Tally t = new Tally();
		t.add(s);
		assertEquals(0, t.lanesExactRate(), 0);
		assertEquals(0.5, t.missRate(), 0);
		assertEquals(2, t.scoredBands());
		assertTrue(Double.isNaN(t.imagejMedian()), "ImageJ not run");
	}

	@Test
	void farLaneAndStrayBandAreFalseDetections() {
		List<Lane> lanes = twoLanes();
		lanes.add(lane(3, 150)); // 40 px from lane 2: more than half a lane width, an extra lane
		List<Band> bands = new ArrayList<>(exactBands());
		bands.add(found(1, 100, 500)); // between the rows: 40 px from both, beyond the 10 px tolerance
		bands.add(found(3, 60, 700));
		ImageScore s = scorer.score(truth(), result(lanes, bands), null);
		assertFalse(s.lanesExact());
		assertEquals(1, s.extraLanes);
		assertEquals(2, s.falseBands);
		Tally t = new Tally();
		t.add(s);
		assertEquals(2 / 6.0, t.falseRate(), 1e-12);
		assertEquals(0, t.missRate(), 0);
	}

	@Test
	void saturatedBandsAreFlaggedOrCountedAndNotScored() {
		Truth tr = truth();
		tr.bands.get(0).saturated = true;
		tr.bands.get(2).saturated = true;
		List<Band> bands = exactBands();
		bands.get(0).volume = 700; // clipped: far too low, but saturated bands are not scored
		bands.get(0).flags.add(BandFlag.SATURATED);
		bands.get(1).flags.add(BandFlag.SATURATED); // not saturated in truth: a false flag
		bands.get(2).volume = 1900; // saturated, not flagged
		ImageScore s = scorer.score(tr, result(twoLanes(), bands), null);
		Tally t = new Tally();
		t.add(s);
		assertEquals(2, t.saturated());
		assertEquals(1, t.saturatedFlagged());
		assertEquals(1, t.falseSaturationFlags());
		assertEquals(2, t.scoredBands());
		assertEquals(0, t.oursMedian(), 0);
		assertEquals(0, t.ratioLanes(), "no ratio where the target is saturated");
	}

	@Test
	void volumeErrorsGiveMedianAndP95() {
		List<Band> bands = exactBands();
		bands.get(0).volume = 1010; // +1 %
		bands.get(1).volume = 1900; // -5 %
		bands.get(2).volume = 2040; // +2 %
		ImageScore s = scorer.score(truth(), result(twoLanes(), bands), null);
		Tally t = new Tally();
		t.add(s);
		// |errors| sorted 0, 0.01, 0.02, 0.05: median 0.015, p95 = 0.02 + 0.85 * 0.03
		assertEquals(0.015, t.oursMedian(), 1e-12);
		assertEquals(0.0455, t.oursP95(), 1e-12);
		// lane 1 ratio 1010/1900 vs 0.5; lane 2 2040/2000 vs 1
		assertEquals(((1010 / 1900.0) / 0.5 - 1 + 0.02) / 2, t.ratioOursMedian(), 1e-12);
	}
}
