package org.blotfig.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;

import org.blotfig.core.InputException;
import org.blotfig.core.ProgressListener;
import org.blotfig.core.Version;

/**
 * Draws a synthetic Western blot with exact ground truth from a {@link BlotSpec}. Pure and
 * deterministic: the same spec (including its seed) gives the same pixels and truth on every run
 * and platform ({@link SplittableRandom} streams, {@link StrictMath} for exp/log, a fixed order of
 * operations; see the determinism test).
 *
 * <p>Order of drawing: (1) every band is sampled at pixel centres in its own support box and
 * scaled so that its pixels sum exactly to its true volume; (2) background = offset + linear
 * gradient + Gaussian blotches; (3) dust specks; (4) noise-free image = background + sign x
 * (bands + dust); (5) signal-dependent (Poisson-like, variance = gain x value) and Gaussian read
 * noise; (6) rounding and clipping to the type's range; (7) clipped pixels are counted per band.
 *
 * <p>Random streams are split from the seed per purpose (layout, background, dust, noise), so
 * that, for example, changing the noise level leaves band volumes and dust positions unchanged.
 */
public final class BlotGenerator {

	/** Footprint threshold for saturation: fraction of a band's own peak. */
	static final double FOOTPRINT = 0.05;

	private BlotGenerator() {}

	/** Generates one blot. */
	public static SyntheticBlot generate(BlotSpec spec) {
		return generate(spec, ProgressListener.NONE);
	}

	/** Generates one blot, reporting progress. Throws {@link InputException} for an invalid spec. */
	public static SyntheticBlot generate(BlotSpec input, ProgressListener progress) {
		BlotSpec s = input.copy().validate();
		int w = s.width(), h = s.height();
		SplittableRandom root = new SplittableRandom(s.seed());
		Gauss layoutRng = new Gauss(root.split());
		Gauss bgRng = new Gauss(root.split());
		Gauss dustRng = new Gauss(root.split());
		Gauss noiseRng = new Gauss(root.split());
		Geometry geo = new Geometry(s);

		Truth truth = new Truth();
		truth.generator = "blotfig " + Version.get();
		truth.width = w;
		truth.height = h;
		truth.bitDepth = s.bitDepth();
		truth.polarity = s.polarity().label();
		truth.clipValue = s.polarity() == Polarity.LIGHT_BANDS ? s.maxValue() : 0;
		truth.params = s;

		// (1) lanes and bands
		float[] bandImage = new float[w * h];
		List<RenderedBand> rendered = new ArrayList<>();
		double[] xy = new double[2];
		for (int lane = 0; lane < s.lanes(); lane++) {
			double loading = s.loading(lane) * layoutRng.lognormalFactor(s.loadingCv());
			Truth.Lane tl = new Truth.Lane();
			tl.index = lane;
			tl.kind = s.laneKind(lane).name();
			tl.loading = loading;
			tl.width = s.laneWidth();
			int n = 17;
			tl.path = new double[n][];
			for (int k = 0; k < n; k++) {
				double v = s.laneTop() + (s.laneBottom() - s.laneTop()) * k / (n - 1);
				geo.forward(s.laneCentre(lane), v, xy);
				tl.path[k] = new double[] { xy[0], xy[1] };
			}
			truth.lanes.add(tl);

			boolean ladder = s.laneKind(lane) == LaneKind.LADDER;
			List<BandRow> rows = s.laneKind(lane) == LaneKind.EMPTY ? new ArrayList<BandRow>()
				: ladder ? s.ladderRows() : s.rows();
			for (int r = 0; r < rows.size(); r++) {
				BandRow row = rows.get(r);
				double jitter = layoutRng.lognormalFactor(s.volumeJitter());
				double explicit = ladder ? Double.NaN : s.explicitVolume(lane, r);
				double volume = !Double.isNaN(explicit) ? explicit
					: ladder ? row.amount * jitter : row.amount * loading * jitter;
				BandShape shape = new BandShape(s.laneCentre(lane), row.y, row.sigma,
					s.bandFill() * s.laneWidth() / 2, s.edgeSoftness());
				Truth.Band tb = new Truth.Band();
				tb.index = truth.bands.size();
				tb.lane = lane;
				tb.row = r;
				tb.kind = ladder ? LaneKind.LADDER.name() : LaneKind.SAMPLE.name();
				tb.name = row.name;
				tb.mwKda = row.mwKda;
				geo.forward(shape.u0, shape.v0, xy);
				tb.x = xy[0];
				tb.y = xy[1];
				tb.sigmaY = row.sigma;
				tb.flatWidth = 2 * shape.halfFlat;
				tb.edgeSigma = shape.soft;
				tb.volume = volume;
				RenderedBand rb = render(shape, volume, geo, w, h, tb);
				for (int j = 0; j < rb.h; j++)
					for (int i = 0; i < rb.w; i++)
						bandImage[(rb.y0 + j) * w + rb.x0 + i] += rb.values[j * rb.w + i];
				tb.peak = rb.peak();
				truth.bands.add(tb);
				rendered.add(rb);
			}
			progress.progress(0.4 * (lane + 1) / s.lanes(), "drawing lane " + (lane + 1));
			if (progress.isCanceled()) throw new CancellationException("synthetic blot canceled");
		}

		// (2) background
		float[] bg = new float[w * h];
		for (int j = 0; j < h; j++)
			for (int i = 0; i < w; i++)
				bg[j * w + i] = (float) (s.background() + s.gradientX() * (i + 0.5 - w / 2.0) +
					s.gradientY() * (j + 0.5 - h / 2.0));
		for (int b = 0; b < s.blotches(); b++) {
			Truth.Blotch tb = new Truth.Blotch();
			tb.x = bgRng.uniform() * w;
			tb.y = bgRng.uniform() * h;
			tb.sigma = s.blotchSize() * (0.5 + bgRng.uniform());
			tb.amplitude = s.blotchAmplitude() * (2 * bgRng.uniform() - 1);
			addGaussian(bg, w, h, tb);
			truth.blotches.add(tb);
		}
		for (Truth.Band tb : truth.bands) {
			int cx = Math.max(0, Math.min(w - 1, (int) Math.floor(tb.x)));
			int cy = Math.max(0, Math.min(h - 1, (int) Math.floor(tb.y)));
			tb.background = bg[cy * w + cx];
		}
		progress.progress(0.5, "background");

		// (3) dust
		float[] dust = new float[w * h];
		for (int d = 0; d < s.dustCount(); d++) {
			Truth.Dust td = new Truth.Dust();
			td.x = dustRng.uniform() * w;
			td.y = dustRng.uniform() * h;
			td.radius = 0.5 + dustRng.uniform() * (s.dustRadius() - 0.5);
			td.amplitude = s.dustAmplitude() * (0.5 + 0.5 * dustRng.uniform());
			addDisc(dust, w, h, td);
			truth.dust.add(td);
		}

		// (4)-(6) compose, add noise, round and clip
		int max = s.maxValue();
		int sign = s.polarity().sign();
		double gain = s.gain(), read = s.readNoise();
		Object raster = s.bitDepth() == 8 ? (Object) new byte[w * h] : new short[w * h];
		byte[] b8 = raster instanceof byte[] ? (byte[]) raster : null;
		short[] s16 = raster instanceof short[] ? (short[]) raster : null;
		for (int j = 0; j < h; j++) {
			composeRow(j * w, w, sign, max, gain, read, bg, bandImage, dust, noiseRng, b8, s16);
			if ((j & 63) == 0) progress.progress(0.5 + 0.45 * j / h, "noise");
		}

		// (7) saturation per band
		SyntheticBlot blot = new SyntheticBlot(s, truth, raster, bandImage, bg, dust, rendered);
		for (int k = 0; k < rendered.size(); k++) {
			RenderedBand rb = rendered.get(k);
			Truth.Band tb = truth.bands.get(k);
			double thr = FOOTPRINT * rb.peak();
			int clipped = 0;
			for (int j = 0; j < rb.h; j++)
				for (int i = 0; i < rb.w; i++) {
					if (rb.values[j * rb.w + i] < thr || rb.values[j * rb.w + i] <= 0) continue;
					if (blot.value(rb.x0 + i, rb.y0 + j) == truth.clipValue) clipped++;
				}
			tb.clippedPixels = clipped;
			tb.saturated = clipped > 0;
		}
		progress.progress(1, "done");
		return blot;
	}

	/**
	 * One image row: noise-free value, then noise, rounding and clipping. Shot and read noise are
	 * independent Gaussians, so one deviate with the summed variance (gain x value + read^2) has
	 * exactly their joint distribution and halves the random draws.
	 */
	private static void composeRow(int start, int n, int sign, int max, double gain, double read, float[] bg,
		float[] bands, float[] dust, Gauss rng, byte[] b8, short[] s16)
	{
		double read2 = read * read;
		boolean noisy = gain > 0 || read > 0;
		for (int p = start; p < start + n; p++) {
			double v = bg[p] + sign * ((double) bands[p] + dust[p]);
			if (noisy) v += Math.sqrt(gain * Math.max(v, 0) + read2) * rng.next();
			long q = Math.round(v);
			int c = (int) Math.max(0, Math.min(max, q));
			if (b8 != null) b8[p] = (byte) c;
			else s16[p] = (short) c;
		}
	}

	/**
	 * Samples the band at pixel centres over the bounding box of its (distorted) support and
	 * scales the samples to sum to the volume: the stated volume is then exact on the grid.
	 */
	static RenderedBand render(BandShape shape, double volume, Geometry geo, int w, int h, Truth.Band tb) {
		double[] bb = bounds(geo, shape.u0, shape.v0, shape.halfAcross(), shape.halfAlong());
		double minX = bb[0], minY = bb[1], maxX = bb[2], maxY = bb[3];
		// one pixel of slack for the curvature between boundary samples
		int bx0 = (int) Math.floor(minX) - 1, by0 = (int) Math.floor(minY) - 1;
		int bx1 = (int) Math.ceil(maxX) + 1, by1 = (int) Math.ceil(maxY) + 1;
		tb.truncated = bx0 < 0 || by0 < 0 || bx1 > w || by1 > h;
		int x0 = Math.max(0, bx0), y0 = Math.max(0, by0), x1 = Math.min(w, bx1), y1 = Math.min(h, by1);
		if (x1 <= x0 || y1 <= y0) throw new InputException("synth: band " + (tb.row + 1) + " of lane " +
			(tb.lane + 1) + " falls outside the " + w + " x " + h + " image");
		int bw = x1 - x0, bh = y1 - y0;
		double[] f = new double[bw * bh];
		double sum = 0;
		double[] uv = new double[2];
		for (int j = 0; j < bh; j++)
			for (int i = 0; i < bw; i++) {
				geo.inverse(x0 + i + 0.5, y0 + j + 0.5, uv);
				double v = shape.at(uv[0], uv[1]);
				f[j * bw + i] = v;
				sum += v;
			}
		if (!(sum > 0)) throw new InputException("synth: band " + (tb.row + 1) + " of lane " +
			(tb.lane + 1) + " has no pixels inside the image");
		float[] values = new float[bw * bh];
		double scale = volume / sum;
		for (int k = 0; k < f.length; k++)
			values[k] = (float) (f[k] * scale);
		tb.box = new Truth.Box(x0, y0, bw, bh);
		double[] core = bounds(geo, shape.u0, shape.v0, shape.halfFlat + shape.soft, 2 * shape.sigma);
		int cx0 = Math.max(0, (int) Math.floor(core[0])), cy0 = Math.max(0, (int) Math.floor(core[1]));
		int cx1 = Math.min(w, (int) Math.ceil(core[2])), cy1 = Math.min(h, (int) Math.ceil(core[3]));
		tb.core = new Truth.Box(cx0, cy0, Math.max(0, cx1 - cx0), Math.max(0, cy1 - cy0));
		return new RenderedBand(x0, y0, bw, bh, values);
	}

	/** Image bounding box {minX, minY, maxX, maxY} of the gel rectangle u0 +- ha, v0 +- hv. */
	static double[] bounds(Geometry geo, double u0, double v0, double ha, double hv) {
		double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
		double[] xy = new double[2];
		int n = 24;
		for (int k = 0; k <= n; k++) {
			double f = -1 + 2.0 * k / n;
			double[][] pts = { { u0 + f * ha, v0 - hv }, { u0 + f * ha, v0 + hv }, { u0 - ha, v0 + f * hv },
				{ u0 + ha, v0 + f * hv } };
			for (double[] pt : pts) {
				geo.forward(pt[0], pt[1], xy);
				minX = Math.min(minX, xy[0]);
				maxX = Math.max(maxX, xy[0]);
				minY = Math.min(minY, xy[1]);
				maxY = Math.max(maxY, xy[1]);
			}
		}
		return new double[] { minX, minY, maxX, maxY };
	}

	private static void addGaussian(float[] img, int w, int h, Truth.Blotch b) {
		int r = (int) Math.ceil(4 * b.sigma);
		int i0 = Math.max(0, (int) b.x - r), i1 = Math.min(w, (int) b.x + r + 1);
		int j0 = Math.max(0, (int) b.y - r), j1 = Math.min(h, (int) b.y + r + 1);
		double k = -0.5 / (b.sigma * b.sigma);
		for (int j = j0; j < j1; j++)
			for (int i = i0; i < i1; i++) {
				double dx = i + 0.5 - b.x, dy = j + 0.5 - b.y;
				img[j * w + i] += (float) (b.amplitude * StrictMath.exp(k * (dx * dx + dy * dy)));
			}
	}

	/** A disc with a one-pixel linear rim (area coverage approximation), so specks are not jagged. */
	private static void addDisc(float[] img, int w, int h, Truth.Dust d) {
		int r = (int) Math.ceil(d.radius + 1);
		int i0 = Math.max(0, (int) d.x - r), i1 = Math.min(w, (int) d.x + r + 1);
		int j0 = Math.max(0, (int) d.y - r), j1 = Math.min(h, (int) d.y + r + 1);
		for (int j = j0; j < j1; j++)
			for (int i = i0; i < i1; i++) {
				double dx = i + 0.5 - d.x, dy = j + 0.5 - d.y;
				double cover = Math.max(0, Math.min(1, d.radius + 0.5 - Math.sqrt(dx * dx + dy * dy)));
				img[j * w + i] += (float) (d.amplitude * cover);
			}
	}
}
