package org.blotfig.study;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.blotfig.core.InputException;
import org.blotfig.figures.DecadeAxis;
import org.blotfig.flow.DensityPlot;
import org.blotfig.flow.DisplayTransform;
import org.blotfig.flow.FcsChannel;
import org.blotfig.flow.FcsDataset;
import org.blotfig.flow.FcsReader;
import org.blotfig.flow.LogDecades;
import org.blotfig.flow.Logicle;

/** What the flow figures share: sheet paths, FCS files read once, one display scale per axis. */
final class FlowDisplay {

	private FlowDisplay() {}

	/** A file named in a sheet, relative to the sheet's folder. */
	static Path relative(Path sheet, String file) {
		Path p = java.nio.file.Paths.get(file);
		if (p.isAbsolute()) return p;
		Path base = sheet.getParent();
		return base == null ? p : base.resolve(p);
	}

	/** FCS files by path, each read once (a control serves many samples). */
	static final class Files {
		private final Map<Path, FcsDataset> read = new HashMap<>();

		FcsDataset get(Path file) {
			Path key = file.toAbsolutePath().normalize();
			FcsDataset d = read.get(key);
			if (d == null) {
				d = FcsReader.read(file).first();
				if (d.events == null || d.eventCount == 0) throw new InputException(file, "has no events");
				read.put(key, d);
			}
			return d;
		}
	}

	/**
	 * One scale for everything drawn on an axis: 4 log decades below the top when every value is
	 * positive (analog instruments, as the paper's FACSCalibur), else logicle (digital data with
	 * negative values); top = the largest value or the channel's range.
	 */
	static DisplayTransform scale(FcsDataset ds, int col, double[]... values) {
		double top = 0, min = Double.POSITIVE_INFINITY;
		for (double[] vs : values)
			for (double v : vs) {
				if (Double.isNaN(v) || Double.isInfinite(v)) continue;
				top = Math.max(top, v);
				min = Math.min(min, v);
			}
		FcsChannel c = ds.channels.get(col);
		if (c.range > 0) top = Math.max(top, c.scale(c.range));
		if (!(top > 0)) return DensityPlot.autoScale(ds, col, values[0]);
		if (min > 0) return new LogDecades(top, c.isLog() && c.decades > 0 ? c.decades : 4);
		return new Logicle(top, 0.5, 4.5, 0);
	}

	/** Axis label "stain (channel)", or the channel alone. */
	static String label(FcsDataset ds, int col) {
		return ds.channels.get(col).displayName();
	}

	static DecadeAxis axis(String label, DisplayTransform t) {
		return DecadeAxis.of(label, t::apply);
	}

	/** Counts of values in equal bins over display 0..1 (outside and NaN left out). */
	static double[] histogram(double[] values, DisplayTransform t, int bins) {
		double[] h = new double[bins];
		for (double v : values) {
			double d = t.apply(v);
			if (d >= 0 && d <= 1) h[Math.min(bins - 1, (int) (d * bins))]++;
		}
		return h;
	}

	/** A display position clamped to the axis, for a gate that lies beyond it. */
	static double clamp(double d) {
		return Double.isNaN(d) ? 0 : Math.max(0, Math.min(1, d));
	}
}
