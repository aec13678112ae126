package org.blotfig.synth;

import java.util.SplittableRandom;

/**
 * Standard normal deviates from a {@link SplittableRandom} (Java 8 has no nextGaussian there):
 * Marsaglia's polar method, keeping the second deviate of each pair.
 */
final class Gauss {

	private final SplittableRandom rng;
	private double spare;
	private boolean hasSpare;

	Gauss(SplittableRandom rng) {
		this.rng = rng;
	}

	double next() {
		if (hasSpare) {
			hasSpare = false;
			return spare;
		}
		double u, v, s;
		do {
			u = 2 * rng.nextDouble() - 1;
			v = 2 * rng.nextDouble() - 1;
			s = u * u + v * v;
		}
		while (s >= 1 || s == 0);
		double m = Math.sqrt(-2 * StrictMath.log(s) / s);
		spare = v * m;
		hasSpare = true;
		return u * m;
	}

	double uniform() {
		return rng.nextDouble();
	}

	/** A lognormal factor with mean 1 and the given coefficient of variation (1 when cv is 0). */
	double lognormalFactor(double cv) {
		double z = next(); // always drawn, so the stream does not depend on cv
		if (cv <= 0) return 1;
		double s2 = StrictMath.log(1 + cv * cv);
		return StrictMath.exp(Math.sqrt(s2) * z - s2 / 2);
	}
}
