package org.blotfig.synth;

/**
 * Maps "gel" coordinates (straight lanes, straight band rows, no tilt) to image coordinates and
 * back. Forward: smile and splay first (they grow with migration distance, zero at the wells),
 * then a rotation about the image centre by the tilt angle.
 *
 * <pre>
 * a  = (u - cx) / half           position across the lanes, -1 .. 1 at the outermost lane centres
 * t  = (v - top) / (bottom - top) migration fraction, 0 at the wells
 * u' = u + splay * a * t^2        outer lanes drift outwards (fanning)
 * v' = v - smile * a^2 * t        outer lanes lag behind the centre (smile; negative = frown)
 * (x, y) = rotate(u', v') by tilt about the image centre
 * </pre>
 */
final class Geometry {

	private final double cx, half, top, span, smile, splay;
	private final double cos, sin, rcx, rcy;

	Geometry(BlotSpec s) {
		double first = s.laneCentre(0), last = s.laneCentre(s.lanes() - 1);
		cx = (first + last) / 2;
		half = halfSpan(s);
		top = s.laneTop();
		span = s.laneBottom() - s.laneTop();
		smile = s.smile();
		splay = s.splay();
		double th = Math.toRadians(s.tiltDeg());
		cos = StrictMath.cos(th);
		sin = StrictMath.sin(th);
		rcx = s.width() / 2.0;
		rcy = s.height() / 2.0;
	}

	/**
	 * The distance over which the smile grows to its full value: centre to outermost lane centre,
	 * but at least one lane width, so that a single lane does not bend within itself.
	 */
	static double halfSpan(BlotSpec s) {
		return Math.max(s.laneWidth(), (s.laneCentre(s.lanes() - 1) - s.laneCentre(0)) / 2);
	}

	/**
	 * The largest smile or splay (px) for which {@link #inverse} is guaranteed to converge: 0.2 x
	 * the shorter of the half span and the lane length keeps every row sum of the iteration's
	 * Jacobian below 0.85 (|a| <= 1.2, t <= 1.1 over the drawn supports).
	 */
	static double maxDistortion(BlotSpec s) {
		return 0.2 * Math.min(halfSpan(s), s.laneBottom() - s.laneTop());
	}

	/** Gel (u, v) to image (x, y), written into out[0..1]. */
	void forward(double u, double v, double[] out) {
		double a = (u - cx) / half, t = (v - top) / span;
		double u1 = u + splay * a * t * t;
		double v1 = v - smile * a * a * t;
		double du = u1 - rcx, dv = v1 - rcy;
		out[0] = rcx + cos * du - sin * dv;
		out[1] = rcy + sin * du + cos * dv;
	}

	/**
	 * Image (x, y) to gel (u, v), written into out[0..1]. The rotation inverts exactly; smile and
	 * splay by fixed-point iteration, a contraction for every validated spec (see
	 * {@link #maxDistortion}); typical distortions converge to 1e-9 px in a handful of steps.
	 */
	void inverse(double x, double y, double[] out) {
		double dx = x - rcx, dy = y - rcy;
		double u1 = rcx + cos * dx + sin * dy;
		double v1 = rcy - sin * dx + cos * dy;
		double u = u1, v = v1;
		if (smile == 0 && splay == 0) {
			out[0] = u;
			out[1] = v;
			return;
		}
		for (int k = 0; k < 500; k++) {
			double a = (u - cx) / half, t = (v - top) / span;
			double un = u1 - splay * a * t * t;
			double vn = v1 + smile * a * a * t;
			boolean done = Math.abs(un - u) < 1e-9 && Math.abs(vn - v) < 1e-9;
			u = un;
			v = vn;
			if (done) {
				out[0] = u;
				out[1] = v;
				return;
			}
		}
		throw new IllegalStateException("smile/splay inverse did not converge at (" + x + ", " + y + ")");
	}
}
