package org.blotfig.gel;

/**
 * Running minimum and maximum over a centred window (van Herk / Gil-Werman, O(n)) down the
 * columns of a block of rows: in[i][j] is element i of column j. The inner loops run along a
 * row, across independent columns at one index, which the JIT vectorises.
 */
final class Morph {

	private Morph() {}

	/**
	 * out[i][j] = min of in[i-r .. i+r][j] (clipped to the rows), window k = 2r+1 (k rounded up
	 * to odd); g and hh are work arrays shaped like in.
	 */
	static void min(float[][] in, float[][] out, int k, float[][] g, float[][] hh) {
		run(in, out, k, true, g, hh);
	}

	static void max(float[][] in, float[][] out, int k, float[][] g, float[][] hh) {
		run(in, out, k, false, g, hh);
	}

	private static void run(float[][] in, float[][] out, int k, boolean min, float[][] g, float[][] hh) {
		int n = in.length, r = Math.max(0, k / 2);
		if (n == 0) return;
		int m = in[0].length;
		if (r == 0) {
			for (int i = 0; i < n; i++) System.arraycopy(in[i], 0, out[i], 0, m);
			return;
		}
		int len = 2 * r + 1;
		// g: running extreme from each block's start; hh: from each block's end
		for (int start = 0; start < n; start += len) {
			int end = Math.min(n, start + len);
			System.arraycopy(in[start], 0, g[start], 0, m);
			for (int i = start + 1; i < end; i++) pick(g[i - 1], in[i], g[i], min);
			System.arraycopy(in[end - 1], 0, hh[end - 1], 0, m);
			for (int i = end - 2; i >= start; i--) pick(hh[i + 1], in[i], hh[i], min);
		}
		// start of lo's block, kept up to date instead of dividing per element
		int loBlock = 0;
		for (int i = 0; i < n; i++) {
			int lo = Math.max(0, i - r), hi = Math.min(n - 1, i + r);
			if (lo >= loBlock + len) loBlock += len;
			if (hi >= loBlock + len) {
				// the window spans two blocks: suffix part of lo's block, prefix of hi's
				pick(hh[lo], g[hi], out[i], min);
			}
			else {
				// same block (clipped at an end): the prefix up to hi may include values before lo
				System.arraycopy(in[lo], 0, out[i], 0, m);
				for (int j = lo + 1; j <= hi; j++) pick(out[i], in[j], out[i], min);
			}
		}
	}

	/** c[j] = min or max of a[j] and b[j]. */
	private static void pick(float[] a, float[] b, float[] c, boolean min) {
		if (min) for (int j = 0; j < c.length; j++) c[j] = Math.min(a[j], b[j]);
		else for (int j = 0; j < c.length; j++) c[j] = Math.max(a[j], b[j]);
	}
}
