package org.blotfig.synth;

import java.util.List;

/** The noise-free background (offset, linear gradient, Gaussian blotches) and dust specks. */
final class Backdrop {

	private Backdrop() {}

	/** Offset + gradient (zero at the image centre) + random blotches, recorded in {@code blotches}. */
	static float[] background(BlotSpec s, Gauss rng, List<Truth.Blotch> blotches) {
		int w = s.width(), h = s.height();
		float[] bg = new float[w * h];
		for (int j = 0; j < h; j++)
			for (int i = 0; i < w; i++)
				bg[j * w + i] = (float) (s.background() + s.gradientX() * (i + 0.5 - w / 2.0) +
					s.gradientY() * (j + 0.5 - h / 2.0));
		for (int b = 0; b < s.blotches(); b++) {
			Truth.Blotch tb = new Truth.Blotch();
			tb.x = rng.uniform() * w;
			tb.y = rng.uniform() * h;
			tb.sigma = s.blotchSize() * (0.5 + rng.uniform());
			tb.amplitude = s.blotchAmplitude() * (2 * rng.uniform() - 1);
			addGaussian(bg, w, h, tb);
			blotches.add(tb);
		}
		return bg;
	}

	/** Dust specks (positive, in the band direction), recorded in {@code specks}. */
	static float[] dust(BlotSpec s, Gauss rng, List<Truth.Dust> specks) {
		int w = s.width(), h = s.height();
		float[] dust = new float[w * h];
		for (int d = 0; d < s.dustCount(); d++) {
			Truth.Dust td = new Truth.Dust();
			td.x = rng.uniform() * w;
			td.y = rng.uniform() * h;
			td.radius = 0.5 + rng.uniform() * (s.dustRadius() - 0.5);
			td.amplitude = s.dustAmplitude() * (0.5 + 0.5 * rng.uniform());
			addDisc(dust, w, h, td);
			specks.add(td);
		}
		return dust;
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
