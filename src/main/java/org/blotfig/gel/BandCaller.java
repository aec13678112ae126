package org.blotfig.gel;

import java.util.ArrayList;
import java.util.List;

/**
 * Calls bands in one lane profile: local maxima of the lightly smoothed robust profile whose
 * prominence clears the noise, each with an extent that ends where the band has faded (three
 * half widths at half maximum on that side, about 3.5 sigma for a Gaussian band) or at the
 * valley shared with a neighbouring band, whichever is nearer. Two resolvable peaks (a doublet)
 * become two bands split at their valley.
 */
final class BandCaller {

	/** A called band, in rows of the analysed image. */
	static final class Call {
		int peak;
		double prominence;
		/** Inclusive extent. */
		int lo, hi;
		boolean touchLo, touchHi;
	}

	static final double SMOOTH = 1.5;
	/** A band's half width on either side is at most this many times the lane's median half width. */
	static final double MAX_WIDTH_RATIO = 2;

	private BandCaller() {}

	static List<Call> call(LaneProfile p, double minProminence) {
		double[] sm = Peaks.smooth(p.central, SMOOTH);
		double sigma = p.noise;
		// the smoothed profile's own noise: sigma * sqrt(sum k^2) / sum k for a Gaussian kernel
		double sigmaSm = sigma / Math.sqrt(2 * Math.sqrt(Math.PI) * SMOOTH);
		List<Call> out = new ArrayList<>();
		List<double[]> halves = new ArrayList<>();
		for (int i : Peaks.maxima(sm)) {
			double prom = Peaks.prominence(sm, i);
			if (prom < minProminence * sigma || prom <= 0) continue;
			Call c = new Call();
			c.peak = i;
			c.prominence = prom;
			double half = sm[i] - 0.5 * prom;
			halves.add(new double[] { hwhm(sm, i, -1, half), hwhm(sm, i, +1, half) });
			out.add(c);
		}
		// a faint band on a background hump has its half-prominence level far down the hump: its
		// half width is capped at a multiple of the lane's typical band
		double[] all = new double[2 * halves.size()];
		for (int k = 0; k < halves.size(); k++) {
			all[2 * k] = halves.get(k)[0];
			all[2 * k + 1] = halves.get(k)[1];
		}
		double cap = all.length > 2 ? MAX_WIDTH_RATIO * Peaks.median(all) : Double.POSITIVE_INFINITY;
		for (int k = 0; k < out.size(); k++) {
			Call c = out.get(k);
			double rise = Math.max(3 * sigmaSm, 0.05 * c.prominence);
			int[] lo = extent(sm, c.peak, -1, Math.min(cap, halves.get(k)[0]), rise);
			int[] hi = extent(sm, c.peak, +1, Math.min(cap, halves.get(k)[1]), rise);
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
				a.hi = Math.max(a.peak, v - 1);
				b.lo = Math.min(b.peak, v);
				a.touchHi = true;
				b.touchLo = true;
			}
		}
		return out;
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
		int reach = (int) Math.ceil(3 * hwhm) + 1;
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
