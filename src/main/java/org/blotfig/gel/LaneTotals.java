package org.blotfig.gel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.blotfig.core.InputException;

/**
 * Whole-lane totals for total-protein normalisation. A stained lane is a smear: a valley-to-valley
 * baseline inside the lane would cut the smear's floor away, so the background is taken from the
 * gaps between lanes instead, row by row (mean of the middle half of the gap pixels, then the
 * same along the lane), and interpolated across each lane by a natural cubic spline through all
 * gaps of the row, so that gradients and blotches cancel. Dust specks inside the lane count as
 * their row's level, as in band volumes. Each total has a standard error from the pixel noise
 * over the lane, the gap levels' error carried across the lane (see {@link #blockVariance}) and
 * the spline's bend away from the straight line between the lane's two gaps.
 */
public final class LaneTotals {

	/** Rows on each side of the running mid-mean that smooths the gap levels along the lanes. */
	static final int SMOOTH_ROWS = 7;

	/**
	 * Rows on each side for the levels the spline's curvature comes from: blotches change slowly
	 * along the lane, and a curvature from a few noisy gap pixels per row would bend the
	 * background by their noise.
	 */
	static final int CURVE_ROWS = 3 * SMOOTH_ROWS;

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
		double[][] level = new double[n + 1][], slow = new double[n + 1][];
		double[][] centre = new double[n + 1][H];
		double[] rowVar = new double[n + 1];
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
				raw[y] = rowLevel(y, lo, hi);
				centre[j][y] = (lo + hi) / 2.0;
			}
			level[j] = runningMidMean(raw, SMOOTH_ROWS);
			slow[j] = runningMidMean(raw, CURVE_ROWS);
			rowVar[j] = blockVariance(raw, slow[j], 2 * SMOOTH_ROWS + 1);
		}
		// the lane sums with dust specks taken out, exactly as band volumes have them
		List<LanePath> paths = new ArrayList<>();
		for (Lane l : given) paths.add(l.path);
		Signal s = new Signal(img, light, Signal.Stats.of(img, null));
		List<LaneProfile> profiles = LaneProfile.all(s, paths);
		List<LaneTotal> out = new ArrayList<>();
		for (int k = 0; k < given.size(); k++) {
			Lane l = given.get(k);
			out.add(total(l, level, slow, centre, rowVar, lanes.indexOf(l), profiles.get(k), s));
		}
		return out;
	}

	private LaneTotal total(Lane lane, double[][] level, double[][] slow, double[][] centre, double[] rowVar, int j,
		LaneProfile prof, Signal s)
	{
		LanePath p = lane.path;
		int W = img.width();
		double sum = 0, bg = 0;
		// the background's weights on the left and right gap levels, summed over the lane, and its curvature part
		double wl = 0, wr = 0, curved = 0;
		int rows = 0;
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
			double[] curve = curvature(slow, centre, y);
			double ml = curve == null ? 0 : curve[j], mr = curve == null ? 0 : curve[j + 1];
			double raw = 0;
			boolean nan = false;
			rows++;
			for (int x = l; x <= r; x++) {
				float v = img.get(x, y);
				if (v != v) {
					nan = true;
					continue;
				}
				if (v == clip) clipped++;
				double tx = xr > xl ? (x - xl) / (xr - xl) : 0.5;
				double b = xr > xl ? spline(bl, br, ml, mr, tx, xr - xl) : (bl + br) / 2;
				wl += 1 - tx;
				wr += tx;
				curved += b - ((1 - tx) * bl + tx * br);
				raw += signal(v);
				bg += b;
				sum -= b;
				pixels++;
			}
			sum += raw;
			// specks: the profile's cleaned row sum minus the plain one (the two signal scales differ by a constant)
			if (!nan && r >= l) sum += prof.sum[y] - (raw + (light ? 0 : (r - l + 1) * s.reference()));
		}
		if (pixels == 0) throw new InputException("lane " + lane.index + " has no background between " +
			"lanes to subtract (lanes touch, or the lane lies outside the image)");
		// the pixels' own noise, the gap levels' error spread over the lane by the interpolation, and the
		// spline's bend away from the straight line between the two gaps (the background model's own
		// uncertainty: a blotch across the lane is followed only as far as the gaps further out show it)
		double pix = s.pixelNoise();
		// the gap levels are running mid-means
		double gapVar = rows == 0 ? 0 : Quantifier.MID_MEAN_VARIANCE * (wl * wl * rowVar[j] + wr * wr * rowVar[j + 1]) /
			rows;
		double se = Math.sqrt(pix * pix * pixels + gapVar + curved * curved);
		return new LaneTotal(lane.index, sum, se, light ? bg : -bg, clipped, pixels);
	}

	/**
	 * Rows' gap levels, summed over blocks of {@code b} rows about the slowly varying level: the
	 * mean square of those sums over b, i.e. one row's variance as far as a sum over rows sees it.
	 * The smoothed levels a lane's background is summed from average the rows' levels, so over a
	 * lane its error is the sum of the rows' own errors; and those are not independent: band
	 * flanks leak into the gaps at the same rows, blotch texture spans rows. Block sums count that
	 * correlation where a row-by-row variance would not.
	 */
	static double blockVariance(double[] raw, double[] slow, int b) {
		double ss = 0;
		int blocks = 0;
		for (int y0 = 0; y0 + b <= raw.length; y0 += b) {
			double s = 0;
			int n = 0;
			for (int y = y0; y < y0 + b; y++) if (!Double.isNaN(raw[y]) && !Double.isNaN(slow[y])) {
				s += raw[y] - slow[y];
				n++;
			}
			// blocks mostly outside the image's gaps say nothing; partial ones count as whole
			if (n < b / 2) continue;
			s *= b / (double) n;
			ss += s * s;
			blocks++;
		}
		return blocks == 0 ? 0 : ss / blocks / b;
	}

	/**
	 * Second derivatives (per px^2) of a natural cubic spline through the row's gap levels, one per
	 * boundary; null when fewer than three gaps have a level. Blotches are curved across a lane: a
	 * straight line between the two gaps beside it misses their bulge, the spline takes it from the
	 * gaps further out.
	 */
	static double[] curvature(double[][] level, double[][] centre, int y) {
		int n = level.length, m = 0;
		for (double[] lv : level) if (!Double.isNaN(lv[y])) m++;
		if (m < 3 || m < n) return null;
		double[] h = new double[n - 1];
		for (int i = 0; i + 1 < n; i++) {
			h[i] = centre[i + 1][y] - centre[i][y];
			if (!(h[i] > 0)) return null;
		}
		// tridiagonal system for the inner knots (natural ends: zero curvature), Thomas algorithm
		double[] a = new double[n], b = new double[n], c = new double[n], d = new double[n], out = new double[n];
		for (int i = 1; i + 1 < n; i++) {
			a[i] = h[i - 1];
			b[i] = 2 * (h[i - 1] + h[i]);
			c[i] = h[i];
			d[i] = 6 * ((level[i + 1][y] - level[i][y]) / h[i] - (level[i][y] - level[i - 1][y]) / h[i - 1]);
		}
		for (int i = 2; i + 1 < n; i++) {
			double w = a[i] / b[i - 1];
			b[i] -= w * c[i - 1];
			d[i] -= w * d[i - 1];
		}
		for (int i = n - 2; i >= 1; i--) out[i] = (d[i] - (i + 2 < n ? c[i] * out[i + 1] : 0)) / b[i];
		return out;
	}

	/** The cubic between two knots at fraction t of the interval of length len, with second derivatives ml, mr. */
	static double spline(double vl, double vr, double ml, double mr, double t, double len) {
		double u = 1 - t;
		return u * vl + t * vr + len * len / 6 * ((u * u * u - u) * ml + (t * t * t - t) * mr);
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

	private double rowLevel(int y, int lo, int hi) {
		if (hi < lo) return Double.NaN;
		double[] buf = new double[hi - lo + 1];
		int k = 0;
		for (int x = lo; x <= hi; x++) {
			float v = img.get(x, y);
			if (v == v) buf[k++] = signal(v);
		}
		return k == 0 ? Double.NaN : midMean(buf, k);
	}

	/**
	 * Mean of the middle half of a[0..n) (sorted in place): as robust to a speck or a band's edge as
	 * the median, but not stuck to the whole grey levels of 8-bit data, which over a lane of
	 * tens of thousands of pixels would be worth several per cent of a stain's total.
	 */
	static double midMean(double[] a, int n) {
		Arrays.sort(a, 0, n);
		// the middle half rounded inwards: up to 5 values this is the median
		int lo = (n + 3) / 4, hi = n - lo;
		if (hi <= lo) return n % 2 == 1 ? a[n / 2] : 0.5 * (a[n / 2 - 1] + a[n / 2]);
		double t = 0;
		for (int i = lo; i < hi; i++) t += a[i];
		return t / (hi - lo);
	}

	private static double nearestLevel(double[][] level, int j, int y) {
		for (int d = 1; d < level.length; d++) {
			if (j - d >= 0 && !Double.isNaN(level[j - d][y])) return level[j - d][y];
			if (j + 1 + d < level.length && !Double.isNaN(level[j + 1 + d][y])) return level[j + 1 + d][y];
		}
		return Double.NaN;
	}

	/** Running {@link #midMean} over +-k rows, ignoring NaN rows; NaN where the window holds none. */
	static double[] runningMidMean(double[] v, int k) {
		double[] out = new double[v.length], buf = new double[2 * k + 1];
		for (int i = 0; i < v.length; i++) {
			int m = 0;
			for (int t = Math.max(0, i - k); t <= Math.min(v.length - 1, i + k); t++)
				if (!Double.isNaN(v[t])) buf[m++] = v[t];
			out[i] = m == 0 ? Double.NaN : midMean(buf, m);
		}
		return out;
	}
}
