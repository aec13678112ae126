package org.blotfig.norm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.blotfig.core.ProgressListener;
import org.blotfig.gel.Band;
import org.blotfig.gel.GelAnalyzer;
import org.blotfig.gel.GelResult;
import org.blotfig.gel.Lane;
import org.blotfig.synth.Polarity;
import org.blotfig.synth.Preset;
import org.blotfig.synth.SyntheticBlot;
import org.blotfig.synth.Truth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The valley baseline under the faint H-RAS bands of HARD blot sets, band by band, against the
 * generator's separate background, band, dust and noise. blotfig's background over a band's box
 * is a least-squares curve (a line, or a parabola when its curvature is clear) through a window
 * of rows before and after the band, so for a given choice of curve and windows it is linear in
 * the profile: its error splits exactly into the same fit applied to each part of the windows,
 * <ul>
 * <li><em>shape</em>: the curve through the true background in the windows minus the true
 * background under the box (blotches the curve cannot follow),</li>
 * <li><em>tails</em>: the band's own tails in the windows,</li>
 * <li><em>noise</em>: noise and 8-bit quantisation in the windows,</li>
 * <li><em>dust left</em>: the rest (specks in the windows after speck handling).</li>
 * </ul>
 * The curve blotfig chose is the one whose fit of background + band + noise comes nearest its
 * estimate (the dust left is small beside the difference between a line and a parabola).
 * <p>
 * What it shows (seeds 11-14; BENCHMARKS.md "Blot sets: fold change"): the faint co-culture bands
 * have no systematic background bias. Their errors are spread (shape and window noise, a few per
 * cent of a faint band each) around a mean within a per cent of zero; the band tails and the
 * dust left are small. HARD seed 12's co-culture H-RAS bands come out low on membranes 1-3
 * because on each of those images a blotch bends the background under them in a way the curve
 * through the windows cannot follow (M1: a light blotch, raw +9.8 grey levels, sigma 45 px,
 * centred on lane 6 at the H-RAS row; M3: two, +11.3 and +9.2, on lanes 8-9 at that row; M2: a
 * dark one 50 px above the row), which puts their background too high. That is the draw of
 * blotches, not a property of faint bands.
 */
class FaintBandBackgroundTest {

	@TempDir
	Path dir;

	/** The seeds of BENCHMARKS.md's figures; -Dfaintbg.seeds=... checks others (the seed-12 check needs 12 among them). */
	static final long[] SEEDS = java.util.Arrays.stream(System.getProperty("faintbg.seeds", "11,12,13,14").split(","))
		.mapToLong(Long::parseLong).toArray();

	static final String[] PARTS = { "shape", "tails", "noise", "dust left" };

	/** One band: its membrane image, lane, true volume, the parts of its background error (signal x px). */
	static final class Case {
		String image;
		long seed;
		int lane;
		double volume, error;
		final double[] part = new double[PARTS.length];
	}

	@Test
	void faintBandsHaveNoSystematicBackgroundBias() throws IOException {
		List<Case> cases = new ArrayList<>();
		for (long seed : SEEDS) {
			SyntheticBlotSets gen = new SyntheticBlotSets(dir.resolve("s" + seed), Preset.HARD, seed);
			for (Map.Entry<String, SyntheticBlot> en : gen.blots.entrySet()) {
				if (en.getKey().contains("_p53") || en.getKey().contains("_actin") || en.getKey().contains("_stain")) continue;
				GelResult r = new GelAnalyzer().analyze(GelBlotSetTest.image(en.getValue()), BlotSetPipeline.defaultGelParams(),
					ProgressListener.NONE);
				for (Case c : decompose(en.getValue(), r, "H-RAS")) {
					c.image = en.getKey();
					c.seed = seed;
					cases.add(c);
				}
			}
		}
		// every H-RAS band of 4 membranes x 8 sample lanes found near its place
		assertEquals(SEEDS.length * 4 * 8, cases.size());
		Map<String, double[]> by = new LinkedHashMap<>();
		for (Case c : cases) {
			// the parts add up to blotfig's background error
			double sum = 0;
			for (double p : c.part) sum += p;
			assertEquals(c.error, sum, 1e-6 * c.volume);
			String group = c.lane >= 6 ? "co-culture (0.27 of control)" : "control";
			double[] a = by.computeIfAbsent(group, k -> new double[2 * (PARTS.length + 1) + 1]);
			for (int k = 0; k <= PARTS.length; k++) {
				double rel = (k == 0 ? c.error : c.part[k - 1]) / c.volume;
				a[2 * k] += rel;
				a[2 * k + 1] += rel * rel;
			}
			a[a.length - 1]++;
		}
		for (Map.Entry<String, double[]> en : by.entrySet()) {
			double[] a = en.getValue();
			double n = a[a.length - 1];
			StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "HARD seeds %s, H-RAS %s, %d bands: background " +
				"over-estimate / true volume, mean +- SD: total %+.2f +- %.2f %%", java.util.Arrays.toString(SEEDS), en.getKey(), (int) n, 100 * a[0] / n,
				100 * sd(a[0], a[1], n)));
			for (int k = 0; k < PARTS.length; k++) s.append(String.format(Locale.ROOT, ", %s %+.2f +- %.2f %%", PARTS[k],
				100 * a[2 * k + 2] / n, 100 * sd(a[2 * k + 2], a[2 * k + 3], n)));
			System.out.println(s);
		}
		double[] faint = by.get("co-culture (0.27 of control)");
		double n = faint[faint.length - 1];
		// no bias: the mean background error of the faint bands and its shape part are within a per cent of zero ...
		assertTrue(Math.abs(faint[0] / n) < 0.01, "mean background over-estimate " + faint[0] / n);
		assertTrue(Math.abs(faint[2] / n) < 0.01, "mean shape part " + faint[2] / n);
		// ... while single bands are off by per cents either way, mostly by shape and window noise, not by tails or dust
		assertTrue(sd(faint[2], faint[3], n) > 0.02, "SD of the shape part " + sd(faint[2], faint[3], n));
		assertTrue(Math.abs(faint[4] / n) < 0.005 && sd(faint[4], faint[5], n) < 0.005, "band tails in the windows");
		// seed 12: the co-culture bands of membranes 1-3 sit on or beside a light blotch, and the curve through the
		// windows puts their background too high on each membrane (the 3-5.5 % low group means of GroupFoldChangeTest)
		boolean has12 = false;
		for (long seed : SEEDS) has12 |= seed == 12;
		if (has12) for (String image : new String[] { "M1.tif", "M2.tif", "M3_hras.tif" }) {
			double shape = 0, noise = 0, total = 0, vol = 0;
			for (Case c : cases)
				if (c.seed == 12 && c.image.equals(image) && c.lane >= 6) {
					shape += c.part[0];
					noise += c.part[2];
					total += c.error;
					vol += c.volume;
				}
			System.out.printf(Locale.ROOT, "HARD seed 12 %s co-culture H-RAS: background over-estimate %+.2f %% of their volume " +
				"(shape %+.2f %%, noise %+.2f %%)%n", image, 100 * total / vol, 100 * shape / vol, 100 * noise / vol);
			assertTrue(shape / vol > 0.005, image + " shape part " + shape / vol);
		}
	}

	private static double sd(double s, double ss, double n) {
		return Math.sqrt(Math.max(0, (ss - s * s / n) / (n - 1)));
	}

	/** Every sample band of the named protein on one blot, its background error split into its parts. */
	static List<Case> decompose(SyntheticBlot blot, GelResult r, String protein) {
		Truth t = blot.truth();
		int W = t.width, H = t.height;
		boolean dark = blot.polarity() == Polarity.DARK_BANDS;
		double ref = blot.bitDepth() == 8 ? 255 : 65535;
		float[] pix = blot.pixelsAsFloat(), bg = blot.backgroundImage(), dust = blot.dustImage(), bands = blot.bandImage();
		List<Case> out = new ArrayList<>();
		for (Truth.Band tb : t.bands) {
			if (!"SAMPLE".equals(tb.kind) || !protein.equals(tb.name)) continue;
			Lane lane = null;
			for (Lane l : r.lanes) if (l.index == tb.lane + 1) lane = l;
			if (lane == null) continue;
			List<Band> lb = new ArrayList<>(r.bandsOfLane(tb.lane + 1));
			lb.sort(Comparator.comparingInt(b -> b.top));
			int bi = -1;
			for (int i = 0; i < lb.size(); i++) if (bi < 0 || Math.abs(lb.get(i).y - tb.y) < Math.abs(lb.get(bi).y - tb.y)) bi = i;
			if (bi < 0 || Math.abs(lb.get(bi).y - tb.y) > 3 * tb.sigmaY + 3) continue;
			int oy = lane.originY, ox = lane.originX, h = lane.path.height();
			// per lane row, summed over blotfig's box: true background, band, noise (dust apart), and the pixel count
			double[][] part = new double[3][h];
			int[] count = new int[h];
			for (int ry = Math.max(0, lane.path.top()); ry <= Math.min(h - 1, lane.path.bottom()); ry++) {
				int y = ry + oy;
				if (y < 0 || y >= H) continue;
				int lo = Math.max(0, lane.path.left(ry) + ox), hi = Math.min(W - 1, lane.path.right(ry) + ox);
				for (int x = lo; x <= hi; x++) {
					int i = y * W + x;
					double sig = dark ? -(pix[i] - bg[i]) : pix[i] - bg[i];
					part[0][ry] += dark ? ref - bg[i] : bg[i];
					part[1][ry] += bands[i];
					part[2][ry] += sig - bands[i] - dust[i];
					count[ry]++;
				}
			}
			// the band's cluster and windows as gel.Quantifier takes them
			int k = bi, e = bi;
			while (k > 0 && lb.get(k - 1).bottom >= lb.get(k).top) k--;
			while (e + 1 < lb.size() && lb.get(e).bottom >= lb.get(e + 1).top) e++;
			int cLo = lb.get(k).top - oy, cHi = lb.get(e).bottom - 1 - oy;
			int span = Math.max(3, (int) (0.9 * (cHi - cLo + 1)));
			int prevHi = k > 0 ? lb.get(k - 1).bottom - 1 - oy : -1, nextLo = e + 1 < lb.size() ? lb.get(e + 1).top - oy : h;
			int wl = Math.max(1, Math.min(span, cLo - prevHi - 1)), wr = Math.max(1, Math.min(span, nextLo - cHi - 1));
			Band best = lb.get(bi);
			int bLo = best.top - oy, bHi = best.bottom - 1 - oy;
			double trueUnder = 0;
			for (int y = bLo; y <= bHi; y++) trueUnder += part[0][y];
			// the curve blotfig chose: the one whose estimate from background + band + noise is nearest its own
			double[] est = null;
			for (int order = 0; order <= 2; order++) {
				double[] c = new double[3];
				for (int p = 0; p < 3; p++) c[p] = boxSum(part[p], count, cLo, cHi, wl, wr, bLo, bHi, order);
				if (Double.isNaN(c[0])) continue;
				if (est == null || Math.abs(c[0] + c[1] + c[2] - best.background) < Math.abs(est[0] + est[1] + est[2] - best.background))
					est = c;
			}
			Case c = new Case();
			c.lane = tb.lane + 1;
			c.volume = tb.volume;
			c.error = best.background - trueUnder;
			c.part[0] = est[0] - trueUnder;
			c.part[1] = est[1];
			c.part[2] = est[2];
			c.part[3] = best.background - est[0] - est[1] - est[2];
			out.add(c);
		}
		return out;
	}

	/**
	 * A polynomial of the given order (0-2) fitted by weighted least squares to the per-row means of
	 * {@code sum} in the windows beside rows cLo..cHi, summed over rows bLo..bHi with the row counts;
	 * NaN if a window is empty or the fit is singular.
	 */
	static double boxSum(double[] sum, int[] count, int cLo, int cHi, int wl, int wr, int bLo, int bHi, int order) {
		int n = sum.length, k = order + 1;
		double x0 = 0.5 * (cLo + cHi);
		double[][] a = new double[k][k + 1];
		int[] rows = new int[2];
		for (int side = 0; side < 2; side++) {
			int from = side == 0 ? cLo - wl : cHi + 1, to = side == 0 ? cLo - 1 : cHi + wr;
			for (int y = Math.max(0, from); y <= Math.min(n - 1, to); y++) {
				if (count[y] <= 0) continue;
				double v = sum[y] / count[y], x = y - x0;
				double[] f = { 1, x, x * x };
				for (int i = 0; i < k; i++) {
					for (int j = 0; j < k; j++) a[i][j] += count[y] * f[i] * f[j];
					a[i][k] += count[y] * f[i] * v;
				}
				rows[side]++;
			}
		}
		if (rows[0] == 0 || rows[1] == 0) return Double.NaN;
		for (int c = 0; c < k; c++) {
			int piv = c;
			for (int r = c + 1; r < k; r++) if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) piv = r;
			double[] tmp = a[c];
			a[c] = a[piv];
			a[piv] = tmp;
			if (a[c][c] == 0) return Double.NaN;
			for (int r = 0; r < k; r++) {
				if (r == c) continue;
				double f = a[r][c] / a[c][c];
				for (int j = c; j <= k; j++) a[r][j] -= f * a[c][j];
			}
		}
		double total = 0;
		for (int y = bLo; y <= bHi; y++) {
			double x = y - x0, v = 0, p = 1;
			for (int i = 0; i < k; i++) {
				v += a[i][k] / a[i][i] * p;
				p *= x;
			}
			total += v * count[y];
		}
		return total;
	}
}
