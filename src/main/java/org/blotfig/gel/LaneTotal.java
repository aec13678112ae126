package org.blotfig.gel;

/**
 * A whole lane's background-subtracted signal: what a total-protein stain (Ponceau S,
 * stain-free, Coomassie) normalises to, where the lane is a smear of many bands rather than one
 * band to pick.
 */
public final class LaneTotal {

	/** 1-based lane index, as in {@link Lane#index}. */
	public final int lane;
	/** Signal minus background summed over the lane box, in raw intensity units (signal up). */
	public final double volume;
	/** The background summed over the same pixels. */
	public final double background;
	/** Pixels of the lane box at the storage type's extreme (clipped). */
	public final int saturatedPx;
	/** Pixels summed (inside the image, not NaN). */
	public final long pixels;
	/** Standard error of {@link #volume} from measurement (pixel noise, the gap background); NaN when unknown. */
	public final double volumeSe;

	public LaneTotal(int lane, double volume, double background, int saturatedPx, long pixels) {
		this(lane, volume, Double.NaN, background, saturatedPx, pixels);
	}

	public LaneTotal(int lane, double volume, double volumeSe, double background, int saturatedPx, long pixels) {
		this.lane = lane;
		this.volumeSe = volumeSe;
		this.volume = volume;
		this.background = background;
		this.saturatedPx = saturatedPx;
		this.pixels = pixels;
	}

	@Override
	public String toString() {
		return "lane " + lane + " total " + volume + " (background " + background + ", " + saturatedPx + " clipped px)";
	}
}
