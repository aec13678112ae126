package org.blotfig.gel;

/** 1-D running minimum and maximum over a centred window (van Herk / Gil-Werman, O(n)). */
final class Morph {

	private Morph() {}

	/** out[i] = min of in[i-r .. i+r] (clipped to the array), window k = 2r+1 (k rounded up to odd). */
	static void min(float[] in, float[] out, int n, int k) {
		run(in, out, n, k, true);
	}

	static void max(float[] in, float[] out, int n, int k) {
		run(in, out, n, k, false);
	}

	private static void run(float[] in, float[] out, int n, int k, boolean min) {
		int r = Math.max(0, k / 2);
		if (r == 0 || n == 0) {
			System.arraycopy(in, 0, out, 0, n);
			return;
		}
		int len = 2 * r + 1;
		float[] g = new float[n], hh = new float[n];
		for (int start = 0; start < n; start += len) {
			int end = Math.min(n, start + len);
			g[start] = in[start];
			for (int i = start + 1; i < end; i++) g[i] = pick(g[i - 1], in[i], min);
			hh[end - 1] = in[end - 1];
			for (int i = end - 2; i >= start; i--) hh[i] = pick(hh[i + 1], in[i], min);
		}
		for (int i = 0; i < n; i++) {
			int lo = Math.max(0, i - r), hi = Math.min(n - 1, i + r);
			// the window [lo, hi] spans at most two blocks: suffix part of lo's block, prefix of hi's
			out[i] = pick(hh[lo], g[hi], min);
			if (lo / len == hi / len) {
				// same block: prefix g[hi] covers block start..hi which may include values before lo
				float m = in[lo];
				for (int j = lo + 1; j <= hi; j++) m = pick(m, in[j], min);
				out[i] = m;
			}
		}
	}

	private static float pick(float a, float b, boolean min) {
		return min ? Math.min(a, b) : Math.max(a, b);
	}
}
