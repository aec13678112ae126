package org.blotfig.study;

import java.util.ArrayList;
import java.util.List;

import org.blotfig.stats.Comparison;
import org.blotfig.stats.Descriptives;
import org.blotfig.stats.LongTable;
import org.blotfig.stats.StatsAnalysis;

/** The numbers of a grouped figure (its table and statistics) as report rows. */
public final class StudyNumbers {

	private StudyNumbers() {}

	/**
	 * Per item and group: the mean (as {@code quantity}), SD and n; for every group but the reference,
	 * the Sidak P and stars of its comparison with the reference within the item. With
	 * {@code foldOfMeans}, also the ratio of the group's mean to the reference group's mean (how a
	 * paper states "IL-2 6.6-fold"), carrying the same test.
	 */
	public static List<StudyNumber> of(String figure, LongTable t, StatsAnalysis.Result stats, String reference,
		String quantity, boolean foldOfMeans)
	{
		List<String> groups = t.colLevels();
		String ref = reference != null && groups.contains(reference) ? reference : groups.get(0);
		int k0 = groups.indexOf(ref);
		List<StudyNumber> out = new ArrayList<>();
		for (int r = 0; r < t.rows(); r++) {
			String item = t.rowLevels().get(r);
			double[] refValues = t.cell(r, k0);
			double refMean = refValues.length == 0 ? Double.NaN : Descriptives.of(refValues).mean;
			for (int k = 0; k < t.cols(); k++) {
				double[] v = t.cell(r, k);
				if (v.length == 0) continue;
				// the same mean and SD as cells.csv beside the figure
				Descriptives d = Descriptives.of(v);
				Comparison c = k == k0 ? null : TableFigure.comparison(stats, item, ref, groups.get(k));
				String p = c == null ? "" : c.pDisplay(), stars = c == null ? "" : c.stars();
				out.add(new StudyNumber(figure, item, groups.get(k), quantity, d.mean, d.sd, v.length, p, stars));
				if (foldOfMeans && k != k0)
					out.add(new StudyNumber(figure, item, groups.get(k), StudyNumber.FOLD_CHANGE, d.mean / refMean,
						Double.NaN, v.length, p, stars));
			}
		}
		return out;
	}
}
