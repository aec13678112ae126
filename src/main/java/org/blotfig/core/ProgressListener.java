package org.blotfig.core;

/**
 * Receives progress from long-running core algorithms. The core never talks to a UI;
 * Fiji commands adapt this to the status bar, the CLI to stderr.
 */
public interface ProgressListener {

	/** A listener that ignores everything. */
	ProgressListener NONE = (fraction, message) -> {};

	/**
	 * @param fraction progress in [0, 1]
	 * @param message short human-readable description of the current step
	 */
	void progress(double fraction, String message);

	/** Headless-safe cancellation: algorithms poll this between steps. */
	default boolean isCanceled() {
		return false;
	}
}
