package org.blotfig.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * The ground truth of one synthetic blot, written as truth.json beside the image (snake_case
 * keys). Plain public fields so that tests, benchmarks and other tools can read it directly.
 * Indices (lanes, rows, bands) are 0-based; lanes are numbered left to right before tilt.
 */
public final class Truth {

	public static final String FORMAT = "blotfig-synth-truth/1";

	public String format = FORMAT;
	/** The blotfig version that drew the image. */
	public String generator;
	public Conventions conventions = new Conventions();
	public int width;
	public int height;
	public int bitDepth;
	/** "light-bands" or "dark-bands". */
	public String polarity;
	/** The raw value at which band pixels saturate (clip): the type maximum for light bands, 0 for dark bands. */
	public int clipValue;
	public List<Lane> lanes = new ArrayList<>();
	public List<Band> bands = new ArrayList<>();
	public List<Blotch> blotches = new ArrayList<>();
	public List<Dust> dust = new ArrayList<>();
	/** Every generator parameter (the full spec, including the seed). */
	public BlotSpec params;

	/** How to read the numbers; written into every truth.json so the file explains itself. */
	public static final class Conventions {
		public String coordinates = "pixels, ImageJ convention: pixel (i, j) covers [i, i+1) x [j, j+1), " +
			"its centre is (i + 0.5, j + 0.5); y grows downwards (migration direction)";
		public String volume = "integral of the noise-free band over its support box, in raw pixel values " +
			"x pixels, measured from the local background: for light-bands the signal above the background, " +
			"for dark-bands the integrated darkening below the light background (background - pixel). " +
			"It is the volume before clipping and noise (noise has zero mean).";
		public String saturation = "a band is saturated when at least one pixel of its footprint (support " +
			"pixels where the band's own noise-free value is >= 5 % of its peak) is clipped in the image, i.e. " +
			"equals clip_value (the type maximum for light-bands, 0 for dark-bands); clipped_pixels counts them";
		public String indices = "0-based; lanes left to right before tilt, rows in the order of the spec";
	}

	/** One lane: its kind, width and centre path from the wells to the bottom. */
	public static final class Lane {
		public int index;
		/** SAMPLE, LADDER or EMPTY. */
		public String kind;
		/** Loading factor actually applied to sample rows (spec loading x random variation). */
		public double loading;
		public double width;
		/** Centre path as a polyline of (x, y) image points from the lane top to the lane bottom. */
		public double[][] path;

		/** The lane centre x at image row y, interpolated along the path (clamped at the ends). */
		public double xAt(double y) {
			if (y <= path[0][1]) return path[0][0];
			for (int k = 1; k < path.length; k++) {
				if (y <= path[k][1]) {
					double f = (y - path[k - 1][1]) / (path[k][1] - path[k - 1][1]);
					return path[k - 1][0] + f * (path[k][0] - path[k - 1][0]);
				}
			}
			return path[path.length - 1][0];
		}
	}

	/** An axis-aligned pixel rectangle (ImageJ Roi convention). */
	public static final class Box {
		public int x;
		public int y;
		public int width;
		public int height;

		public Box() {}

		public Box(int x, int y, int width, int height) {
			this.x = x;
			this.y = y;
			this.width = width;
			this.height = height;
		}

		public boolean contains(double px, double py) {
			return px >= x && px < x + width && py >= y && py < y + height;
		}
	}

	/** One band with its true volume. */
	public static final class Band {
		public int index;
		public int lane;
		/** Row index in the spec's rows (sample) or ladder rows (ladder). */
		public int row;
		/** SAMPLE or LADDER. */
		public String kind;
		public String name;
		/** Molecular weight (ladder bands; 0 otherwise). */
		public double mwKda;
		/**
		 * Centre in image coordinates: the intensity-weighted centroid of the noise-free band, i.e.
		 * what an ideal detector finds. It lies on the distorted row / lane crossing to within
		 * 0.05 px for the presets, and within a few tenths of a pixel at the strongest allowed bend.
		 */
		public double x;
		public double y;
		/** Gaussian standard deviation along migration, px. */
		public double sigmaY;
		/** Width of the flat top across the lane, px. */
		public double flatWidth;
		/** Standard deviation of the soft edges across the lane, px. */
		public double edgeSigma;
		/** The support: every pixel of the band lies inside (5 standard deviations each way). */
		public Box box;
		/**
		 * The visible core: the flat top plus one edge sigma across the lane, +-2 sigma along
		 * migration (about 95 % of the volume); a fair target box for detectors.
		 */
		public Box core;
		/** Noise-free background (offset + gradient + blotches) at the band centre, raw units. */
		public double background;
		/** True integrated volume (see conventions). */
		public double volume;
		/** Highest noise-free band value above (below) the background, raw units. */
		public double peak;
		/** True when part of the support fell outside the image (the volume is what lies inside). */
		public boolean truncated;
		public boolean saturated;
		public int clippedPixels;
	}

	/** A low-frequency background blotch (Gaussian), for background-correction tests. */
	public static final class Blotch {
		public double x;
		public double y;
		public double sigma;
		public double amplitude;
	}

	/** A dust speck: a soft disc in the band direction (bright on chemiluminescence, dark on film). */
	public static final class Dust {
		public double x;
		public double y;
		public double radius;
		public double amplitude;
	}

	/** Bands of one lane, in row order (sample rows first for sample lanes, ladder rows for ladders). */
	public List<Band> bandsInLane(int lane) {
		List<Band> out = new ArrayList<>();
		for (Band b : bands)
			if (b.lane == lane) out.add(b);
		return out;
	}

	/** The sample band at (lane, row), or null. */
	public Band band(int lane, int row) {
		for (Band b : bands)
			if (b.lane == lane && b.row == row && "SAMPLE".equals(b.kind)) return b;
		return null;
	}
}
