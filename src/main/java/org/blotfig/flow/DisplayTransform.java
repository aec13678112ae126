package org.blotfig.flow;

/** A monotonic display scale for flow data: values to display units (about 0..1) and back. */
public interface DisplayTransform {

	double apply(double value);

	double inverse(double display);

	/** Applies to every element, returning a new array. */
	default double[] apply(double[] values) {
		double[] out = new double[values.length];
		for (int i = 0; i < values.length; i++) out[i] = apply(values[i]);
		return out;
	}
}
