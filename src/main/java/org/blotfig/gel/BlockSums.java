package org.blotfig.gel;

/**
 * Sums of the raw pixel values over factor x factor blocks (the whole blocks only), filled by the
 * image statistics pass so that the small lane-finding image costs no second read of the pixels.
 */
final class BlockSums {

	final int factor, w, h;
	/** Row-major, w x h. */
	final double[] sum;

	BlockSums(int width, int height) {
		factor = factor(width, height);
		w = Math.max(1, width / factor);
		h = Math.max(1, height / factor);
		sum = new double[w * h];
	}

	/** At most about 1000 px on the small image's long side. */
	static int factor(int width, int height) {
		return Math.max(1, (int) Math.ceil(Math.max(width, height) / 1000.0));
	}
}
