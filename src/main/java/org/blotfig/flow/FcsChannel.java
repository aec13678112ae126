package org.blotfig.flow;

/**
 * One parameter (channel) of an FCS dataset and how its stored channel values become scaled
 * values: log amplification ($PnE f1,f2: value = f2 * 10^(f1 * raw / $PnR), with f2 = 0 read as
 * 1 as FCS 2.0 instruments write "4,0"), linear gain ($PnG, divided out on linear channels only),
 * and $TIMESTEP for the time channel.
 */
public final class FcsChannel {

	/** 1-based parameter number n of $PnN. */
	public final int number;
	/** $PnN (short name), never null. */
	public final String name;
	/** $PnS (stain / long name) or null. */
	public final String label;
	/** $PnB: bits per value; for ASCII data ($DATATYPE A) characters per value, 0 for "*" (delimited). */
	public final int bits;
	/** $PnR text as written (range), $PnE text, $PnG text; null when absent. */
	public final String rangeText, ampText, gainText;
	/** $PnR as a number (NaN when absent or unreadable). */
	public final double range;
	/** Decoded $PnE decades (0 for linear) and offset (f2 = 0 read as 1). */
	public final double decades, logOffset;
	/** $PnG, 1 when absent or not applicable. */
	public final double gain;
	/** Seconds per time unit when this is the time channel and $TIMESTEP is given, else 1. */
	public final double timestep;
	/** Bit mask applied to integer values (all ones when none applies). */
	public final long mask;

	FcsChannel(int number, String name, String label, int bits, String rangeText, double range,
		String ampText, double decades, double logOffset, String gainText, double gain,
		double timestep, long mask)
	{
		this.number = number;
		this.name = name;
		this.label = label;
		this.bits = bits;
		this.rangeText = rangeText;
		this.range = range;
		this.ampText = ampText;
		this.decades = decades;
		this.logOffset = logOffset;
		this.gainText = gainText;
		this.gain = gain;
		this.timestep = timestep;
		this.mask = mask;
	}

	/** True when $PnE gives log amplification. */
	public boolean isLog() {
		return decades > 0;
	}

	/** Channel value to scaled value. */
	public double scale(double raw) {
		if (decades > 0) return logOffset * Math.pow(10, decades * raw / range);
		return raw / gain * timestep;
	}

	/** Scaled value back to a channel value (inverse of {@link #scale}). */
	public double unscale(double value) {
		if (decades > 0) return Math.log10(value / logOffset) * range / decades;
		return value * gain / timestep;
	}

	/** "name (label)" or the name alone, for tables and plots. */
	public String displayName() {
		return label == null || label.isEmpty() || label.equals(name) ? name : name + " (" + label + ")";
	}

	@Override
	public String toString() {
		return displayName();
	}
}
