package org.blotfig.synth;

/**
 * The unnormalised profile of one band in gel coordinates: a Gaussian along migration times a
 * flat top across the lane whose edges are softened by a Gaussian (a box convolved with a
 * Gaussian, written with erf). The support is cut at 5 standard deviations, where the profile is
 * below 4e-6 of its peak, so the cut is invisible; the volume is normalised over exactly the
 * sampled support, so the cut does not bias it.
 */
final class BandShape {

	static final double CUT = 5;

	final double u0, v0, sigma, halfFlat, soft;

	BandShape(double u0, double v0, double sigma, double halfFlat, double soft) {
		this.u0 = u0;
		this.v0 = v0;
		this.sigma = sigma;
		this.halfFlat = halfFlat;
		this.soft = soft;
	}

	/** Half extent of the support across the lane (gel units). */
	double halfAcross() {
		return halfFlat + CUT * soft;
	}

	/** Half extent of the support along migration. */
	double halfAlong() {
		return CUT * sigma;
	}

	/** Profile value at gel (u, v); 0 outside the support. Peak is close to 1. */
	double at(double u, double v) {
		double du = u - u0, dv = v - v0;
		if (Math.abs(du) > halfAcross() || Math.abs(dv) > halfAlong()) return 0;
		double along = StrictMath.exp(-0.5 * dv * dv / (sigma * sigma));
		// deep inside the flat top both erf terms are 1 to within the approximation's own error
		double adu = Math.abs(du);
		if (adu < halfFlat - 6 * soft) return along;
		double k = 1 / (soft * Math.sqrt(2));
		double across = 0.5 * (erf((halfFlat - adu) * k) + erf((halfFlat + adu) * k));
		return along * across;
	}

	/**
	 * Error function, Abramowitz and Stegun 7.1.26 (absolute error below 1.5e-7): ample for a
	 * shape whose volume is normalised numerically anyway.
	 */
	static double erf(double x) {
		double ax = Math.abs(x);
		double t = 1 / (1 + 0.3275911 * ax);
		double y = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t +
			0.254829592) * t * StrictMath.exp(-ax * ax);
		return x < 0 ? -y : y;
	}
}
