package org.blotfig.stats;

/** Studentized range distribution (placeholder until the integration lands). */
public final class StudentizedRange {
	private StudentizedRange() {}

	public static double upper(double q, int k, double df) {
		throw new UnsupportedOperationException("Tukey not yet available");
	}

	public static double quantile(double p, int k, double df) {
		throw new UnsupportedOperationException("Tukey not yet available");
	}
}
