package org.blotfig.gel;

import java.util.ArrayList;
import java.util.List;

/**
 * Calls bands in lane profiles: local maxima of the lightly smoothed robust profile whose
 * prominence clears the noise, each with an extent that ends where the band has faded
 * ({@link #EXTENT_HALF_WIDTHS} half widths at half maximum on that side, plus a row) or at the
 * valley shared with a neighbouring band, whichever is nearer. Two resolvable peaks (a doublet)
 * become two bands split at their valley; a band hiding another as a shoulder is split by
 * {@link Shoulders}.
 */
final class BandCaller {

	/** A called band, in rows of the analysed image. */
	static final class Call {
		int peak;
		double prominence;
		/** Inclusive extent. */
		int lo, hi;
		boolean touchLo, touchHi;
		/** Half widths at half prominence below and above the peak (px). */
		double halfLo, halfHi;
	}

	static final double SMOOTH = 1.5;
	/** Local prominence is measured within this many typical half widths of the peak. */
	static final double LOCAL_REACH = 4;
	/**
	 * A band's extent reaches this many half widths (at half maximum) from its peak, plus one row:
	 * 3.4-3.6 sigma for a Gaussian band (over 99.9 % of its volume). Rows further out add noise
	 * and push the valley windows away from the band, and on faint bands that costs more than
	 * the sliver of volume they hold (accuracy grid, HARD: volume p95 5.8 % at 3 half widths,
	 * 4.6 % at 2.5).
	 */
	static final double EXTENT_HALF_WIDTHS = 2.5;

	private BandCaller() {}

	/**
	 * Calls the bands of every lane. A faint band on a background hump has its half-prominence
	 * level far down the hump, and its extent would run to distant valleys. So its half width is
	 * taken at half its local prominence: the drop to the lowest point within
	 * {@link #LOCAL_REACH} typical half widths (the median over all bands on the image) on each
	 * side. For an isolated band this is its plain prominence (a Gaussian band has faded to nothing
	 * 4 half widths out).
	 *
	 * @param skip lanes to leave without bands (null: none)
	 */
	static List<List<Call>> callAll(List<LaneProfile> profiles, List<Boolean> skip, double minProminence) {
		List<List<Call>> out = new ArrayList<>();
		// each lane's smoothed profile, smoothed once for every step below
		double[][] sms = new double[profiles.size()][];
		for (int i = 0; i < sms.length; i++) sms[i] = Peaks.smooth(profiles.get(i).central, SMOOTH);
		int n = 0;
		for (int i = 0; i < profiles.size(); i++) {
			List<Call> c = skip != null && skip.get(i) ? new ArrayList<Call>() : peaks(profiles.get(i), sms[i], minProminence);
			n += c.size();
			out.add(c);
		}
		double[] widths = new double[2 * n];
		int k = 0;
		for (List<Call> lane : out)
			for (Call c : lane) {
				widths[k++] = c.halfLo;
				widths[k++] = c.halfHi;
			}
		double typicalHalf = n >= 2 ? Peaks.median(widths) : Double.NaN;
		int reach = n >= 2 ? (int) Math.ceil(LOCAL_REACH * typicalHalf) : Integer.MAX_VALUE;
		for (int i = 0; i < profiles.size(); i++) extents(profiles.get(i), sms[i], out.get(i), reach);
		if (n >= 2) Shoulders.splitAll(profiles, sms, out, minProminence, typicalHalf, reach);
		return out;
	}

	/** Local maxima whose prominence clears the noise, with their half widths at half prominence. */
	private static List<Call> peaks(LaneProfile p, double[] sm, double minProminence) {
		List<Call> out = new ArrayList<>();
		for (int i : Peaks.maxima(sm)) {
			double prom = Peaks.prominenceAtLeast(sm, i, minProminence * p.noise);
			if (prom < minProminence * p.noise || prom <= 0) continue;
			Call c = new Call();
			c.peak = i;
			c.prominence = prom;
			double half = sm[i] - 0.5 * prom;
			c.halfLo = hwhm(sm, i, -1, half);
			c.halfHi = hwhm(sm, i, +1, half);
			out.add(c);
		}
		return out;
	}

	/** Sets each call's extent from its half widths at half its local prominence within {@code reach} rows. */
	private static void extents(LaneProfile p, double[] sm, List<Call> out, int reach) {
		// the smoothed profile's own noise: sigma * sqrt(sum k^2) / sum k for a Gaussian kernel
		double sigmaSm = p.noise / Math.sqrt(2 * Math.sqrt(Math.PI) * SMOOTH);
		for (Call c : out) {
			if (reach < Integer.MAX_VALUE) {
				int i = c.peak;
				double lowLo = sm[i], lowHi = sm[i];
				for (int t = 1; t <= reach; t++) {
					if (i - t >= 0) lowLo = Math.min(lowLo, sm[i - t]);
					if (i + t < sm.length) lowHi = Math.min(lowHi, sm[i + t]);
				}
				double local = sm[i] - Math.max(lowLo, lowHi);
				if (local > 0 && local < c.prominence) {
					double half = sm[i] - 0.5 * local;
					c.halfLo = Math.min(c.halfLo, hwhm(sm, i, -1, half));
					c.halfHi = Math.min(c.halfHi, hwhm(sm, i, +1, half));
				}
				// one of a doublet: its prominence ends at the shallow dip it shares with the other,
				// so it would be as narrow as the dip is shallow. Its width is the free side's, at half
				// its height over the lower side (the extent still stops at the dip).
				double height = sm[i] - Math.min(lowLo, lowHi);
				if (height > 2 * c.prominence && sharesDip(out, c, lowLo > lowHi ? -1 : +1, reach)) {
					double half = sm[i] - 0.5 * height;
					double free = lowLo > lowHi ? hwhm(sm, i, +1, half) : hwhm(sm, i, -1, half);
					c.halfLo = Math.max(c.halfLo, free);
					c.halfHi = Math.max(c.halfHi, free);
				}
			}
			double rise = Math.max(3 * sigmaSm, 0.05 * c.prominence);
			int[] lo = extent(sm, c.peak, -1, c.halfLo, rise);
			int[] hi = extent(sm, c.peak, +1, c.halfHi, rise);
			c.lo = lo[0];
			c.touchLo = lo[1] == 1;
			c.hi = hi[0];
			c.touchHi = hi[1] == 1;
		}
		// neighbours must not overlap: split at the lowest point between their peaks
		for (int k = 1; k < out.size(); k++) {
			Call a = out.get(k - 1), b = out.get(k);
			if (a.hi >= b.lo) {
				int v = a.peak;
				for (int j = a.peak; j <= b.peak; j++) if (sm[j] < sm[v]) v = j;
				// the valley at sub-row precision (a parabola through its three rows): between a
				// symmetric pair it lies on a row boundary, and the lowest row alone is a coin toss
				// that moves a whole row (9 % of each band 2.5 sigma apart) from one to the other
				double x = v;
				double den = v > 0 && v + 1 < sm.length ? sm[v - 1] - 2 * sm[v] + sm[v + 1] : 0;
				if (den > 0) x = v + Math.max(-0.5, Math.min(0.5, 0.5 * (sm[v - 1] - sm[v + 1]) / den));
				// a ends at the row boundary (k + 0.5) nearest the valley, ties to the upper band
				int end = (int) Math.ceil(x - 1);
				a.hi = Math.max(a.peak, end);
				b.lo = Math.min(b.peak, end + 1);
				a.touchHi = true;
				b.touchLo = true;
			}
		}
	}

	/** Whether another called band peaks within reach rows on side dir of c. */
	private static boolean sharesDip(List<Call> calls, Call c, int dir, int reach) {
		for (Call o : calls) {
			int d = (o.peak - c.peak) * dir;
			if (d > 0 && d <= reach) return true;
		}
		return false;
	}

	/** Half width at half prominence on one side of peak i (px, to the last row above half, + 0.5). */
	private static double hwhm(double[] sm, int i, int dir, double half) {
		int n = sm.length, j = i;
		while (j + dir >= 0 && j + dir < n && sm[j + dir] > half) j += dir;
		return Math.abs(j - i) + 0.5;
	}

	/** {end row, 1 if it stopped on a valley shared with another band}. */
	private static int[] extent(double[] sm, int i, int dir, double hwhm, double rise) {
		int n = sm.length;
		int reach = (int) Math.ceil(EXTENT_HALF_WIDTHS * hwhm) + 1;
		double mv = sm[i];
		int mp = i;
		for (int t = 1; t <= reach; t++) {
			int q = i + dir * t;
			if (q < 0 || q >= n) break;
			if (sm[q] < mv) {
				mv = sm[q];
				mp = q;
			}
			else if (sm[q] > mv + rise) return new int[] { mp, 1 };
		}
		int end = i + dir * reach;
		end = Math.max(0, Math.min(n - 1, end));
		return new int[] { end, 0 };
	}
}
