package org.blotfig.norm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dilution-series check of one protein on one membrane: its signal in the lanes that have
 * a load in the sample sheet, against that load. Null from {@link #of} when fewer than three
 * distinct loads were measured.
 */
public final class DilutionQc {

	public final String membrane;
	public final String protein;
	/** "target", "loading-control" or "total-protein". */
	public final String role;
	public final int points;
	public final DilutionSeries series;
	/** The largest signal measured inside the linear range (NaN without one). */
	public final double maxLinearSignal;

	private DilutionQc(String membrane, String protein, String role, int points, DilutionSeries series,
		double maxLinearSignal)
	{
		this.membrane = membrane;
		this.protein = protein;
		this.role = role;
		this.points = points;
		this.series = series;
		this.maxLinearSignal = maxLinearSignal;
	}

	public static DilutionQc of(String membrane, String protein, String role, Collection<SampleLane> lanes,
		Map<Integer, Signal> signals)
	{
		List<double[]> pts = new ArrayList<>();
		java.util.Set<Double> loads = new java.util.HashSet<>();
		for (SampleLane s : lanes) {
			Signal sig = signals.get(s.lane);
			if (Double.isNaN(s.load) || sig == null || !Double.isFinite(sig.volume)) continue;
			pts.add(new double[] { s.load, sig.volume });
			loads.add(s.load);
		}
		if (loads.size() < 3) return null;
		double[] x = new double[pts.size()], y = new double[pts.size()];
		for (int i = 0; i < x.length; i++) {
			x[i] = pts.get(i)[0];
			y[i] = pts.get(i)[1];
		}
		DilutionSeries d = DilutionSeries.check(x, y, DilutionSeries.DEFAULT_MIN_R2);
		double max = Double.NaN;
		for (int i = 0; i < x.length; i++)
			if (d.isLinearAt(x[i])) max = Double.isNaN(max) ? y[i] : Math.max(max, y[i]);
		return new DilutionQc(membrane, protein, role, x.length, d, max);
	}

	/** True when no run of three or more loads was linear. */
	public boolean hasLinearRange() {
		return !Double.isNaN(maxLinearSignal);
	}

	/** True when a signal is stronger than anything seen inside the linear range. */
	public boolean isAboveLinearRange(double signal) {
		return hasLinearRange() && signal > maxLinearSignal;
	}

	/** A warning when the whole series is not linear, else null. */
	public String warning() {
		if (series.r2 >= DilutionSeries.DEFAULT_MIN_R2) return null;
		return String.format(Locale.ROOT, "membrane %s: %s signal is not linear in load (R2 %.3f over %d lanes); " +
			"linear range %s", membrane, protein, series.r2, points, Double.isNaN(series.linearLow) ? "none" :
				LadderFit.fmt(series.linearLow) + "-" + LadderFit.fmt(series.linearHigh));
	}
}
