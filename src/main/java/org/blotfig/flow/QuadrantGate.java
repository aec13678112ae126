package org.blotfig.flow;

/**
 * Splits events into four quadrants by a threshold on each of two channels. An event exactly on
 * a threshold counts as positive (value >= threshold). Events with NaN on either channel, or
 * outside the optional debris gate, are excluded from all quadrants and from the total.
 *
 * <p>Quadrants are named by their signs, never by number. For Annexin V (x) / PI (y):
 * x- y- live, x+ y- early apoptotic, x+ y+ late apoptotic, x- y+ necrotic.
 */
public final class QuadrantGate {

	/** Quadrant order used in results: x-y-, x+y-, x+y+, x-y+. */
	public static final String[] SIGNS = { "-/-", "+/-", "+/+", "-/+" };
	public static final String[] APOPTOSIS_LABELS = { "live", "early apoptotic", "late apoptotic",
		"necrotic" };

	private QuadrantGate() {}

	/** Counts per quadrant. */
	public static final class Result {
		public final double xThreshold, yThreshold;
		/** Counts in {@link #SIGNS} order. */
		public final long[] counts;
		public final long total, excluded;

		Result(double xt, double yt, long[] counts, long excluded) {
			xThreshold = xt;
			yThreshold = yt;
			this.counts = counts;
			long t = 0;
			for (long c : counts) t += c;
			total = t;
			this.excluded = excluded;
		}

		/** Percent of the gated total in quadrant q (NaN when no events). */
		public double percent(int q) {
			return total == 0 ? Double.NaN : 100.0 * counts[q] / total;
		}

		/** Quadrant index from signs, e.g. (true, false) = x+ y- . */
		public static int index(boolean xPositive, boolean yPositive) {
			return xPositive ? (yPositive ? 2 : 1) : (yPositive ? 3 : 0);
		}
	}

	/**
	 * @param x values of the x channel (scaled units)
	 * @param y values of the y channel
	 * @param debris optional gate on (fsc, ssc); null for none
	 */
	public static Result apply(double[] x, double[] y, double xThreshold, double yThreshold,
		EventGate debris, double[] fsc, double[] ssc)
	{
		if (x.length != y.length) throw new IllegalArgumentException("x and y lengths differ");
		if (Double.isNaN(xThreshold) || Double.isNaN(yThreshold)) throw new IllegalArgumentException(
			"thresholds must be numbers");
		long[] c = new long[4];
		long excluded = 0;
		for (int i = 0; i < x.length; i++) {
			if (Double.isNaN(x[i]) || Double.isNaN(y[i]) ||
				(debris != null && !debris.contains(fsc[i], ssc[i])))
			{
				excluded++;
				continue;
			}
			c[Result.index(x[i] >= xThreshold, y[i] >= yThreshold)]++;
		}
		return new Result(xThreshold, yThreshold, c, excluded);
	}

	public static Result apply(double[] x, double[] y, double xThreshold, double yThreshold) {
		return apply(x, y, xThreshold, yThreshold, null, null, null);
	}
}
