package org.blotfig.flow;

/**
 * A 2-D region on two channels (typically FSC/SSC, to drop debris before gating markers).
 * Points on the boundary are inside.
 */
public interface EventGate {

	boolean contains(double x, double y);

	/** An axis-aligned rectangle [xMin, xMax] x [yMin, yMax]. */
	static EventGate rectangle(double xMin, double xMax, double yMin, double yMax) {
		if (!(xMin <= xMax) || !(yMin <= yMax)) throw new IllegalArgumentException("empty rectangle");
		return (x, y) -> x >= xMin && x <= xMax && y >= yMin && y <= yMax;
	}

	/** A simple polygon given by its vertices in order (even-odd rule; edges count as inside). */
	static EventGate polygon(double[] xs, double[] ys) {
		if (xs.length != ys.length || xs.length < 3) throw new IllegalArgumentException(
			"a polygon needs at least 3 vertices with x and y each");
		double[] px = xs.clone(), py = ys.clone();
		return (x, y) -> {
			boolean in = false;
			int n = px.length;
			for (int i = 0, j = n - 1; i < n; j = i++) {
				if (onSegment(px[j], py[j], px[i], py[i], x, y)) return true;
				if ((py[i] > y) != (py[j] > y) &&
					x < (px[j] - px[i]) * (y - py[i]) / (py[j] - py[i]) + px[i]) in = !in;
			}
			return in;
		};
	}

	static boolean onSegment(double ax, double ay, double bx, double by, double x, double y) {
		double cross = (bx - ax) * (y - ay) - (by - ay) * (x - ax);
		if (Math.abs(cross) > 1e-12 * (Math.abs(bx - ax) + Math.abs(by - ay) + 1)) return false;
		return x >= Math.min(ax, bx) && x <= Math.max(ax, bx) && y >= Math.min(ay, by) && y <= Math.max(ay, by);
	}
}
