package org.blotfig.flow;

/** Linear display scale: value / T (T maps to 1, 0 to 0). */
public final class LinearScale implements DisplayTransform {

	public final double t;

	public LinearScale(double t) {
		if (!(t > 0)) throw new IllegalArgumentException("linear scale needs T > 0 (got " + t + ")");
		this.t = t;
	}

	@Override
	public double apply(double x) {
		return x / t;
	}

	@Override
	public double inverse(double y) {
		return y * t;
	}

	@Override
	public String toString() {
		return "linear(T=" + t + ")";
	}
}
