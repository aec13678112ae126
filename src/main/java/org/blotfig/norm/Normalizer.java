package org.blotfig.norm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Ratio = target volume / control volume of the same lane; fold change = ratio / mean ratio of
 * the reference group's lanes on the same membrane. Keeping the reference per membrane is what
 * lets several membranes (different exposures, transfer efficiencies) pool correctly: each
 * membrane's fold changes are relative to its own control lanes.
 *
 * <p>A lane whose control band is missing, saturated or not above background is excluded
 * (control volume unusable, so any ratio would be wrong), as is a lane whose target band is
 * missing or saturated. Excluded lanes stay in the output with their reason in the flags.
 *
 * <p>With standard errors on the volumes, each fold change gets one by first-order propagation:
 * the ratio's relative variances add (target, control), and the reference-group mean carries its
 * lanes' measurement errors (not their biological spread, which is what the groups are compared
 * on; see {@link #foldChangeSe}); a reference lane's own error, part of that mean, partly
 * cancels. A fold change whose 95 % interval is wider than +-3 % is flagged
 * {@link NormalizedRow#IMPRECISE}.
 */
public final class Normalizer {

	private Normalizer() {}

	/**
	 * Normalises one target on one membrane.
	 *
	 * @param lanes the sample lanes of the membrane
	 * @param target the target's name
	 * @param targetSignals lane -> target band (absent = no band found)
	 * @param controlSignals lane -> control signal (absent = no band found)
	 * @param controlRole "loading-control" or "total-protein", used in the flags
	 * @param referenceGroup the group whose mean ratio is 1
	 * @param extraFlags flags every row of this membrane gets (e.g. a high loading-control CV)
	 */
	public static List<NormalizedRow> normalize(Collection<SampleLane> lanes, String target,
		java.util.Map<Integer, Signal> targetSignals, java.util.Map<Integer, Signal> controlSignals,
		String controlRole, String referenceGroup, List<String> extraFlags)
	{
		int n = lanes.size();
		SampleLane[] s = lanes.toArray(new SampleLane[0]);
		double[] tv = new double[n], cv = new double[n], ratio = new double[n], mw = new double[n], ratioVar = new double[n];
		boolean[] inRef = new boolean[n];
		List<List<String>> flags = new ArrayList<>();
		double refSum = 0;
		int refN = 0;
		for (int i = 0; i < n; i++) {
			Signal t = targetSignals.get(s[i].lane);
			Signal c = controlSignals.get(s[i].lane);
			List<String> f = new ArrayList<>();
			tv[i] = t == null ? Double.NaN : t.volume;
			cv[i] = c == null ? Double.NaN : c.volume;
			mw[i] = t == null ? Double.NaN : t.mwKda;
			if (c == null) f.add(NormalizedRow.EXCLUDED + controlRole + "-missing");
			else if (c.saturated) f.add(NormalizedRow.EXCLUDED + controlRole + "-saturated");
			else if (!(c.volume > 0)) f.add(NormalizedRow.EXCLUDED + controlRole + "-not-above-background");
			if (t == null) f.add(NormalizedRow.EXCLUDED + "target-missing");
			else if (t.saturated) f.add(NormalizedRow.EXCLUDED + "target-saturated");
			if (t != null) f.addAll(t.notes);
			if (c != null) for (String note : c.notes) f.add(controlRole + ":" + note);
			boolean excluded = false;
			for (String x : f) excluded |= x.startsWith(NormalizedRow.EXCLUDED);
			ratio[i] = excluded ? Double.NaN : tv[i] / cv[i];
			// var(T / C) to first order, in absolute terms (a target at or below background has no relative error)
			if (!excluded) ratioVar[i] = sq(t.volumeSe / cv[i]) + sq(tv[i] * c.volumeSe / (cv[i] * cv[i]));
			if (!excluded && !(tv[i] > 0)) f.add("target-not-above-background");
			if (!excluded && s[i].group.equals(referenceGroup)) {
				refSum += ratio[i];
				refN++;
				inRef[i] = true;
			}
			f.addAll(extraFlags);
			flags.add(f);
		}
		double refMean = refN == 0 ? Double.NaN : refSum / refN;
		List<NormalizedRow> rows = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			List<String> f = flags.get(i);
			double fold = Double.NaN, se = Double.NaN;
			if (!Double.isNaN(ratio[i])) {
				if (refN == 0) f.add("no-usable-reference-lane");
				else if (!(refMean > 0)) f.add("reference-ratio-not-positive");
				else {
					fold = ratio[i] / refMean;
					se = foldChangeSe(i, ratio, ratioVar, inRef, refN, refMean);
					if (NormalizedRow.Z95 * se > NormalizedRow.PRECISION * Math.abs(fold)) f.add(NormalizedRow.IMPRECISE);
				}
			}
			rows.add(new NormalizedRow(s[i], target, tv[i], cv[i], ratio[i], fold, se, mw[i], f));
		}
		return rows;
	}

	/**
	 * SE of fold_i = r_i / m, m the mean of the reference lanes' ratios, by the delta method:
	 * d fold_i / d r_i = 1 / m (less r_i / (n m^2) when lane i is itself a reference lane), and
	 * d fold_i / d r_j = -r_i / (n m^2) for every other reference lane j. The other reference
	 * lanes' errors are added as fully correlated (their SEs add, not their variances): lanes of
	 * one membrane share what their background estimates miss (a blotch spans neighbouring lanes,
	 * one exposure, one valley-window layout), so the mean does not shed its lanes' errors by
	 * sqrt(n). With independent errors 10-12 % of the lanes of the held-out TYPICAL and HARD sets
	 * fell outside 1.96 SE, with this 4-8 % (FoldChangeSeTest, BENCHMARKS.md).
	 */
	static double foldChangeSe(int i, double[] ratio, double[] ratioVar, boolean[] inRef, int refN, double refMean) {
		double own = 1 / refMean - (inRef[i] ? ratio[i] / (refN * refMean * refMean) : 0);
		double other = ratio[i] / (refN * refMean * refMean);
		double ref = 0;
		for (int j = 0; j < ratio.length; j++) if (inRef[j] && j != i) ref += other * Math.sqrt(ratioVar[j]);
		return Math.sqrt(own * own * ratioVar[i] + ref * ref);
	}

	private static double sq(double x) {
		return x * x;
	}
}
