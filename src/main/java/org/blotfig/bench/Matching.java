package org.blotfig.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One-to-one matching of true positions to found positions on a line (lane centres along x,
 * band centres along y). Pairs are taken closest first over all candidates, so a found item
 * goes to the true item it is nearest to and no item is used twice; a pair further apart than
 * the true item's tolerance is not a match. Unmatched true items are misses, unmatched found
 * items are false detections.
 */
public final class Matching {

	private Matching() {}

	/**
	 * @param truth true positions
	 * @param found found positions
	 * @param tolerance largest allowed distance for each true position
	 * @return for each true position the index of its found match, or -1
	 */
	public static int[] match(double[] truth, double[] found, double[] tolerance) {
		if (tolerance.length != truth.length) throw new IllegalArgumentException("one tolerance per true position");
		List<double[]> pairs = new ArrayList<>();
		for (int t = 0; t < truth.length; t++)
			for (int f = 0; f < found.length; f++) {
				double d = Math.abs(truth[t] - found[f]);
				if (d <= tolerance[t]) pairs.add(new double[] { d, t, f });
			}
		// ties broken by index so the result never depends on the sort's stability
		pairs.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0])
			: a[1] != b[1] ? Double.compare(a[1], b[1]) : Double.compare(a[2], b[2]));
		int[] out = new int[truth.length];
		Arrays.fill(out, -1);
		boolean[] used = new boolean[found.length];
		for (double[] p : pairs) {
			int t = (int) p[1], f = (int) p[2];
			if (out[t] >= 0 || used[f]) continue;
			out[t] = f;
			used[f] = true;
		}
		return out;
	}

	/** How many found items no true item was matched to. */
	public static int unmatchedFound(int[] match, int foundCount) {
		int n = foundCount;
		for (int m : match) if (m >= 0) n--;
		return n;
	}
}
