package org.blotfig.elisa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.blotfig.core.InputException;
import org.blotfig.core.ProgressListener;

/**
 * From measured wells to concentrations, one analyte at a time: blank subtraction, replicate
 * statistics, the standard curve (every standard well is its own point; zero-concentration
 * standards are left out as they have no place on a log axis), back-calculated standards and
 * samples.
 */
public final class ElisaAnalysis {

	private final CurveModel model;
	private final Weighting weighting;

	public ElisaAnalysis(CurveModel model, Weighting weighting) {
		this.model = model;
		this.weighting = weighting;
	}

	/**
	 * @param source names the input (file name) in error messages
	 * @param wells the measurements, in file order
	 */
	public List<AnalyteResult> analyze(String source, List<Measurement> wells, ProgressListener progress) {
		Set<String> analytes = new LinkedHashSet<>();
		for (Measurement m : wells)
			if (m.type != WellType.BLANK && !m.analyte.isEmpty()) analytes.add(m.analyte);
		if (analytes.isEmpty()) analytes.add("");
		for (Measurement m : wells)
			if ((m.type == WellType.SAMPLE || m.type == WellType.CONTROL) && m.analyte.isEmpty() &&
				analytes.size() > 1) throw new InputException(source + ": " + m.where + " (" + m.sample +
					") names no analyte, but the plate has several (" + String.join(", ", analytes) + ")");
		List<AnalyteResult> out = new ArrayList<>();
		int done = 0;
		for (String a : analytes) {
			if (progress.isCanceled()) break;
			progress.progress(done++ / (double) analytes.size(), "fitting " + (a.isEmpty() ? "curve" : a));
			out.add(analyte(source, a, wells));
		}
		progress.progress(1, "done");
		return out;
	}

	private AnalyteResult analyte(String source, String analyte, List<Measurement> wells) {
		String name = analyte.isEmpty() ? "" : " for analyte " + analyte;
		double blankSum = 0;
		int blanks = 0;
		List<Measurement> standards = new ArrayList<>(), samples = new ArrayList<>();
		for (Measurement m : wells) {
			boolean mine = m.analyte.equals(analyte) || m.analyte.isEmpty();
			if (!mine) continue;
			if (m.type == WellType.BLANK) {
				blankSum += m.response;
				blanks++;
			}
			else if (m.type == WellType.STANDARD) standards.add(m);
			else samples.add(m);
		}
		double blank = blanks > 0 ? blankSum / blanks : Double.NaN;
		double offset = blanks > 0 ? blank : 0;

		List<Double> xs = new ArrayList<>(), ys = new ArrayList<>();
		for (Measurement m : standards) {
			if (m.concentration > 0) {
				xs.add(m.concentration);
				ys.add(m.response - offset);
			}
		}
		if (xs.isEmpty()) throw new InputException(source + ": no standards with a concentration above 0" +
			name);
		CurveFit fit = new CurveFitter().fit(model, weighting, unbox(xs), unbox(ys));

		List<ReplicateGroup> reps = new ArrayList<>();
		reps.addAll(groups(standards, blank));
		List<ReplicateGroup> sampleGroups = groups(samples, blank);
		reps.addAll(sampleGroups);
		List<AnalyteResult.Sample> read = new ArrayList<>();
		for (ReplicateGroup g : sampleGroups)
			read.add(new AnalyteResult.Sample(g, BackCalculation.read(fit, g.corrected, g.dilution),
				fit.unstable));
		return new AnalyteResult(analyte, blank, blanks, fit, BackCalculation.standards(fit), reps, read);
	}

	/** Replicates: same type, sample, group, concentration and dilution, in order of appearance. */
	private static List<ReplicateGroup> groups(List<Measurement> wells, double blank) {
		Map<String, List<Measurement>> byKey = new LinkedHashMap<>();
		for (Measurement m : wells) {
			String sample = m.type == WellType.STANDARD ? "" : m.sample;
			String key = m.type + "\u0000" + sample + "\u0000" + m.group + "\u0000" + m.concentration +
				"\u0000" + m.dilution;
			byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
		}
		List<ReplicateGroup> out = new ArrayList<>();
		for (List<Measurement> g : byKey.values())
			out.add(new ReplicateGroup(g.get(0), g, blank));
		return out;
	}

	private static double[] unbox(List<Double> v) {
		double[] a = new double[v.size()];
		for (int i = 0; i < a.length; i++)
			a[i] = v.get(i);
		return a;
	}
}
