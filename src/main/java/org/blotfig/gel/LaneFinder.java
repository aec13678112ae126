package org.blotfig.gel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Finds lanes on the block-averaged top-hat image: deskews by the shear that makes the column
 * projection sharpest (tilt), picks the projection's prominent peaks as lane centres, fills
 * lattice gaps with empty lanes, and follows each lane's centre through the rows where it has
 * signal to get a smooth path (smile, splay).
 */
final class LaneFinder {

	/** A lane candidate in full-resolution coordinates. */
	static final class Found {
		final LanePath path;
		/** Inserted into a gap of the lane lattice: no signal of its own. */
		final boolean gapFill;

		Found(LanePath path, boolean gapFill) {
			this.path = path;
			this.gapFill = gapFill;
		}
	}

	double tiltDeg;
	final List<Found> lanes = new ArrayList<>();
	/** Strong projection peaks (x in image pixels) that no lane covers, e.g. a marker off the lattice. */
	final List<Double> leftOut = new ArrayList<>();

	LaneFinder(Small s, int height, int wanted) {
		double slope = deskew(s);
		tiltDeg = Math.toDegrees(Math.atan(slope));
		double[] proj = prepared(project(s, slope), s);
		double yc = (s.h - 1) / 2.0;
		double noise = Peaks.noise(proj, 0, proj.length);
		double[] raw = proj;
		proj = fillDarkEdges(proj, noise);
		boolean darkEdged = proj != raw;

		List<Cand> cand = new ArrayList<>();
		for (int i : Peaks.maxima(proj)) cand.add(new Cand(proj, i, Peaks.prominence(proj, i)));
		if (cand.isEmpty()) return;
		double maxProm = 0;
		for (Cand c : cand) maxProm = Math.max(maxProm, c.prom);
		List<Cand> chosen = new ArrayList<>();
		double floor = wanted > 0 ? Math.max(3 * noise, 0.02 * maxProm) : Math.max(6 * noise, 0.05 * maxProm);
		for (Cand c : cand) if (c.prom >= floor) chosen.add(c);
		// one lane can show several maxima (uneven loading, a spot): merge across shallow dips
		for (boolean merged = true; merged;) {
			merged = false;
			for (int i = 1; i < chosen.size(); i++) {
				Cand a = chosen.get(i - 1), b = chosen.get(i);
				double dip = Double.POSITIVE_INFINITY;
				for (int x = a.peak; x <= b.peak; x++) dip = Math.min(dip, proj[x]);
				if (dip > 0.5 * Math.min(a.value, b.value)) {
					chosen.set(i - 1, a.merge(b));
					chosen.remove(i);
					merged = true;
					break;
				}
			}
		}
		// the bar's lane peaks before a count the user gave merges any of them
		double[] peakCentres = new double[chosen.size()];
		for (int i = 0; i < peakCentres.length; i++) peakCentres[i] = chosen.get(i).centre();
		if (wanted > 0) {
			while (chosen.size() > wanted) {
				// drop a stray weak peak, otherwise merge the two closest neighbours
				Cand weakest = Collections.min(chosen, (a, b) -> Double.compare(a.prom, b.prom));
				double[] proms = new double[chosen.size()];
				for (int i = 0; i < proms.length; i++) proms[i] = chosen.get(i).prom;
				if (weakest.prom < 0.25 * Peaks.median(proms)) chosen.remove(weakest);
				else mergeClosest(chosen);
			}
		}
		else {
			// peaks much closer than the lane pitch belong to one lane
			for (int it = 0; it < 20 && chosen.size() > 2; it++) {
				double pitch = pitch(chosen);
				int k = closest(chosen);
				if (chosen.get(k + 1).centre() - chosen.get(k).centre() >= 0.7 * pitch) break;
				mergeClosest(chosen);
			}
		}
		double pitch = chosen.size() > 1 ? pitch(chosen) : s.w;
		double period = period(proj);
		if (wanted == 0 && isNoise(proj, maxProm, noise, period)) return;
		// the bar's lanes are clean peaks once it is cut at its bridges, but few: their spacing
		// says more than an autocorrelation over four or five lanes and a marker beside them
		boolean fromPeaks = s.tallClip > 0 && chosen.size() >= 3;
		if (fromPeaks) period = pitch;
		// more than MAX_LANES lanes across the image is not a gel: that "period" is texture
		if (period < Math.max(6, s.w / (double) MAX_LANES)) period = 0;
		if (period > 0 && !fromPeaks) period = combPeriod(proj, period);
		List<double[]> lattice = period > 0 ? lattice(proj, period, wanted, noise, cand, maxProm) : null;
		if (lattice != null) pitch = period;

		// widths from the projection: full width at half height, the same for every lane (median)
		double[] widths = new double[chosen.size()];
		for (int i = 0; i < widths.length; i++) widths[i] = chosen.get(i).r - chosen.get(i).l;
		double fwhm = widths.length == 0 ? pitch / 2 : Peaks.median(widths);

		List<double[]> withGaps = new ArrayList<>(); // {x, gapFill?1:0}
		if (lattice != null) withGaps.addAll(lattice);
		for (int i = 0; i < chosen.size() && lattice == null; i++) {
			if (i > 0 && (wanted == 0 || chosen.size() < wanted)) {
				double d = chosen.get(i).centre() - chosen.get(i - 1).centre();
				int k = (int) Math.round(d / pitch);
				if (k >= 2 && Math.abs(d / pitch - k) <= 0.25)
					for (int j = 1; j < k; j++) withGaps.add(new double[] { chosen.get(i - 1).centre() + d * j / k, 1 });
			}
			withGaps.add(new double[] { chosen.get(i).centre(), 0 });
		}
		// a count the user gave that is still not reached: extend the lattice at the ends
		for (boolean right = true; wanted > 0 && withGaps.size() < wanted && !withGaps.isEmpty(); right = !right) {
			Collections.sort(withGaps, (a, b) -> Double.compare(a[0], b[0]));
			double x = right ? withGaps.get(withGaps.size() - 1)[0] + pitch : withGaps.get(0)[0] - pitch;
			if (x >= 0 && x < s.w) withGaps.add(new double[] { x, 1 });
			else if (withGaps.get(0)[0] - pitch < 0 && withGaps.get(withGaps.size() - 1)[0] + pitch >= s.w) break;
		}
		Collections.sort(withGaps, (a, b) -> Double.compare(a[0], b[0]));

		if (lattice != null) fwhm = latticeWidth(s.speckIndex.length == 0 ? proj : widthProjection(s, slope, darkEdged), lattice,
			period);
		double halfSmall = Math.min(0.5 * pitch - 0.5 / s.factor, 0.5 * fwhm + 0.25 * fwhm + 2.0 / s.factor);
		if (chosen.size() == 1 && lattice == null) halfSmall = 0.5 * fwhm + 0.25 * fwhm + 2.0 / s.factor;
		double halfFull = Math.max(1, halfSmall * s.factor);
		for (double[] c : withGaps) {
			if (fromPeaks) {
				// a clipped bar is flat inside a lane and black across its bridges: neither its
				// segments nor the half-way points between gaps place a lane better than its peak
				double near = Double.NaN;
				for (double x : peakCentres)
					if (Math.abs(x - c[0]) < 0.35 * pitch && !(Math.abs(near - c[0]) <= Math.abs(x - c[0]))) near = x;
				if (c[1] == 0 && !Double.isNaN(near)) c[0] = near;
			}
			double[] path = follow(s, c[0], slope, yc, pitch, c[1] > 0 || fromPeaks, darkEdged, height);
			lanes.add(new Found(new LanePath(path, halfFull), c[1] > 0));
		}
		// not dropped silently: a strong peak far from every lane is reported
		for (Cand c : chosen) {
			// as strong as a lane and about as wide (burned-in lines and edges are thin)
			if (c.prom < LEFT_OUT_PROMINENCE * maxProm || c.r - c.l < 0.2 * fwhm) continue;
			boolean covered = false;
			for (double[] g : withGaps) covered |= Math.abs(g[0] - c.centre()) < 0.5 * pitch;
			if (!covered) leftOut.add((c.centre() + 0.5) * s.factor);
		}
	}

	/**
	 * The projection above its lower envelope (a 1-D opening wider than a lane). A saturated bar
	 * is black across the gaps too (the overloaded protein spreads between the lanes): the lanes
	 * stand above the bridges only by their height, and on the bridges' level they would merge.
	 */
	static double[] aboveBridges(double[] p, int k) {
		int n = p.length;
		k = Math.max(1, Math.min(n, k));
		double[] ero = new double[n - k + 1];
		for (int i = 0; i + k <= n; i++) {
			double m = Double.POSITIVE_INFINITY;
			for (int j = i; j < i + k; j++) m = Math.min(m, p[j]);
			ero[i] = m;
		}
		double[] out = new double[n];
		for (int x = 0; x < n; x++) {
			double m = Double.NEGATIVE_INFINITY;
			for (int i = Math.max(0, x - k + 1); i <= Math.min(x, n - k); i++) m = Math.max(m, ero[i]);
			out[x] = p[x] - m;
		}
		return out;
	}

	private static double maxProminence(double[] p) {
		double m = 0;
		for (int i : Peaks.maxima(p)) m = Math.max(m, Peaks.prominence(p, i));
		return m;
	}

	/** More lanes than this across the image is not a gel (a 48-lane E-PAGE gel and its markers fit). */
	static final int MAX_LANES = 64;
	/**
	 * Below this lane period (small-image px) the projection's noise estimate (MAD of neighbour
	 * differences) measures the lanes' own flanks: with 13-27 px per lane nearly every difference
	 * lies on a flank, and the estimate rises to a tenth or more of a lane's height (2 % of the
	 * strongest lane's presence at 20 px against 0.06 % at 40 px on the speed benchmark's scans).
	 * Every real scan and accuracy-benchmark image (seed 1: from 32.3 px) has a period of 32 px or more.
	 */
	static final double FINE_PERIOD = 32;
	/** Below {@link #FINE_PERIOD}, the outermost lanes' presence must reach this many noise SD. */
	static final double FINE_END_SD = 3;

	/**
	 * Below this, the strongest projection peak against the projection's noise (MAD of neighbour
	 * differences) does not show lanes: pure noise frames of 60-3000 px reach 6-17, real scans 55
	 * (chibidragon test_image) to 1100, bench accuracy images 140 or more.
	 */
	static final double MIN_SIGNAL_TO_NOISE = 30;
	/**
	 * ... unless the projection repeats at its period as lanes do: narrow lanes (13-20 px in the
	 * small image) inflate that noise estimate with their flanks (48-lane gels: 16-37), but their
	 * autocorrelation at the period is 0.77-0.92, against 0.18 at most in noise.
	 */
	static final double MIN_LANE_AUTOCORRELATION = 0.5;

	/**
	 * A frame of noise (a blank membrane, the wrong channel): nothing stands out and nothing
	 * repeats. Its peaks would otherwise become 10-30 empty "lanes".
	 */
	static boolean isNoise(double[] p, double maxProm, double noise, double period) {
		if (maxProm >= MIN_SIGNAL_TO_NOISE * noise) return false;
		return !(period > 0 && autocorrelation(p, (int) Math.round(period)) >= MIN_LANE_AUTOCORRELATION);
	}

	/** Normalised autocorrelation of p at the given lag (about its mean). */
	static double autocorrelation(double[] p, int lag) {
		double m = 0;
		for (double v : p) m += v;
		m /= p.length;
		double num = 0, den = 0;
		for (int i = 0; i < p.length; i++) {
			den += (p[i] - m) * (p[i] - m);
			if (i + lag < p.length) num += (p[i] - m) * (p[i + lag] - m);
		}
		return den > 0 ? num / den : 0;
	}

	/** Half the coarse search range: the issue's +-5 deg and a step's margin. */
	private static final double MAX_DEG = 5.5;
	/** A peak left out of the lanes is reported when it is this strong against the strongest lane. */
	static final double LEFT_OUT_PROMINENCE = 0.2;
	/** Path segments farther than this many robust SD from the lane's fitted path are left out of it. */
	static final double FOLLOW_OUTLIER_SD = 3;
	/** ... when the lane has at least this many segments with signal. */
	static final int MIN_SEGMENTS_TO_REFIT = 5;

	/**
	 * The shear (dx per row) whose column projection has the largest sum of squares, taken only
	 * at a maximum inside the searched range: a score still rising at its end (one wide bar, as
	 * a saturated loading-control row, sharpens steadily with shear) is no evidence of a tilt.
	 */
	private static double deskew(Small s) {
		int n = (int) Math.round(2 * MAX_DEG) + 1;
		double[] score = new double[n + 2]; // one step beyond each end, read only when needed
		double best = Double.NaN, bestScore = -1;
		for (int i = 1; i <= n; i++) score[i] = sharpness(project(s, Math.tan(Math.toRadians(coarseDeg(i)))));
		for (int i = 1; i <= n; i++) {
			if (score[i] <= bestScore) continue;
			if (i > 1 && score[i - 1] > score[i] || i < n && score[i + 1] > score[i]) continue;
			// at an end of the range, look one step further before calling it a maximum
			if (i == 1 || i == n) {
				int o = i == 1 ? 0 : n + 1;
				score[o] = sharpness(project(s, Math.tan(Math.toRadians(coarseDeg(o)))));
				if (score[o] >= score[i]) continue;
			}
			best = coarseDeg(i);
			bestScore = score[i];
		}
		if (Double.isNaN(best)) return 0;
		double center = best;
		for (double deg = center - 0.8; deg <= center + 0.8001; deg += 0.2) {
			double score1 = sharpness(project(s, Math.tan(Math.toRadians(deg))));
			if (score1 > bestScore) {
				bestScore = score1;
				best = deg;
			}
		}
		// no tilt unless shearing clearly sharpens the lanes (short strips barely respond to it)
		double straight = sharpness(project(s, 0));
		if (straight >= 0.99 * bestScore) best = 0;
		return Math.tan(Math.toRadians(best));
	}

	/**
	 * The projection with the dust specks that {@link Small} filtered out put back, for lane
	 * widths only. The filter is there to keep specks from placing lanes; it also changes the
	 * measured width (on HARD film, lanes come out about a pixel wider without their specks),
	 * and boxes that wide leave no gap between neighbouring lanes for the whole-lane totals of a
	 * total-protein stain, so widths are measured as they were.
	 */
	private static double[] widthProjection(Small s, double slope, boolean darkEdged) {
		double[] p = project(s, slope);
		double yc = (s.h - 1) / 2.0;
		for (int k = 0; k < s.speckIndex.length; k++) {
			int y = s.speckIndex[k] / s.w, x = s.speckIndex[k] % s.w;
			double shift = -slope * (y - yc);
			int base = (int) Math.floor(shift), t = x + base;
			double frac = shift - base;
			if (t >= 0 && t < s.w) p[t] += s.speckAmount[k] * (1 - frac);
			if (t + 1 >= 0 && t + 1 < s.w) p[t + 1] += s.speckAmount[k] * frac;
		}
		p = prepared(p, s);
		return darkEdged ? fillDarkEdges(p, Peaks.noise(p, 0, p.length)) : p;
	}

	/** A column projection as lanes are found on it: smoothed, and a clipped bar's bridges taken off. */
	private static double[] prepared(double[] projection, Small s) {
		double[] p = Peaks.smooth(projection, 1.0);
		return s.tallClip > 0 ? aboveBridges(p, s.w / 4) : p;
	}

	/** {@link DarkEdges#fill} with the bar lanes are found at: 6 noise SD or 5 % of the strongest peak. */
	private static double[] fillDarkEdges(double[] p, double noise) {
		return DarkEdges.fill(p, Math.max(6 * noise, 0.05 * maxProminence(p)));
	}

	/** The coarse grid: 1 deg steps from -MAX_DEG - 1 (i = 0) to MAX_DEG + 1 (i = n + 1). */
	private static double coarseDeg(int i) {
		return -MAX_DEG - 1 + i;
	}

	private static double sharpness(double[] p) {
		double s = 0;
		for (double v : p) s += v * v;
		return s;
	}

	/** Column projection of the top-hat after removing a shear x -> x - slope (y - yc). */
	static double[] project(Small s, double slope) {
		double[] p = new double[s.w];
		double yc = (s.h - 1) / 2.0;
		for (int y = 0; y < s.h; y++) {
			double shift = -slope * (y - yc);
			int base = (int) Math.floor(shift);
			double frac = shift - base;
			for (int j = s.rowStart[y]; j < s.rowStart[y + 1]; j++) {
				float v = s.nzValue[j];
				int t = s.nzX[j] + base;
				if (t >= 0 && t < s.w) p[t] += v * (1 - frac);
				if (t + 1 >= 0 && t + 1 < s.w) p[t + 1] += v * frac;
			}
		}
		return p;
	}

	/**
	 * The lane period from the projection's autocorrelation: its highest maximum after the first
	 * minimum (unnormalised, so multiples of the period score lower), or 0 when the projection
	 * shows no clear periodicity (fewer than three lanes, irregular spacing).
	 */
	static double period(double[] p) {
		int n = p.length;
		if (n < 12) return 0;
		// compress amplitudes (strong and faint lanes count alike, gaps stand out) and remove
		// the slow trend, so the autocorrelation sees the lane/gap alternation
		double top = 0;
		for (double v : p) top = Math.max(top, v);
		if (!(top > 0)) return 0;
		double[] q = new double[n];
		for (int i = 0; i < n; i++) q[i] = Math.log1p(Math.max(0, p[i]) / (0.02 * top));
		// edges (the slope) instead of levels: a block of lanes next to empty space would
		// otherwise dominate with its own width
		double[] d = new double[n - 1];
		for (int i = 0; i + 1 < n; i++) d[i] = q[i + 1] - q[i];
		p = d;
		n = d.length;
		double mean = 0;
		for (double v : p) mean += v;
		mean /= n;
		int maxLag = n / 3;
		double[] a = new double[maxLag + 2];
		for (int lag = 0; lag <= maxLag + 1; lag++) {
			double s = 0;
			for (int i = 0; i + lag < n; i++) s += (p[i] - mean) * (p[i + lag] - mean);
			a[lag] = s;
		}
		int lag = 1;
		while (lag < maxLag && a[lag + 1] < a[lag]) lag++;
		int firstMin = lag;
		// more than 40 lanes across the image is rarely a gel: shorter lags are usually texture
		lag = Math.max(lag, n / 40);
		int best = -1;
		for (int l = Math.max(lag, 3); l <= maxLag; l++)
			if (a[l] >= a[l - 1] && a[l] >= a[l + 1] && (best < 0 || a[l] > a[best])) best = l;
		if (best < 0 || a[best] < 0.15 * a[0]) return 0;
		// multiples of the period score about as high: take the first maximum that is nearly as strong
		for (int l = Math.max(lag, 3); l < best; l++)
			if (a[l] >= a[l - 1] && a[l] >= a[l + 1] && a[l] >= 0.5 * a[best]) {
				best = l;
				break;
			}
		// up to MAX_LANES lanes (a 48-lane gel, 49 lanes on a wide scan): a shorter lag is the period
		// only when the one found is a whole multiple of it, as texture rarely divides the lane period
		for (int l = Math.max(Math.max(firstMin, n / MAX_LANES), 3); l < lag; l++) {
			double k = (double) best / l;
			if (a[l] >= a[l - 1] && a[l] >= a[l + 1] && a[l] >= 0.5 * a[best] && Math.round(k) >= 2 &&
				Math.abs(k - Math.round(k)) <= 0.1)
			{
				best = l;
				break;
			}
		}
		// parabolic refinement of the maximum
		double den = a[best - 1] - 2 * a[best] + a[best + 1];
		return den < 0 ? best + 0.5 * (a[best - 1] - a[best + 1]) / den : best;
	}

	/**
	 * The autocorrelation's period refined by fitting a comb to the projection itself: the
	 * period (within 15 %) and phase whose teeth sit on the most lane signal and whose
	 * half-period points sit on the least, per unit length. The autocorrelation of edges can be
	 * pulled off by features that are not lanes (burned-in boxes, uneven band widths); a few
	 * per cent of error shifts the far lanes of a wide strip by half a lane.
	 */
	static double combPeriod(double[] p, double period) {
		double best = period, bestScore = Double.NEGATIVE_INFINITY;
		for (double per = 0.85 * period; per <= 1.15 * period; per += 0.25) {
			double sc = 0;
			for (double phi = 0; phi < per; phi += 0.5) {
				double t = 0;
				for (double x = phi; x < p.length; x += per) {
					t += interp(p, x);
					if (x + 0.5 * per < p.length) t -= interp(p, x + 0.5 * per);
				}
				sc = Math.max(sc, t * per);
			}
			if (sc > bestScore) {
				bestScore = sc;
				best = per;
			}
		}
		return best;
	}

	/**
	 * Lanes on a regular lattice (a comb makes equally spaced wells): the phase that puts lattice
	 * points on the projection's peaks and half-periods on its gaps; each point refined to the
	 * middle between its neighbouring gaps; points without signal between lanes with signal
	 * become empty lanes; strong peaks far from the lattice (a ladder loaded apart) are added.
	 * Returns {x, gapFill} sorted by x, or null when the lattice explains the data badly.
	 */
	private static List<double[]> lattice(double[] p, double period, int wanted, double noise, List<Cand> cand,
		double maxProm)
	{
		int n = p.length;
		double bestPhi = 0, bestScore = Double.NEGATIVE_INFINITY;
		for (double phi = 0; phi < period; phi += 0.25) {
			double sc = 0;
			for (double x = phi; x < n; x += period) {
				sc += interp(p, x);
				if (x + 0.5 * period < n) sc -= interp(p, x + 0.5 * period);
			}
			if (sc > bestScore) {
				bestScore = sc;
				bestPhi = phi;
			}
		}
		List<double[]> pts = new ArrayList<>(); // {x, presence}
		double maxPresence = 0;
		for (double x = bestPhi; x < n; x += period) {
			double peak = max(p, x - 0.25 * period, x + 0.25 * period);
			double gap = Math.min(min(p, x - 0.75 * period, x - 0.25 * period), min(p, x + 0.25 * period, x + 0.75 * period));
			if (Double.isInfinite(gap)) gap = 0;
			double presence = peak - gap;
			double left = lowMiddle(p, x - 0.75 * period, x - 0.25 * period, gap, presence);
			double right = lowMiddle(p, x + 0.25 * period, x + 0.75 * period, gap, presence);
			double c = x;
			if (!Double.isNaN(left) && !Double.isNaN(right)) c = Math.max(x - 0.25 * period, Math.min(x + 0.25 * period,
				0.5 * (left + right)));
			pts.add(new double[] { c, presence });
			maxPresence = Math.max(maxPresence, presence);
		}
		if (pts.size() < 2) return null;
		List<double[]> out = new ArrayList<>();
		// a ladder lane can outweigh single faint sample bands many times: keep the relative bar low;
		// with narrow lanes the noise estimate is the lanes' flanks (FINE_PERIOD): the relative bar only
		double floor = Math.max(period < FINE_PERIOD ? 0 : 8 * noise, 0.03 * maxPresence);
		// a lane with signal also shows a peak of its own near the lattice point; between the
		// outer lanes that peak may be weaker (a broad, uneven band shows as a shoulder), since
		// only the lane's kind depends on it there, not the count
		double[] presence = new double[pts.size()];
		for (int k = 0; k < pts.size(); k++) {
			presence[k] = pts.get(k)[1];
			if (!ownPeak(cand, pts.get(k)[0], period, floor)) pts.get(k)[1] = 0;
		}
		int first = -1, last = -1;
		for (int k = 0; k < pts.size(); k++)
			if (pts.get(k)[1] >= floor) {
				if (first < 0) first = k;
				last = k;
			}
		if (first < 0) return null;
		// without the noise bar (narrow lanes) a bump on the membrane beside the blot passes the
		// relative bar as an outer lane (HARD film: 5 % of the strongest lane, 2.95 noise SD, one
		// lattice point out in the margin); the outermost lanes must still clear a lower noise bar,
		// which the flanks' inflated estimate leaves real outer lanes above (ManyLanesTest)
		if (period < FINE_PERIOD) {
			while (first < last && presence[first] < FINE_END_SD * noise && !ownPeak(cand, pts.get(first)[0], period,
				0.2 * maxProm))
				do first++; while (first < last && pts.get(first)[1] < floor);
			while (last > first && presence[last] < FINE_END_SD * noise && !ownPeak(cand, pts.get(last)[0], period,
				0.2 * maxProm))
				do last--; while (last > first && pts.get(last)[1] < floor);
		}
		boolean[] lane = new boolean[pts.size()];
		for (int k = first; k <= last; k++)
			lane[k] = pts.get(k)[1] >= floor || presence[k] >= floor && ownPeak(cand, pts.get(k)[0], period, 0.5 * floor);
		// an outer lane set apart by an empty lattice point must stand out as a ladder loaded
		// apart does: a faint smear on the membrane beside the blot is not a lane
		for (boolean trimmed = true; trimmed && first < last;) {
			trimmed = false;
			if (!lane[first + 1] && !ownPeak(cand, pts.get(first)[0], period, 0.2 * maxProm)) {
				do first++; while (first < last && !lane[first]);
				trimmed = true;
			}
			if (first < last && !lane[last - 1] && !ownPeak(cand, pts.get(last)[0], period, 0.2 * maxProm)) {
				do last--; while (last > first && !lane[last]);
				trimmed = true;
			}
		}
		for (int k = first; k <= last; k++) out.add(new double[] { pts.get(k)[0], lane[k] ? 0 : 1 });
		// a strong peak far from every lattice lane is a lane of its own (e.g. a ladder set apart);
		// its maximum must be far too, not only the middle of a run that spans two lanes, and it
		// must be about as wide as the lattice lanes: a narrow peak is a spot, a piece of a band
		// cut off by an annotation, or a membrane edge
		double laneWidth = latticeWidth(p, out, period);
		for (Cand c : cand) {
			if (c.prom < 0.2 * maxProm || c.r - c.l < 0.5 * laneWidth) continue;
			boolean far = true;
			for (double[] o : out)
				if (Math.abs(o[0] - c.centre()) < 0.45 * period || Math.abs(o[0] - c.peak) < 0.45 * period) far = false;
			if (far) out.add(new double[] { c.centre(), 0 });
		}
		Collections.sort(out, (a, b) -> Double.compare(a[0], b[0]));
		if (wanted > 0) {
			// a count the user gave: drop gap lanes first, then the lanes with the least signal
			while (out.size() > wanted) {
				double[] drop = null;
				for (double[] o : out) if (o[1] > 0 && (drop == null)) drop = o;
				if (drop == null) {
					double weakest = Double.POSITIVE_INFINITY;
					for (double[] o : out) {
						double pr = interp(p, o[0]) - Math.min(min(p, o[0] - 0.75 * period, o[0] - 0.25 * period),
							min(p, o[0] + 0.25 * period, o[0] + 0.75 * period));
						if (pr < weakest) {
							weakest = pr;
							drop = o;
						}
					}
				}
				out.remove(drop);
			}
		}
		return out;
	}

	/**
	 * A peak near x, or one inside the lane's cell whose half-height run covers x: a band whose
	 * darkest part sits at one end of a wide band (uneven loading, a smear) is still the lane's.
	 */
	private static boolean ownPeak(List<Cand> cand, double x, double period, double floor) {
		for (Cand c : cand) {
			if (c.prom < floor) continue;
			double d = Math.abs(c.peak - x);
			if (d < 0.35 * period || d < 0.5 * period && c.l <= x && x <= c.r) return true;
		}
		return false;
	}

	/** The median full width at half height of the lattice lanes with signal. */
	private static double latticeWidth(double[] p, List<double[]> lanes, double period) {
		List<Double> w = new ArrayList<>();
		for (double[] l : lanes) {
			if (l[1] > 0) continue;
			double x = l[0];
			double peak = max(p, x - 0.25 * period, x + 0.25 * period);
			double gap = Math.min(min(p, x - 0.75 * period, x - 0.25 * period), min(p, x + 0.25 * period, x + 0.75 * period));
			if (Double.isInfinite(gap)) gap = 0;
			double half = gap + 0.5 * (peak - gap);
			int c = (int) Math.max(0, Math.min(p.length - 1, Math.round(x)));
			int a = c, b = c;
			while (a > 0 && a > x - 0.5 * period && p[a - 1] > half) a--;
			while (b < p.length - 1 && b < x + 0.5 * period && p[b + 1] > half) b++;
			w.add((double) (b - a + 1));
		}
		if (w.isEmpty()) return 0.5 * period;
		Collections.sort(w);
		return w.get(w.size() / 2);
	}

	/** Middle of the run of low values (within 20 % of the presence above the gap level) in [a, b]. */
	private static double lowMiddle(double[] p, double a, double b, double gap, double presence) {
		int lo = (int) Math.max(0, Math.ceil(a)), hi = (int) Math.min(p.length - 1, Math.floor(b));
		if (hi < lo) return Double.NaN;
		double cut = gap + 0.2 * presence;
		int first = -1, last = -1;
		for (int i = lo; i <= hi; i++)
			if (p[i] <= cut) {
				if (first < 0) first = i;
				last = i;
			}
		return first < 0 ? Double.NaN : 0.5 * (first + last);
	}

	private static double interp(double[] p, double x) {
		if (x <= 0) return p[0];
		if (x >= p.length - 1) return p[p.length - 1];
		int i = (int) x;
		double f = x - i;
		return p[i] * (1 - f) + p[i + 1] * f;
	}

	private static double max(double[] p, double a, double b) {
		int lo = (int) Math.max(0, Math.ceil(a)), hi = (int) Math.min(p.length - 1, Math.floor(b));
		double m = Double.NEGATIVE_INFINITY;
		for (int i = lo; i <= hi; i++) m = Math.max(m, p[i]);
		return hi < lo ? interp(p, 0.5 * (a + b)) : m;
	}

	private static double min(double[] p, double a, double b) {
		int lo = (int) Math.max(0, Math.ceil(a)), hi = (int) Math.min(p.length - 1, Math.floor(b));
		double m = Double.POSITIVE_INFINITY;
		for (int i = lo; i <= hi; i++) m = Math.min(m, p[i]);
		return m;
	}

	/** A peak of the projection with the extent of its half-height run. */
	private static final class Cand {
		int peak;
		double value, prom, l, r;

		Cand(double[] p, int i, double prom) {
			peak = i;
			value = p[i];
			this.prom = prom;
			double half = p[i] - 0.5 * prom;
			int a = i, b = i;
			while (a > 0 && p[a - 1] > half) a--;
			while (b < p.length - 1 && p[b + 1] > half) b++;
			// interpolate the crossings for sub-pixel centres
			l = a > 0 ? a - (p[a] - half) / (p[a] - p[a - 1]) : a;
			r = b < p.length - 1 ? b + (p[b] - half) / (p[b] - p[b + 1]) : b;
		}

		double centre() {
			return 0.5 * (l + r);
		}

		Cand merge(Cand o) {
			Cand hi = o.value > value ? o : this;
			hi.l = Math.min(l, o.l);
			hi.r = Math.max(r, o.r);
			hi.prom = Math.max(prom, o.prom);
			return hi;
		}
	}

	private static int closest(List<Cand> c) {
		int k = 0;
		for (int i = 1; i + 1 < c.size(); i++)
			if (c.get(i + 1).centre() - c.get(i).centre() < c.get(k + 1).centre() - c.get(k).centre()) k = i;
		return k;
	}

	private static void mergeClosest(List<Cand> c) {
		int k = closest(c);
		c.set(k, c.get(k).merge(c.get(k + 1)));
		c.remove(k + 1);
	}

	/** Median spacing of the (x-sorted) candidates' centres. */
	private static double pitch(List<Cand> c) {
		double[] d = new double[c.size() - 1];
		for (int i = 1; i < c.size(); i++) d[i - 1] = c.get(i).centre() - c.get(i - 1).centre();
		return Peaks.median(d);
	}

	/**
	 * The lane centre for every full-resolution row: the deskew line through x0, corrected by a
	 * weighted fit to the signal centroids of horizontal segments (smile and splay bend lanes).
	 */
	private static double[] follow(Small s, double x0, double slope, double yc, double pitch, boolean empty,
		boolean darkEdged, int height)
	{
		int seg = Math.max(6, s.h / 16);
		int nSeg = (s.h + seg - 1) / seg;
		double[] sy = new double[nSeg], sx = new double[nSeg], sw = new double[nSeg];
		double half = 0.5 * pitch;
		double maxW = 0;
		for (int g = 0; g < nSeg && !empty; g++) {
			int y0 = g * seg, y1 = Math.min(s.h, y0 + seg);
			double ym = (y0 + y1 - 1) / 2.0;
			double base = x0 + slope * (ym - yc);
			int lo = (int) Math.max(0, Math.floor(base - half)), hi = (int) Math.min(s.w - 1, Math.ceil(base + half));
			if (hi <= lo) continue;
			double[] col = new double[hi - lo + 1];
			for (int y = y0; y < y1; y++) {
				double shift = slope * (y - ym);
				// away from a half-way tie, rounding x + shift is x + rounding shift: one offset per row
				if (Math.abs(shift - Math.floor(shift) - 0.5) > 1e-9) {
					int d = (int) Math.round(shift), a = Math.max(lo, -d), b = Math.min(hi, s.w - 1 - d);
					for (int x = a, i = y * s.w + a + d; x <= b; x++, i++) col[x - lo] += s.tophat[i];
				}
				else for (int x = lo; x <= hi; x++) {
					int xs = (int) Math.round(x + shift);
					if (xs >= 0 && xs < s.w) col[x - lo] += s.tophat[y * s.w + xs];
				}
			}
			double mn = Double.POSITIVE_INFINITY, mx = Double.NEGATIVE_INFINITY;
			for (double v : col) {
				mn = Math.min(mn, v);
				mx = Math.max(mx, v);
			}
			// middle of the run above half height around the maximum: the lane's extent, not the
			// mass centre of a spot inside it; neighbours' tails and the noise floor drop out
			double cut = mn + 0.5 * (mx - mn);
			int im = 0;
			for (int i = 1; i < col.length; i++) if (col[i] > col[im]) im = i;
			int ra = im, rb = im;
			while (ra > 0 && col[ra - 1] > cut) ra--;
			while (rb < col.length - 1 && col[rb + 1] > cut) rb++;
			// a dark-edged lane's maximum is one of its edges: span both (the window holds one lane)
			if (darkEdged && mx > mn) {
				int first = 0, last = col.length - 1;
				while (col[first] <= cut) first++;
				while (col[last] <= cut) last--;
				ra = Math.min(ra, first);
				rb = Math.max(rb, last);
			}
			double m0 = mx - mn, m1 = m0 * (lo + 0.5 * (ra + rb));
			double energy = 0;
			for (double v : col) energy += v - mn;
			if (m0 <= 0) continue;
			sy[g] = ym;
			sx[g] = m1 / m0 - slope * (ym - yc); // where the deskew line through it crosses yc
			sw[g] = energy;
			maxW = Math.max(maxW, energy);
		}
		// keep segments carrying real signal; the residual from the line is fitted as a polynomial
		List<double[]> pts = new ArrayList<>();
		for (int g = 0; g < nSeg; g++) if (sw[g] > 0.15 * maxW && maxW > 0) pts.add(new double[] { sy[g], sx[g] - x0, sw[g] });
		double[] coef = fitPath(pts, s.h, pitch, 3);
		// a segment whose half-height run was cut by a noise dip (or held a speck) sits a quarter
		// lane off: such segments are dropped and the path refitted, so that the path does not
		// depend on their errors cancelling; with no more terms than all segments allowed (on a
		// short crop the rest may follow a band's own curve, not the lane)
		for (int it = 0; it < 3 && pts.size() >= MIN_SEGMENTS_TO_REFIT; it++) {
			double[] res = new double[pts.size()];
			for (int i = 0; i < res.length; i++) {
				double[] p = pts.get(i);
				res[i] = Math.abs(p[1] - (coef[0] + coef[1] * p[0] + coef[2] * p[0] * p[0]));
			}
			// a robust SD of the segments about the path, at least half a full-resolution pixel
			double scale = Math.max(0.5 / s.factor, 1.4826 * Peaks.median(res.clone()));
			List<double[]> kept = new ArrayList<>();
			for (int i = 0; i < res.length; i++) if (res[i] <= FOLLOW_OUTLIER_SD * scale) kept.add(pts.get(i));
			if (kept.size() == pts.size() || kept.size() < 3) break;
			pts = kept;
			coef = fitPath(pts, s.h, pitch, (int) coef[3]);
		}
		// the lattice already put the lane between its gaps: signal off-centre inside a lane
		// (a spot, uneven loading) may shift it only a little
		double limit = 0.15 * pitch;
		double mid = coef[0] + coef[1] * 0.5 * s.h + coef[2] * 0.25 * s.h * s.h;
		coef[0] += Math.max(-limit, Math.min(limit, mid)) - mid;
		double yMin = s.h, yMax = 0;
		for (double[] p : pts) {
			yMin = Math.min(yMin, p[0]);
			yMax = Math.max(yMax, p[0]);
		}
		double[] path = new double[height];
		for (int yf = 0; yf < height; yf++) {
			double ys = (yf + 0.5) / s.factor - 0.5;
			// beyond the rows with signal, continue along the tangent instead of a growing parabola
			double r = eval(coef, ys, yMin, yMax);
			double xs = x0 + slope * (ys - yc) + r;
			path[yf] = s.toFull(xs);
		}
		return path;
	}

	/**
	 * A lane bends by a fraction of the pitch at most: a wilder fit is noise, so fewer terms are
	 * used (at most {@code maxTerms}). Returns {a, b, c, terms used}.
	 */
	private static double[] fitPath(List<double[]> pts, int h, double pitch, int maxTerms) {
		double[] coef = null;
		int terms = maxTerms;
		for (; terms >= 1; terms--) {
			coef = fitResidual(pts, h, terms);
			if (terms == 1 || deviation(coef, pts, h) <= 0.15 * pitch) break;
		}
		return new double[] { coef[0], coef[1], coef[2], Math.max(1, terms) };
	}

	/** Largest distance of the fitted path (with tangent extrapolation) from its value mid-way. */
	private static double deviation(double[] c, List<double[]> pts, int h) {
		double yMin = h, yMax = 0;
		for (double[] p : pts) {
			yMin = Math.min(yMin, p[0]);
			yMax = Math.max(yMax, p[0]);
		}
		double mid = eval(c, 0.5 * h, yMin, yMax), dev = 0;
		for (int y = 0; y < h; y++) dev = Math.max(dev, Math.abs(eval(c, y, yMin, yMax) - mid));
		return dev;
	}

	/** The polynomial inside [yMin, yMax], continued along its tangent outside. */
	private static double eval(double[] c, double y, double yMin, double yMax) {
		double yc = Math.max(yMin, Math.min(yMax, y));
		double r = c[0] + c[1] * yc + c[2] * yc * yc;
		return r + (c[1] + 2 * c[2] * yc) * (y - yc);
	}

	/** Weighted least squares a + b y + c y^2 on (y, residual, weight); fewer terms with less support. */
	private static double[] fitResidual(List<double[]> pts, int h, int maxTerms) {
		double[] coef = new double[3];
		if (pts.isEmpty()) return coef;
		double yMin = Double.POSITIVE_INFINITY, yMax = Double.NEGATIVE_INFINITY;
		for (double[] p : pts) {
			yMin = Math.min(yMin, p[0]);
			yMax = Math.max(yMax, p[0]);
		}
		double spread = yMax - yMin;
		int terms = pts.size() >= 4 && spread > h / 3.0 ? 3 : pts.size() >= 2 && spread > h / 6.0 ? 2 : 1;
		terms = Math.min(terms, maxTerms);
		double[][] a = new double[terms][terms];
		double[] b = new double[terms];
		for (double[] p : pts) {
			double[] f = { 1, p[0], p[0] * p[0] };
			for (int i = 0; i < terms; i++) {
				b[i] += p[2] * f[i] * p[1];
				for (int j = 0; j < terms; j++) a[i][j] += p[2] * f[i] * f[j];
			}
		}
		double[] sol = solve(a, b);
		if (sol == null) return coef;
		System.arraycopy(sol, 0, coef, 0, terms);
		return coef;
	}

	static double[] solve(double[][] a, double[] b) {
		int n = b.length;
		for (int c = 0; c < n; c++) {
			int piv = c;
			for (int r = c + 1; r < n; r++) if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) piv = r;
			if (Math.abs(a[piv][c]) < 1e-12) return null;
			double[] t = a[c]; a[c] = a[piv]; a[piv] = t;
			double tb = b[c]; b[c] = b[piv]; b[piv] = tb;
			for (int r = c + 1; r < n; r++) {
				double f = a[r][c] / a[c][c];
				for (int k = c; k < n; k++) a[r][k] -= f * a[c][k];
				b[r] -= f * b[c];
			}
		}
		double[] x = new double[n];
		for (int r = n - 1; r >= 0; r--) {
			double s = b[r];
			for (int k = r + 1; k < n; k++) s -= a[r][k] * x[k];
			x[r] = s / a[r][r];
		}
		return x;
	}
}
