package org.blotfig.gel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a band that hides a second, overlapping band as a shoulder: two bands closer than
 * about two sigma leave no dip between them, but each keeps its own minimum of the profile's
 * second derivative (its own curvature) as long as they are resolvable. The shoulder becomes a
 * band of its own when two Gaussians fit clearly better than one, cut from the main band where
 * each loses as much of its tail to the other as it gains.
 */
final class Shoulders {

	/** A shoulder's curvature must reach this many noise SDs of the second derivative. */
	static final double MIN_CURVATURE = 4;
	/** Two bands must fit the profile this much better than one (F ratio). */
	static final double MIN_F = 30;
	/** Each fitted component's height must reach this many times the band-calling prominence bar. */
	static final double MIN_HEIGHT = 2;
	/** The components' sigma must lie within these fractions of the image's typical band sigma. */
	static final double MIN_WIDTH = 0.5, MAX_WIDTH = 1.25;
	/** Components closer than this many sigma are not resolvable (one band fits as well). */
	static final double MIN_SEPARATION = 1.5;
	/** The two-band fit's RMS residual may exceed the smoothed profile's noise SD at most this much. */
	static final double MAX_MISFIT = 2.75;
	/** Two lanes show the same doublet when their spacings agree within this fraction. */
	static final double SAME_SPACING = 0.25;
	/** The curvature between them must rise by this fraction of the shoulder's depth: resolved. */
	static final double RESOLVED = 0.5;

	private Shoulders() {}

	/** A resolvable shoulder of one band: the call it would become and the two-band fit behind it. */
	static final class Candidate {
		final BandCaller.Call main, shoulder;
		final int dir;
		/** Fitted centres (upper, lower), shared sigma and heights (upper, lower). */
		final double up, down, sigma, hUp, hDown;

		Candidate(BandCaller.Call main, BandCaller.Call shoulder, int dir, double[] fit) {
			this.main = main;
			this.shoulder = shoulder;
			this.dir = dir;
			boolean aUp = fit[0] < fit[1];
			up = aUp ? fit[0] : fit[1];
			down = aUp ? fit[1] : fit[0];
			sigma = fit[2];
			hUp = aUp ? fit[3] : fit[4];
			hDown = aUp ? fit[4] : fit[3];
		}

		double separation() {
			return down - up;
		}

		double mid() {
			return 0.5 * (up + down);
		}
	}

	/**
	 * Splits the shoulders of every lane that pass the strict per-band tests and are seen again,
	 * at the same spacing and about the same place, in another lane. A lone shoulder in one lane
	 * is more often a smear or a noisy flank on a faint band than a doublet (real PLOS panels);
	 * a real doublet is a property of the sample set and shows in several lanes.
	 *
	 * @param typicalHalf the image's typical band half width at half maximum (px)
	 * @param reach how far (rows) the same row may wander between lanes (tilt, smile)
	 */
	static void splitAll(List<LaneProfile> profiles, double[][] sms, List<List<BandCaller.Call>> calls, double minProminence,
		double typicalHalf, int reach)
	{
		if (!(typicalHalf > 0)) return;
		double typicalSigma = typicalHalf / Math.sqrt(2 * Math.log(2));
		List<List<Candidate>> found = new ArrayList<>();
		int any = 0;
		for (int i = 0; i < profiles.size(); i++) {
			LaneProfile p = profiles.get(i);
			List<Candidate> c = calls.get(i).isEmpty() ? new ArrayList<Candidate>() :
				find(p.central, sms[i], calls.get(i), minProminence, p.noise,
					typicalSigma);
			any += c.size();
			found.add(c);
		}
		if (any < 2) return;
		List<List<Candidate>> sure = new ArrayList<>();
		List<Candidate> all = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			List<Candidate> keep = new ArrayList<>();
			for (Candidate c : found.get(i)) if (seenElsewhere(c, i, found, reach)) keep.add(c);
			sure.add(keep);
			all.addAll(keep);
		}
		if (all.isEmpty()) return;
		// a doublet seen in two lanes is looked for again, at its place and spacing, in lanes
		// where noise hid the shoulder's curvature; the fit must still pass every test
		for (int i = 0; i < profiles.size(); i++) {
			LaneProfile p = profiles.get(i);
			double[] sm = sms[i];
			for (BandCaller.Call call : calls.get(i)) {
				if (has(sure.get(i), call)) continue;
				Candidate model = nearest(all, call.peak, reach);
				if (model == null || Math.abs(model.main.peak - call.peak) > reach) continue;
				if (clippedTop(p.central, call)) continue;
				// the components where they sit relative to the model's band peak
				double mainAt = model.dir > 0 ? model.up : model.down, shoulderAt = model.dir > 0 ? model.down : model.up;
				int main = (int) Math.round(call.peak + mainAt - model.main.peak);
				int best = (int) Math.round(call.peak + shoulderAt - model.main.peak);
				if (Math.min(main, best) <= call.lo || Math.max(main, best) >= call.hi) continue;
				Candidate c = fitted(sm, call, main, best, model.dir, 0, minProminence, p.noise, typicalSigma);
				if (c != null) sure.get(i).add(c);
			}
		}
		for (int i = 0; i < found.size(); i++) {
			List<BandCaller.Call> added = new ArrayList<>();
			for (Candidate c : sure.get(i)) {
				BandCaller.Call s = c.shoulder;
				if (c.dir < 0) {
					c.main.lo = s.hi + 1;
					c.main.touchLo = true;
				}
				else {
					c.main.hi = s.lo - 1;
					c.main.touchHi = true;
				}
				added.add(s);
			}
			if (added.isEmpty()) continue;
			calls.get(i).addAll(added);
			calls.get(i).sort((a, b) -> Integer.compare(a.peak, b.peak));
		}
	}

	private static boolean has(List<Candidate> cs, BandCaller.Call call) {
		for (Candidate c : cs) if (c.main == call) return true;
		return false;
	}

	/** The candidate whose main band peaks nearest row y, or null. */
	private static Candidate nearest(List<Candidate> cs, int y, int reach) {
		Candidate best = null;
		for (Candidate c : cs) if (best == null || Math.abs(c.main.peak - y) < Math.abs(best.main.peak - y)) best = c;
		return best;
	}

	/** Another lane has a shoulder pair of about the same spacing near the same rows. */
	private static boolean seenElsewhere(Candidate c, int lane, List<List<Candidate>> found, int reach) {
		double sep = c.separation();
		for (int j = 0; j < found.size(); j++) {
			if (j == lane) continue;
			for (Candidate o : found.get(j))
				if (Math.abs(o.separation() - sep) <= Math.max(1.5, SAME_SPACING * sep) &&
					Math.abs(o.mid() - c.mid()) <= reach) return true;
		}
		return false;
	}

	/** The shoulders of one lane's calls that pass the per-band tests (calls are not changed). */
	static List<Candidate> find(double[] raw, double[] sm, List<BandCaller.Call> calls, double minProminence,
		double noiseSd, double typicalSigma)
	{
		List<Candidate> out = new ArrayList<>();
		int n = sm.length;
		if (n < 9 || calls.isEmpty() || !(noiseSd > 0)) return out;
		double[] d2 = new double[n];
		for (int i = 1; i + 1 < n; i++) d2[i] = sm[i - 1] - 2 * sm[i] + sm[i + 1];
		// the curvature's noise, measured only when a lane has a shoulder to test (most have none)
		double[] noise = { Double.NaN };
		for (BandCaller.Call c : calls) {
			int main = curvatureMin(d2, c.peak, c.lo, c.hi);
			if (main < 0 || d2[main] >= 0 || clippedTop(raw, c)) continue;
			Candidate lo = shoulder(sm, d2, c, main, -1, noise, minProminence, noiseSd, typicalSigma);
			Candidate hi = shoulder(sm, d2, c, main, +1, noise, minProminence, noiseSd, typicalSigma);
			// a band with a shoulder on each side is more likely one broad band
			if (lo != null && hi != null) continue;
			if (lo != null) out.add(lo);
			if (hi != null) out.add(hi);
		}
		return out;
	}

	/**
	 * A top clipped flat (saturated) has a curvature minimum at each corner and would look like
	 * a doublet: its top rows repeat one value exactly, which measured rows almost never do.
	 */
	private static boolean clippedTop(double[] raw, BandCaller.Call c) {
		double top = Double.NEGATIVE_INFINITY;
		for (int i = c.lo; i <= c.hi; i++) top = Math.max(top, raw[i]);
		int same = 0;
		for (int i = c.lo; i <= c.hi; i++) if (raw[i] == top) same++;
		return same >= 2;
	}

	/** The second-derivative minimum nearest the peak (within the band's half extent). */
	private static int curvatureMin(double[] d2, int peak, int lo, int hi) {
		int best = -1;
		int reach = Math.max(2, Math.min(peak - lo, hi - peak) / 2);
		for (int i = Math.max(1, peak - reach); i <= Math.min(d2.length - 2, peak + reach); i++)
			if (best < 0 || d2[i] < d2[best]) best = i;
		return best;
	}

	/** The strongest resolved shoulder on one side of the main band, or null. */
	private static Candidate shoulder(double[] sm, double[] d2, BandCaller.Call c, int main, int dir,
		double[] noise, double minProminence, double sigma, double typicalSigma)
	{
		int end = dir < 0 ? c.lo + 1 : c.hi - 1;
		if ((end - main) * dir < 3) return null;
		// walk away from the main curvature minimum: up to the curvature maximum, then down
		int top = main, best = -1;
		for (int j = main + dir; (end - j) * dir >= 0; j += dir) {
			if (best < 0 && d2[j] > d2[top]) top = j;
			boolean localMin = d2[j] < d2[j - 1] && d2[j] <= d2[j + 1];
			if (localMin && (best < 0 || d2[j] < d2[best]) && (j - top) * dir > 0) best = j;
		}
		if (best < 0) return null;
		// the curvature maximum between the two minima
		int cut = main;
		for (int j = main; j != best; j += dir) if (d2[j] > d2[cut]) cut = j;
		double depth = -d2[best];
		// no bar relative to the main band's curvature: a weak band sitting on the main band's
		// flank (positive curvature there) keeps only a sliver of its own; the fit decides
		if (Double.isNaN(noise[0])) noise[0] = madSd(Arrays.copyOfRange(d2, 1, d2.length - 1));
		if (!(noise[0] > 0) || depth < MIN_CURVATURE * noise[0]) return null;
		if (d2[cut] - d2[best] < RESOLVED * depth) return null;
		// a separate maximum of the profile is a band BandCaller has already called
		if (sm[best] >= sm[best - 1] && sm[best] >= sm[best + 1]) return null;
		return fitted(sm, c, main, best, dir, width(d2, main, -dir), minProminence, sigma, typicalSigma);
	}

	/**
	 * The shoulder at row best of call c (main component at row main) when the two-band fit
	 * passes every test, else null.
	 *
	 * @param w the main band's sigma from its free side (0: unknown)
	 */
	private static Candidate fitted(double[] sm, BandCaller.Call c, int main, int best, int dir, double w,
		double minProminence, double sigma, double typicalSigma)
	{
		// two bands must explain the profile clearly better than one (an F ratio on the fit's
		// residuals; smoothed rows are correlated, hence the high bar)
		if (!(w > 0)) w = typicalSigma;
		// the free side's curvature crossing comes in short of sigma on a doublet: search up to
		// the image's typical band sigma as well
		double[] fit = fitPair(sm, c.lo, c.hi, main, best, 0.8 * Math.min(w, typicalSigma), 1.25 * Math.max(w, typicalSigma));
		if (fit == null) return null;
		// each component a band in its own right, of the image's band width, and resolvable
		double sep = Math.abs(fit[1] - fit[0]);
		if (Math.min(fit[3], fit[4]) < MIN_HEIGHT * minProminence * sigma) return null;
		if (fit[2] > MAX_WIDTH * typicalSigma || fit[2] < MIN_WIDTH * typicalSigma) return null;
		if (sep < MIN_SEPARATION * fit[2]) return null;
		// the shoulder must be the component on its own side
		if ((fit[1] - fit[0]) * dir <= 0) return null;
		int n = c.hi - c.lo + 1;
		double one = fitOne(sm, c.lo, c.hi, 0.5 * (main + best), w);
		if ((one - fit[5]) / 2 < MIN_F * fit[5] / (n - 6)) return null;
		// ... and explain it down to about the noise: real bands that are merely skewed or
		// tailed (PLOS panels) leave a two-band fit several noise SDs off, a true doublet does not
		double sigmaSm = sigma / Math.sqrt(2 * Math.sqrt(Math.PI) * BandCaller.SMOOTH);
		if (Math.sqrt(fit[5] / n) > MAX_MISFIT * sigmaSm) return null;
		// cut where each band loses as much of its tail to the other as it gains (rows k and
		// k + 1 part at k + 0.5)
		double x = fit[0] < fit[1] ? balancedCut(fit[0], fit[1], fit[2], fit[4] / fit[3]) :
			balancedCut(fit[1], fit[0], fit[2], fit[3] / fit[4]);
		int split = (int) Math.round(x - 0.5);
		BandCaller.Call s = new BandCaller.Call();
		s.peak = best;
		s.prominence = fit[4];
		split = Math.max(Math.min(main, best), Math.min(Math.max(main, best) - 1, split));
		if (dir > 0) {
			s.lo = split + 1;
			s.hi = c.hi;
			s.touchLo = true;
			s.touchHi = c.touchHi;
		}
		else {
			s.lo = c.lo;
			s.hi = split;
			s.touchHi = true;
			s.touchLo = c.touchLo;
		}
		if (s.lo > s.hi) return null;
		return new Candidate(c, s, dir, fit);
	}

	/**
	 * The band's sigma from its free side: a Gaussian's curvature changes sign one sigma from its
	 * centre. 0 when not found.
	 */
	private static double width(double[] d2, int main, int dir) {
		for (int j = main; j + dir > 0 && j + dir < d2.length - 1; j += dir)
			if (d2[j + dir] >= 0) return Math.abs(j - main) + d2[j] / (d2[j] - d2[j + dir]);
		return 0;
	}

	/**
	 * Least-squares fit of two Gaussians of one sigma on a straight background over rows
	 * [lo, hi]: centres near a and b, sigma in [wLo, wHi] (a coarse grid, refined twice), heights and background
	 * linear. {a, b, sigma, height a, height b, residual sum of squares}, or null when a height
	 * comes out not positive.
	 */
	static double[] fitPair(double[] y, int lo, int hi, double a0, double b0, double wLo, double wHi) {
		double w0 = 0.5 * (wLo + wHi);
		double[] g = fitPairGrid(y, lo, hi, a0, 1, b0, 2, 0.25, w0, 0.5 * (wHi - wLo), 0.05 * w0);
		// a finer grid around the coarse optimum: the residual must reach the noise on a true doublet
		if (g != null) g = fitPairGrid(y, lo, hi, g[0], 0.25, g[1], 0.25, 0.05, g[2], 0.05 * w0, 0.01 * w0);
		return g == null ? null : fitPairGrid(y, lo, hi, g[0], 0.05, g[1], 0.05, 0.01, g[2], 0.01 * w0, 0.002 * w0);
	}

	/** Grid search: centres a0 +- da, b0 +- db in steps of step, sigma w0 +- dw in steps of sw. */
	private static double[] fitPairGrid(double[] y, int lo, int hi, double a0, double da, double b0, double db,
		double step, double w0, double dw, double sw)
	{
		double best = Double.POSITIVE_INFINITY;
		double[] out = null;
		int n = hi - lo + 1;
		if (n < 6) return null;
		double[][] f = new double[4][n];
		for (double a = a0 - da; a <= a0 + da + 1e-9; a += step)
			for (double b = b0 - db; b <= b0 + db + 1e-9; b += step)
				for (double w = w0 - dw; w <= w0 + dw + 1e-9; w += sw) {
					for (int i = 0; i < n; i++) {
						double x = lo + i;
						f[0][i] = Math.exp(-0.5 * (x - a) * (x - a) / (w * w));
						f[1][i] = Math.exp(-0.5 * (x - b) * (x - b) / (w * w));
						f[2][i] = 1;
						f[3][i] = (x - lo) / n;
					}
					double[][] m = new double[4][4];
					double[] v = new double[4];
					for (int i = 0; i < n; i++)
						for (int r = 0; r < 4; r++) {
							v[r] += f[r][i] * y[lo + i];
							for (int k = 0; k < 4; k++) m[r][k] += f[r][i] * f[k][i];
						}
					double[] c = LaneFinder.solve(m, v);
					if (c == null) continue;
					double ss = 0;
					for (int i = 0; i < n; i++) {
						double e = y[lo + i];
						for (int r = 0; r < 4; r++) e -= c[r] * f[r][i];
						ss += e * e;
					}
					if (ss < best) {
						best = ss;
						out = c[0] > 0 && c[1] > 0 ? new double[] { a, b, w, c[0], c[1], ss } : null;
					}
				}
		return out;
	}

	/** Residual sum of squares of the best single Gaussian (centre a0 +- 3, sigma 0.6-2 w0) on a straight background. */
	static double fitOne(double[] y, int lo, int hi, double a0, double w0) {
		int n = hi - lo + 1;
		double best = Double.POSITIVE_INFINITY;
		double[][] f = new double[3][n];
		for (double a = a0 - 3; a <= a0 + 3.001; a += 0.25)
			for (double w = 0.6 * w0; w <= 2 * w0 + 1e-9; w += 0.05 * w0) {
				for (int i = 0; i < n; i++) {
					double x = lo + i;
					f[0][i] = Math.exp(-0.5 * (x - a) * (x - a) / (w * w));
					f[1][i] = 1;
					f[2][i] = (x - lo) / n;
				}
				double[][] m = new double[3][3];
				double[] v = new double[3];
				for (int i = 0; i < n; i++)
					for (int r = 0; r < 3; r++) {
						v[r] += f[r][i] * y[lo + i];
						for (int k = 0; k < 3; k++) m[r][k] += f[r][i] * f[k][i];
					}
				double[] c = LaneFinder.solve(m, v);
				if (c == null) continue;
				double ss = 0;
				for (int i = 0; i < n; i++) {
					double e = y[lo + i];
					for (int r = 0; r < 3; r++) e -= c[r] * f[r][i];
					ss += e * e;
				}
				best = Math.min(best, ss);
			}
		return best;
	}

	/**
	 * The row x between band centres a < b (sigma w, band b ra times as high as band a) where
	 * the part of a beyond x equals the part of b before it (bisection).
	 */
	static double balancedCut(double a, double b, double w, double ra) {
		double lo = a, hi = b;
		for (int it = 0; it < 40; it++) {
			double x = 0.5 * (lo + hi);
			double g = upperTail((x - a) / w) - ra * upperTail((b - x) / w);
			if (g > 0) lo = x;
			else hi = x;
		}
		return 0.5 * (lo + hi);
	}

	/** Standard normal upper tail, Abramowitz-Stegun 7.1.26 (|error| < 1.5e-7). */
	static double upperTail(double z) {
		double x = Math.abs(z) / Math.sqrt(2);
		double t = 1 / (1 + 0.3275911 * x);
		double erfc = ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t *
			Math.exp(-x * x);
		return z >= 0 ? 0.5 * erfc : 1 - 0.5 * erfc;
	}

	private static double madSd(double[] a) {
		if (a.length < 3) return 0;
		double med = Peaks.median(a.clone());
		for (int i = 0; i < a.length; i++) a[i] = Math.abs(a[i] - med);
		return 1.4826 * Peaks.median(a);
	}
}


