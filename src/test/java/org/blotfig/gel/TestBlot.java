package org.blotfig.gel;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Small synthetic blots with exactly known band volumes for unit tests: Gaussian bands along
 * the lane times a flat top with soft edges across it, on a background with an optional
 * gradient, Gaussian noise, rotation (tilt) about the image centre.
 */
final class TestBlot {

	int width = 400, height = 300, lanes = 6;
	double pitch = 56, laneWidth = 36, firstLane = 60;
	double background = 1000, gradX = 0, gradY = 0, noise = 5, tiltDeg = 0;
	boolean darkBands = false;
	int bitDepth = 16;
	long seed = 1;
	/** Background blotches (Gaussian): {x, y, sigma, amplitude}, in the direction of the signal. */
	final List<double[]> blotches = new ArrayList<>();
	/** Bands: {lane (0-based), y, sigma, volume}. */
	final List<double[]> bands = new ArrayList<>();

	TestBlot band(int lane, double y, double sigma, double volume) {
		bands.add(new double[] { lane, y, sigma, volume });
		return this;
	}

	TestBlot blotch(double x, double y, double sigma, double amplitude) {
		blotches.add(new double[] { x, y, sigma, amplitude });
		return this;
	}

	/** The blotches' signal at pixel (x, y). */
	double blotchAt(double x, double y) {
		double s = 0;
		for (double[] b : blotches) s += b[3] * Math.exp(-0.5 * ((x - b[0]) * (x - b[0]) + (y - b[1]) * (y - b[1])) / (b[2] * b[2]));
		return s;
	}

	double laneX(int lane) {
		return firstLane + lane * pitch;
	}

	/** Peak height of a band of this volume and sigma. */
	double peakOf(double volume, double sigma) {
		return volume / (sigma * Math.sqrt(2 * Math.PI) * laneWidth);
	}

	GelImage image() {
		double[] v = new double[width * height];
		double cx = width / 2.0, cy = height / 2.0, th = Math.toRadians(tiltDeg);
		double cos = Math.cos(th), sin = Math.sin(th);
		Random rnd = new Random(seed);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				// image -> gel coordinates (inverse rotation about the centre)
				double dx = x - cx, dy = y - cy;
				double u = cx + cos * dx + sin * dy, w = cy - sin * dx + cos * dy;
				double sig = 0;
				for (double[] b : bands) {
					double du = u - laneX((int) b[0]), dv = w - b[1];
					if (Math.abs(dv) > 6 * b[2] || Math.abs(du) > laneWidth) continue;
					double across = 0.5 * (erf((laneWidth / 2 - du) / (1.5 * Math.sqrt(2))) +
						erf((laneWidth / 2 + du) / (1.5 * Math.sqrt(2))));
					sig += peakOf(b[3], b[2]) * Math.exp(-0.5 * dv * dv / (b[2] * b[2])) * across;
				}
				double bg = background + gradX * (x - cx) + gradY * (y - cy);
				if (!blotches.isEmpty()) sig += blotchAt(x, y);
				double val = darkBands ? bg - sig : bg + sig;
				v[y * width + x] = val + noise * rnd.nextGaussian();
			}
		}
		if (bitDepth == 16) {
			short[] s = new short[v.length];
			for (int i = 0; i < v.length; i++) s[i] = (short) Math.max(0, Math.min(65535, Math.round(v[i])));
			return GelImage.of16Bit(width, height, s);
		}
		if (bitDepth == 8) {
			byte[] s = new byte[v.length];
			for (int i = 0; i < v.length; i++) s[i] = (byte) Math.max(0, Math.min(255, Math.round(v[i])));
			return GelImage.of8Bit(width, height, s);
		}
		float[] f = new float[v.length];
		for (int i = 0; i < v.length; i++) f[i] = (float) v[i];
		return GelImage.ofFloat(width, height, f);
	}

	/** Abramowitz-Stegun 7.1.26. */
	static double erf(double x) {
		double t = 1 / (1 + 0.3275911 * Math.abs(x));
		double y = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
			t * Math.exp(-x * x);
		return x < 0 ? -y : y;
	}
}
