package org.blotfig.norm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The measured signal of one lane for one protein (a selected band, or a lane total for
 * total-protein stains), with what the normalisation must know about its reliability.
 */
public final class Signal {

	public final double volume;
	/** Standard error of the volume from measurement; NaN when unknown (then no fold-change SE either). */
	public final double volumeSe;
	public final boolean saturated;
	/** Apparent molecular weight of the band in kDa, NaN without a ladder. */
	public final double mwKda;
	/** Notes carried into the output flags (e.g. "mw-extrapolated"). */
	public final List<String> notes;

	public Signal(double volume, boolean saturated, double mwKda, List<String> notes) {
		this(volume, Double.NaN, saturated, mwKda, notes);
	}

	public Signal(double volume, double volumeSe, boolean saturated, double mwKda, List<String> notes) {
		this.volume = volume;
		this.volumeSe = volumeSe;
		this.saturated = saturated;
		this.mwKda = mwKda;
		this.notes = Collections.unmodifiableList(new ArrayList<>(notes));
	}

	public Signal(double volume, boolean saturated) {
		this(volume, saturated, Double.NaN, Collections.<String> emptyList());
	}

	public Signal(double volume, double volumeSe, boolean saturated) {
		this(volume, volumeSe, saturated, Double.NaN, Collections.<String> emptyList());
	}
}
