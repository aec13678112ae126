package org.blotfig.flow;

/**
 * Single-marker % positive: events at or above a threshold (by default the unstained or isotype
 * control's 99th percentile, see {@link Percentile}) over all events with a value. An event
 * exactly on the threshold counts as positive.
 */
public final class PositiveGate {

	private PositiveGate() {}

	public static final class Result {
		public final double threshold;
		public final long positive, total;

		Result(double threshold, long positive, long total) {
			this.threshold = threshold;
			this.positive = positive;
			this.total = total;
		}

		public double percent() {
			return total == 0 ? Double.NaN : 100.0 * positive / total;
		}
	}

	public static Result apply(double[] values, double threshold) {
		long pos = 0, n = 0;
		for (double v : values) {
			if (Double.isNaN(v)) continue;
			n++;
			if (v >= threshold) pos++;
		}
		return new Result(threshold, pos, n);
	}

	/** Threshold = the control's given percentile (e.g. 99). */
	public static Result againstControl(double[] values, double[] control, double percentile) {
		return apply(values, Percentile.of(control, percentile));
	}
}
