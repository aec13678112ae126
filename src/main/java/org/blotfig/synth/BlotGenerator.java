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
 * <p>Random streams are split from the seed per purpose (layout, background, dust, noise, row
 * jitter), so that, for example, changing the noise level leaves band volumes and dust positions
 * unchanged.
 */
public final class BlotGenerator {

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
		// split last, so that specs without row jitter keep the streams (and images) they always had
		Gauss rowRng = new Gauss(root.split());
		double[] rowY = rowPositions(s, rowRng);
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
		for (int lane = 0; lane < s.lanes(); lane++) {
			double loading = s.loading(lane) * layoutRng.lognormalFactor(s.loadingCv());
			truth.lanes.add(laneTruth(s, geo, lane, loading));

			boolean ladder = s.laneKind(lane) == LaneKind.LADDER;
			List<BandRow> rows = s.laneKind(lane) == LaneKind.EMPTY ? new ArrayList<BandRow>()
				: ladder ? s.ladderRows() : s.rows();
			for (int r = 0; r < rows.size(); r++) {
				BandRow row = rows.get(r);
				double jitter = layoutRng.lognormalFactor(s.volumeJitter());
				double explicit = ladder ? Double.NaN : s.explicitVolume(lane, r);
				double volume = !Double.isNaN(explicit) ? explicit
					: ladder ? row.amount * jitter : row.amount * loading * jitter;
				BandShape shape = new BandShape(s.laneCentre(lane), ladder ? row.y : rowY[r], row.sigma,
					s.bandFill() * s.laneWidth() / 2, s.edgeSoftness());
				Truth.Band tb = new Truth.Band();
				tb.index = truth.bands.size();
				tb.lane = lane;
				tb.row = r;
				tb.kind = ladder ? LaneKind.LADDER.name() : LaneKind.SAMPLE.name();
				tb.name = row.name;
				tb.mwKda = row.mwKda;
				tb.sigmaY = row.sigma;
				tb.flatWidth = 2 * shape.halfFlat;
				tb.edgeSigma = shape.soft;
				tb.volume = volume;
				RenderedBand rb = BandRenderer.render(shape, volume, geo, w, h, tb);
				for (int j = 0; j < rb.h; j++)
					for (int i = 0; i < rb.w; i++)
						bandImage[(rb.y0 + j) * w + rb.x0 + i] += rb.values[j * rb.w + i];
				tb.peak = rb.peak();
				double[] c = rb.centroid();
				tb.x = c[0];
				tb.y = c[1];
				truth.bands.add(tb);
				rendered.add(rb);
			}
			progress.progress(0.4 * (lane + 1) / s.lanes(), "drawing lane " + (lane + 1));
			if (progress.isCanceled()) throw new CancellationException("synthetic blot canceled");
		}

		// (2)-(3) background and dust
		float[] bg = Backdrop.background(s, bgRng, truth.blotches);
		for (Truth.Band tb : truth.bands) {
			int cx = Math.max(0, Math.min(w - 1, (int) Math.floor(tb.x)));
			int cy = Math.max(0, Math.min(h - 1, (int) Math.floor(tb.y)));
			tb.background = bg[cy * w + cx];
		}
		progress.progress(0.5, "background");
		float[] dust = Backdrop.dust(s, dustRng, truth.dust);

		// (4)-(7) expose: noise, rounding, clipping; then saturation per band
		Object raster = Sensor.expose(s, bg, bandImage, dust, noiseRng, progress);
		SyntheticBlot blot = new SyntheticBlot(s, truth, raster, bandImage, bg, dust, rendered);
		Sensor.countClipped(blot, rendered);
		progress.progress(1, "done");
		return blot;
	}

	/** Migration position of each sample row in this image (nominal, or jittered per image). */
	private static double[] rowPositions(BlotSpec s, Gauss rng) {
		double[] rowY = new double[s.rows().size()];
		for (int r = 0; r < rowY.length; r++) {
			BandRow row = s.rows().get(r);
			double z = rng.next();
			// keep jittered rows 3 sigma inside the lanes (or where the caller put them)
			double lo = Math.min(s.laneTop() + 3 * row.sigma, row.y);
			double hi = Math.max(s.laneBottom() - 3 * row.sigma, row.y);
			rowY[r] = s.rowJitter() > 0 ? Math.max(lo, Math.min(hi, row.y + s.rowJitter() * z)) : row.y;
		}
		return rowY;
	}

	/** A lane's truth: kind, loading and its centre path sampled at 17 points from top to bottom. */
	private static Truth.Lane laneTruth(BlotSpec s, Geometry geo, int lane, double loading) {
		Truth.Lane tl = new Truth.Lane();
		tl.index = lane;
		tl.kind = s.laneKind(lane).name();
		tl.loading = loading;
		tl.width = s.laneWidth();
		int n = 17;
		double[] xy = new double[2];
		tl.path = new double[n][];
		for (int k = 0; k < n; k++) {
			double v = s.laneTop() + (s.laneBottom() - s.laneTop()) * k / (n - 1);
			geo.forward(s.laneCentre(lane), v, xy);
			tl.path[k] = new double[] { xy[0], xy[1] };
		}
		return tl;
	}
}
