package org.blotfig.synth;

/**
 * One row of bands: every sample lane (or, for ladder rows, every ladder lane) gets a band at
 * this migration position. The volume of each band is {@code amount x lane loading x jitter}
 * unless the caller set it explicitly with {@link BlotSpec#volume(int, int, double)}.
 */
public final class BandRow {

	/** Label, e.g. "target" or "beta-actin"; ladder rows use it for the marker name. */
	public String name;
	/** Migration position of the band centre (image y in pixels) at the centre lane, before tilt. */
	public double y;
	/** Gaussian standard deviation along the migration direction, pixels. */
	public double sigma;
	/** Band volume at lane loading 1 (raw intensity units x pixels). */
	public double amount;
	/** Molecular weight in kDa (ladder rows; 0 when unknown). */
	public double mwKda;

	public BandRow() {}

	public BandRow(String name, double y, double sigma, double amount, double mwKda) {
		this.name = name;
		this.y = y;
		this.sigma = sigma;
		this.amount = amount;
		this.mwKda = mwKda;
	}

	BandRow copy() {
		return new BandRow(name, y, sigma, amount, mwKda);
	}
}
