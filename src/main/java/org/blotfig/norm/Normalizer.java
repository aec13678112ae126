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
		double[] tv = new double[n], cv = new double[n], ratio = new double[n], mw = new double[n];
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
			if (!excluded && !(tv[i] > 0)) f.add("target-not-above-background");
			if (!excluded && s[i].group.equals(referenceGroup)) {
				refSum += ratio[i];
				refN++;
			}
			f.addAll(extraFlags);
			flags.add(f);
		}
		double refMean = refN == 0 ? Double.NaN : refSum / refN;
		List<NormalizedRow> rows = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			List<String> f = flags.get(i);
			double fold = Double.NaN;
			if (!Double.isNaN(ratio[i])) {
				if (refN == 0) f.add("no-usable-reference-lane");
				else if (!(refMean > 0)) f.add("reference-ratio-not-positive");
				else fold = ratio[i] / refMean;
			}
			rows.add(new NormalizedRow(s[i], target, tv[i], cv[i], ratio[i], fold, mw[i], f));
		}
		return rows;
	}
}
