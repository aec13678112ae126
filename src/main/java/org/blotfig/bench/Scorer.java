package org.blotfig.bench;

import java.util.ArrayList;
import java.util.List;

import org.blotfig.gel.Band;
import org.blotfig.gel.BandFlag;
import org.blotfig.gel.GelResult;
import org.blotfig.gel.LaneKind;
import org.blotfig.synth.Truth;

/**
 * Scores one analysis against the generator's truth. Lanes are matched by their centre x at
 * mid-height (tolerance: half the true lane width); bands by lane and nearest centre along the
 * lane (tolerance: the larger of 3 px and 2.5 band sigmas, well under the spacing of any two rows).
 * Both sides use the same pixel convention: pixel i covers [i, i+1), its centre is i + 0.5.
 */
public final class Scorer {

	/** Sample rows whose volume ratio (target / loading control) is scored, 0-based. */
	private final int targetRow, controlRow;

	public Scorer(int targetRow, int controlRow) {
		this.targetRow = targetRow;
		this.controlRow = controlRow;
	}

	/**
	 * @param imagej the ImageJ reference method's volume for each true band (by truth band index),
	 *        or null when it was not run
	 */
	public ImageScore score(Truth truth, GelResult result, double[] imagej) {
		return score(truth, result, imagej, null);
	}

	/** @param oracle the error-floor volume of each true band ({@link OracleMethod}), or null */
	public ImageScore score(Truth truth, GelResult result, double[] imagej, double[] oracle) {
		ImageScore s = new ImageScore();
		int midRow = truth.height / 2;
		double midY = midRow + 0.5;
		s.trueLanes = truth.lanes.size();
		s.foundLanes = result.lanes.size();
		double[] tx = new double[s.trueLanes], tol = new double[s.trueLanes];
		for (int i = 0; i < s.trueLanes; i++) {
			tx[i] = truth.lanes.get(i).xAt(midY);
			tol[i] = truth.lanes.get(i).width / 2;
		}
		double[] fx = new double[s.foundLanes];
		for (int j = 0; j < s.foundLanes; j++) fx[j] = result.lanes.get(j).xAt(midRow);
		int[] laneMatch = Matching.match(tx, fx, tol);
		s.extraLanes = Matching.unmatchedFound(laneMatch, s.foundLanes);
		s.foundBands = result.bands.size();
		boolean[] bandUsed = new boolean[result.bands.size()];
		for (int i = 0; i < s.trueLanes; i++) {
			Truth.Lane tl = truth.lanes.get(i);
			int m = laneMatch[i];
			if (m < 0) s.missedLanes++;
			else s.laneCentreErrors.add(Math.abs(fx[m] - tx[i]));
			if ("LADDER".equals(tl.kind)) {
				s.ladderLanes++;
				if (m >= 0 && result.lanes.get(m).kind == LaneKind.LADDER) s.laddersRecognised++;
			}
			scoreBands(truth, i, m < 0 ? -1 : result.lanes.get(m).index, result, bandUsed, imagej, oracle, s);
		}
		for (boolean u : bandUsed) if (!u) s.falseBands++;
		ratios(s);
		return s;
	}

	private static void scoreBands(Truth truth, int lane, int foundLane, GelResult result, boolean[] used,
		double[] imagej, double[] oracle, ImageScore s)
	{
		List<Truth.Band> tbs = truth.bandsInLane(lane);
		List<Integer> fIdx = new ArrayList<>();
		for (int k = 0; k < result.bands.size(); k++) if (result.bands.get(k).lane == foundLane) fIdx.add(k);
		double[] ty = new double[tbs.size()], tol = new double[tbs.size()], fy = new double[fIdx.size()];
		for (int t = 0; t < ty.length; t++) {
			ty[t] = tbs.get(t).y;
			tol[t] = Math.max(3, 2.5 * tbs.get(t).sigmaY);
		}
		for (int f = 0; f < fy.length; f++) fy[f] = result.bands.get(fIdx.get(f)).y;
		int[] m = Matching.match(ty, fy, tol);
		for (int t = 0; t < ty.length; t++) {
			Truth.Band tb = tbs.get(t);
			BandScore b = new BandScore();
			b.lane = tb.lane;
			b.row = tb.row;
			b.kind = tb.kind;
			b.trueVolume = tb.volume;
			b.saturated = tb.saturated;
			b.truncated = tb.truncated;
			b.clippedPixels = tb.clippedPixels;
			if (imagej != null) b.imagej = imagej[tb.index];
			if (oracle != null) b.oracle = oracle[tb.index];
			if (m[t] >= 0) {
				int k = fIdx.get(m[t]);
				Band fb = result.bands.get(k);
				used[k] = true;
				b.matched = true;
				b.ours = fb.volume;
				b.dy = fb.y - tb.y;
				b.flaggedSaturated = fb.flags.contains(BandFlag.SATURATED);
				b.oursSaturatedPx = fb.saturatedPx;
				if (b.flaggedSaturated && !tb.saturated) s.falseSaturationFlags++;
			}
			s.bands.add(b);
		}
	}

	/** Target / loading-control ratio error in every sample lane where both bands are scored. */
	private void ratios(ImageScore s) {
		for (BandScore t : s.bands) {
			if (!"SAMPLE".equals(t.kind) || t.row != targetRow || !t.scored()) continue;
			for (BandScore c : s.bands) {
				if (c.lane != t.lane || !"SAMPLE".equals(c.kind) || c.row != controlRow || !c.scored()) continue;
				double truth = t.trueVolume / c.trueVolume;
				s.ratioErrorsOurs.add(Stats.relativeError(t.ours / c.ours, truth));
				if (!Double.isNaN(t.imagej)) s.ratioErrorsImageJ.add(Stats.relativeError(t.imagej / c.imagej, truth));
			}
		}
	}
}
