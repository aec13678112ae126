package org.blotfig.stats;

/** Dunnett's many-to-one distribution (placeholder until the integration lands). */
final class Dunnett {
	Dunnett(double[] lambda, double df) {
		throw new UnsupportedOperationException("Dunnett not yet available");
	}

	double upper(double t) {
		return Double.NaN;
	}

	double quantile(double conf) {
		return Double.NaN;
	}
}
