package org.blotfig.flow;

/** Choices shared by quadrant and %-positive analyses. */
public final class GatingOptions {

	/** Control percentile for thresholds (R type 7), default 99. */
	public double percentile = 99;
	/** Optional FSC/SSC gate applied to sample and control first; null for none. */
	public DebrisGate debris;
	/** Compensate with the file's spillover matrix before gating. */
	public boolean compensate;

	public GatingOptions percentile(double p) {
		percentile = p;
		return this;
	}

	public GatingOptions debris(DebrisGate d) {
		debris = d;
		return this;
	}

	public GatingOptions compensate(boolean c) {
		compensate = c;
		return this;
	}
}
