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

	LaneFinder(Small s, int height, int wanted) {
		double slope = deskew(s);
		tiltDeg = Math.toDegrees(Math.atan(slope));
		double[] proj = Peaks.smooth(project(s, slope), 1.0);
		double yc = (s.h - 1) / 2.0;

		List<double[]> cand = new ArrayList<>(); // {x, prominence}
		for (int i : Peaks.maxima(proj)) cand.add(new double[] { i, Peaks.prominence(proj, i) });
		if (cand.isEmpty()) return;
		double maxProm = 0;
		for (double[] c : cand) maxProm = Math.max(maxProm, c[1]);
		double noise = Peaks.noise(proj, 0, proj.length);

		List<double[]> chosen;
		if (wanted > 0) {
			double minSep = 0.5 * s.w / (wanted + 1.0);
			chosen = strongestApart(cand, wanted, minSep);
		}
		else {
			List<double[]> strong = new ArrayList<>();
			for (double[] c : cand) if (c[1] >= Math.max(6 * noise, 0.05 * maxProm)) strong.add(c);
			chosen = strong;
			// merge peaks closer than about half the lane pitch (one lane with a dip in its middle)
			for (int it = 0; it < 3 && chosen.size() > 1; it++) {
				double pitch = pitch(chosen);
				chosen = strongestApart(chosen, Integer.MAX_VALUE, 0.55 * pitch);
			}
		}
		// a lane's flat top puts its maximum anywhere on the plateau: use the middle at half height
		List<Double> fw = new ArrayList<>();
		for (double[] c : chosen) {
			fw.add(fwhm(proj, (int) c[0]));
			c[0] = halfHeightMiddle(proj, (int) c[0]);
		}
		Collections.sort(chosen, (a, b) -> Double.compare(a[0], b[0]));
		double pitch = chosen.size() > 1 ? pitch(chosen) : s.w;

		// widths from the projection: full width at half prominence, the same for every lane (median)
		Collections.sort(fw);
		double fwhm = fw.isEmpty() ? pitch / 2 : fw.get(fw.size() / 2);

		List<double[]> withGaps = new ArrayList<>(); // {x, gapFill?1:0}
		for (int i = 0; i < chosen.size(); i++) {
			if (i > 0 && (wanted == 0 || chosen.size() < wanted)) {
				double d = chosen.get(i)[0] - chosen.get(i - 1)[0];
				int k = (int) Math.round(d / pitch);
				if (k >= 2 && Math.abs(d / pitch - k) <= 0.25)
					for (int j = 1; j < k; j++) withGaps.add(new double[] { chosen.get(i - 1)[0] + d * j / k, 1 });
			}
			withGaps.add(new double[] { chosen.get(i)[0], 0 });
		}
		Collections.sort(withGaps, (a, b) -> Double.compare(a[0], b[0]));

		double halfSmall = Math.min(0.5 * pitch - 0.5 / s.factor, 0.5 * fwhm + 0.25 * fwhm + 2.0 / s.factor);
		if (chosen.size() == 1) halfSmall = 0.5 * fwhm + 0.25 * fwhm + 2.0 / s.factor;
		double halfFull = Math.max(1, halfSmall * s.factor);
		for (double[] c : withGaps) {
			double[] path = follow(s, c[0], slope, yc, pitch, c[1] > 0, height);
			lanes.add(new Found(new LanePath(path, halfFull), c[1] > 0));
		}
	}

	/** The shear (dx per row) whose column projection has the largest sum of squares. */
	private static double deskew(Small s) {
		double best = 0, bestScore = -1;
		double step = 0.5;
		for (double deg = -6; deg <= 6.0001; deg += step) {
			double score = sharpness(project(s, Math.tan(Math.toRadians(deg))));
			if (score > bestScore) {
				bestScore = score;
				best = deg;
			}
		}
		double center = best;
		for (double deg = center - 0.4; deg <= center + 0.4001; deg += 0.1) {
			double score = sharpness(project(s, Math.tan(Math.toRadians(deg))));
			if (score > bestScore) {
				bestScore = score;
				best = deg;
			}
		}
		return Math.tan(Math.toRadians(best));
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
			int row = y * s.w;
			for (int x = 0; x < s.w; x++) {
				float v = s.tophat[row + x];
				if (v == 0) continue;
				int t = x + base;
				if (t >= 0 && t < s.w) p[t] += v * (1 - frac);
				if (t + 1 >= 0 && t + 1 < s.w) p[t + 1] += v * frac;
			}
		}
		return p;
	}

	private static List<double[]> strongestApart(List<double[]> cand, int n, double minSep) {
		List<double[]> sorted = new ArrayList<>(cand);
		Collections.sort(sorted, (a, b) -> Double.compare(b[1], a[1]));
		List<double[]> out = new ArrayList<>();
		for (double[] c : sorted) {
			if (out.size() >= n) break;
			boolean ok = true;
			for (double[] o : out) if (Math.abs(o[0] - c[0]) < minSep) ok = false;
			if (ok) out.add(c);
		}
		return out;
	}

	/** Median spacing of sorted-by-x positions. */
	private static double pitch(List<double[]> c) {
		List<double[]> s = new ArrayList<>(c);
		Collections.sort(s, (a, b) -> Double.compare(a[0], b[0]));
		double[] d = new double[s.size() - 1];
		for (int i = 1; i < s.size(); i++) d[i - 1] = s.get(i)[0] - s.get(i - 1)[0];
		return Peaks.median(d);
	}

	private static double halfHeightMiddle(double[] p, int i) {
		double half = p[i] - 0.5 * Peaks.prominence(p, i);
		int l = i, r = i;
		while (l > 0 && p[l - 1] > half) l--;
		while (r < p.length - 1 && p[r + 1] > half) r++;
		// interpolate the crossings for sub-pixel centres
		double lx = l > 0 ? l - (p[l] - half) / (p[l] - p[l - 1]) : l;
		double rx = r < p.length - 1 ? r + (p[r] - half) / (p[r] - p[r + 1]) : r;
		return 0.5 * (lx + rx);
	}

	private static double fwhm(double[] p, int i) {
		double half = p[i] - 0.5 * Peaks.prominence(p, i);
		double l = i, r = i;
		while (l > 0 && p[(int) l - 1] > half) l--;
		while (r < p.length - 1 && p[(int) r + 1] > half) r++;
		return r - l + 1;
	}

	/**
	 * The lane centre for every full-resolution row: the deskew line through x0, corrected by a
	 * weighted fit to the signal centroids of horizontal segments (smile and splay bend lanes).
	 */
	private static double[] follow(Small s, double x0, double slope, double yc, double pitch, boolean empty,
		int height)
	{
		int seg = Math.max(3, s.h / 16);
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
				for (int x = lo; x <= hi; x++) {
					int xs = (int) Math.round(x + shift);
					if (xs >= 0 && xs < s.w) col[x - lo] += s.tophat[y * s.w + xs];
				}
			}
			double mn = Double.POSITIVE_INFINITY, mx = Double.NEGATIVE_INFINITY;
			for (double v : col) {
				mn = Math.min(mn, v);
				mx = Math.max(mx, v);
			}
			// centroid of the part above half height: neighbours' tails and the noise floor drop out
			double cut = mn + 0.5 * (mx - mn), m0 = 0, m1 = 0;
			for (int x = lo; x <= hi; x++) {
				double v = col[x - lo] - cut;
				if (v <= 0) continue;
				m0 += v;
				m1 += v * x;
			}
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
		double[] coef = fitResidual(pts, s.h);
		double yMin = s.h, yMax = 0;
		for (double[] p : pts) {
			yMin = Math.min(yMin, p[0]);
			yMax = Math.max(yMax, p[0]);
		}
		double[] path = new double[height];
		for (int yf = 0; yf < height; yf++) {
			double ys = (yf + 0.5) / s.factor - 0.5;
			// beyond the rows with signal, continue along the tangent instead of a growing parabola
			double yc2 = Math.max(yMin, Math.min(yMax, ys));
			double r = coef[0] + coef[1] * yc2 + coef[2] * yc2 * yc2;
			double dr = coef[1] + 2 * coef[2] * yc2;
			r += dr * (ys - yc2);
			double xs = x0 + slope * (ys - yc) + r;
			path[yf] = s.toFull(xs);
		}
		return path;
	}

	/** Weighted least squares a + b y + c y^2 on (y, residual, weight); fewer terms with less support. */
	private static double[] fitResidual(List<double[]> pts, int h) {
		double[] coef = new double[3];
		if (pts.isEmpty()) return coef;
		double yMin = Double.POSITIVE_INFINITY, yMax = Double.NEGATIVE_INFINITY;
		for (double[] p : pts) {
			yMin = Math.min(yMin, p[0]);
			yMax = Math.max(yMax, p[0]);
		}
		double spread = yMax - yMin;
		int terms = pts.size() >= 4 && spread > h / 3.0 ? 3 : pts.size() >= 2 && spread > h / 6.0 ? 2 : 1;
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

	private static double[] solve(double[][] a, double[] b) {
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
