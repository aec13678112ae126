package org.blotfig.gel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.blotfig.core.InputException;

/**
 * Whole-lane totals for total-protein normalisation. A stained lane is a smear: a valley-to-valley
 * baseline inside the lane would cut the smear's floor away, so the background is taken from the
 * gaps between lanes instead, row by row (median of the gap pixels, then a running median along
 * the lane), and interpolated linearly across each lane so that gradients cancel.
 */
public final class LaneTotals {

	/** Rows on each side of the running median that smooths the gap levels along the lanes. */
	static final int SMOOTH_ROWS = 7;

	private final GelImage img;
	private final boolean light;

	private LaneTotals(GelImage img, Polarity polarity) {
		if (polarity == Polarity.AUTO) throw new IllegalArgumentException("polarity must be resolved");
		this.img = img;
		this.light = polarity == Polarity.LIGHT_BANDS;
	}

	/**
	 * @param lanes lanes in {@code img}'s own coordinates (e.g. {@link GelResult#lanes} of an
	 *          analysis of {@code img})
	 * @param polarity the polarity the analysis used ({@link GelResult#polarity})
	 * @return one total per lane, in the order given
	 */
	public static List<LaneTotal> measure(GelImage img, List<Lane> lanes, Polarity polarity) {
		return new LaneTotals(img, polarity).measure(lanes);
	}

	private List<LaneTotal> measure(List<Lane> given) {
		List<Lane> lanes = new ArrayList<>(given);
		int H = img.height();
		lanes.sort(Comparator.comparingDouble(l -> l.path.centreAt(H / 2)));
		int n = lanes.size();
		// boundary j lies left of sorted lane j; boundary n right of the last lane
		double[][] level = new double[n + 1][];
		double[][] centre = new double[n + 1][H];
		int margin = marginWidth(lanes);
		for (int j = 0; j <= n; j++) {
			double[] raw = new double[H];
			for (int y = 0; y < H; y++) {
				int lo = j == 0 ? lanes.get(0).path.left(y) - margin : lanes.get(j - 1).path.right(y) + 1;
				int hi = j == n ? lanes.get(n - 1).path.right(y) + margin : lanes.get(j).path.left(y) - 1;
				// one pixel of guard against the soft edges of the bands when the gap allows it
				if (hi - lo >= 4) {
					lo++;
					hi--;
				}
				lo = Math.max(0, lo);
				hi = Math.min(img.width() - 1, hi);
				raw[y] = rowMedian(y, lo, hi);
				centre[j][y] = (lo + hi) / 2.0;
			}
			level[j] = runningMedian(raw, SMOOTH_ROWS);
		}
		List<LaneTotal> out = new ArrayList<>();
		for (Lane l : given) {
			int j = lanes.indexOf(l);
			out.add(total(l, level, centre, j));
		}
		return out;
	}

	private LaneTotal total(Lane lane, double[][] level, double[][] centre, int j) {
		LanePath p = lane.path;
		int W = img.width();
		double sum = 0, bg = 0;
		long pixels = 0;
		int clipped = 0;
		double clip = light ? img.typeMax() : img.typeMin();
		for (int y = p.top(); y <= p.bottom(); y++) {
			int l = Math.max(0, p.left(y)), r = Math.min(W - 1, p.right(y));
			double bl = level[j][y], br = level[j + 1][y];
			if (Double.isNaN(bl) && Double.isNaN(br)) {
				double near = nearestLevel(level, j, y);
				bl = near;
				br = near;
			}
			else if (Double.isNaN(bl)) bl = br;
			else if (Double.isNaN(br)) br = bl;
			if (Double.isNaN(bl)) continue; // no gap pixel anywhere in this row (checked below)
			double xl = centre[j][y], xr = centre[j + 1][y];
			for (int x = l; x <= r; x++) {
				float v = img.get(x, y);
				if (v != v) continue;
				if (v == clip) clipped++;
				double b = xr > xl ? bl + (br - bl) * (x - xl) / (xr - xl) : (bl + br) / 2;
				sum += signal(v) - b;
				bg += b;
				pixels++;
			}
		}
		if (pixels == 0) throw new InputException("lane " + lane.index + " has no background between " +
			"lanes to subtract (lanes touch, or the lane lies outside the image)");
		return new LaneTotal(lane.index, sum, light ? bg : -bg, clipped, pixels);
	}

	/** Signal up: the value for light bands, its negative for dark bands (only differences matter). */
	private double signal(float v) {
		return light ? v : -v;
	}

	/** Width of the margin strips outside the first and last lanes: the typical gap between lanes. */
	private int marginWidth(List<Lane> lanes) {
		int H = img.height(), y = H / 2;
		if (lanes.size() < 2) return (int) Math.max(3, Math.round(lanes.isEmpty() ? 3 : lanes.get(0).path.halfWidth()));
		double[] gaps = new double[lanes.size() - 1];
		for (int i = 1; i < lanes.size(); i++)
			gaps[i - 1] = lanes.get(i).path.left(y) - lanes.get(i - 1).path.right(y) - 1;
		Arrays.sort(gaps);
		return (int) Math.max(3, gaps[gaps.length / 2]);
	}

	private double rowMedian(int y, int lo, int hi) {
		if (hi < lo) return Double.NaN;
		double[] buf = new double[hi - lo + 1];
		int k = 0;
		for (int x = lo; x <= hi; x++) {
			float v = img.get(x, y);
			if (v == v) buf[k++] = signal(v);
		}
		return k == 0 ? Double.NaN : Peaks.sortedMedian(buf, k);
	}

	private static double nearestLevel(double[][] level, int j, int y) {
		for (int d = 1; d < level.length; d++) {
			if (j - d >= 0 && !Double.isNaN(level[j - d][y])) return level[j - d][y];
			if (j + 1 + d < level.length && !Double.isNaN(level[j + 1 + d][y])) return level[j + 1 + d][y];
		}
		return Double.NaN;
	}

	/** Running median over +-k rows, ignoring NaN rows; NaN where the window holds none. */
	static double[] runningMedian(double[] v, int k) {
		double[] out = new double[v.length], buf = new double[2 * k + 1];
		for (int i = 0; i < v.length; i++) {
			int m = 0;
			for (int t = Math.max(0, i - k); t <= Math.min(v.length - 1, i + k); t++)
				if (!Double.isNaN(v[t])) buf[m++] = v[t];
			out[i] = m == 0 ? Double.NaN : Peaks.sortedMedian(buf, m);
		}
		return out;
	}
}
