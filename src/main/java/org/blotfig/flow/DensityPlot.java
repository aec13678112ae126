package org.blotfig.flow;

/**
 * A 2-D histogram of two channels on display scales, the data behind a density-coloured dot
 * plot: bins x bins counts, row 0 at the top (highest y). Display values outside [0, 1] and NaN
 * are left out and counted.
 */
public final class DensityPlot {

	public final int bins;
	/** counts[row * bins + col]; row 0 is the top of the plot. */
	public final int[] counts;
	public final long plotted, outside;
	public final DisplayTransform xScale, yScale;

	private DensityPlot(int bins, int[] counts, long plotted, long outside, DisplayTransform xs,
		DisplayTransform ys)
	{
		this.bins = bins;
		this.counts = counts;
		this.plotted = plotted;
		this.outside = outside;
		xScale = xs;
		yScale = ys;
	}

	public static DensityPlot of(double[] x, double[] y, DisplayTransform xs, DisplayTransform ys, int bins) {
		if (bins < 2 || bins > 4096) throw new IllegalArgumentException("bins " + bins + " outside 2..4096");
		int[] c = new int[bins * bins];
		long in = 0, out = 0;
		for (int i = 0; i < x.length; i++) {
			double u = xs.apply(x[i]), v = ys.apply(y[i]);
			if (!(u >= 0 && u <= 1 && v >= 0 && v <= 1)) {
				out++;
				continue;
			}
			int col = Math.min(bins - 1, (int) (u * bins));
			int row = bins - 1 - Math.min(bins - 1, (int) (v * bins));
			c[row * bins + col]++;
			in++;
		}
		return new DensityPlot(bins, c, in, out, xs, ys);
	}

	/**
	 * A sensible display scale for a channel: log decades for log-amplified integer channels,
	 * linear for other integer channels (scatter on old analog instruments), logicle for
	 * floating-point (digital, compensated) data, which has negative values. Top = the channel's
	 * largest value (or its range when larger).
	 */
	public static DisplayTransform autoScale(FcsDataset ds, int col, double[] values) {
		FcsChannel c = ds.channels.get(col);
		double top = 0;
		for (double v : values) if (v > top && !Double.isInfinite(v)) top = v;
		if (c.isLog()) return new LogDecades(Math.max(top, c.scale(c.range)), c.decades);
		double range = c.range > 0 ? c.scale(c.range) : 0;
		top = Math.max(top, range);
		if (!(top > 0)) top = 1;
		if (ds.datatype == 'I') return new LinearScale(top);
		return new Logicle(top, 0.5, 4.5, 0);
	}

	/** A display scale by name: auto, logicle, arcsinh, log or linear (top = auto's top). */
	public static DisplayTransform scale(String kind, FcsDataset ds, int col, double[] values) {
		DisplayTransform auto = autoScale(ds, col, values);
		double top = auto instanceof LogDecades ? ((LogDecades) auto).t : auto instanceof LinearScale ?
			((LinearScale) auto).t : ((Logicle) auto).t;
		switch (kind) {
			case "auto":
				return auto;
			case "logicle":
				return new Logicle(top, 0.5, 4.5, 0);
			case "arcsinh":
				return new Arcsinh(top, 4.5, 0.5);
			case "log":
				return new LogDecades(top, 4.5);
			case "linear":
				return new LinearScale(top);
			default:
				throw new IllegalArgumentException("display '" + kind + "': use auto, logicle, arcsinh, log or linear");
		}
	}
}
