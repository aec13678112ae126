package org.blotfig.gel;

/**
 * The analysis settings, with the defaults used when nothing is given. Plain mutable fields
 * so commands and the CLI can fill them; {@link GelAnalyzer} never modifies them.
 */
public final class GelParams {

	/** Number of lanes to find; 0 = automatic. */
	public int lanes = 0;
	/**
	 * Band polarity as the user sees the image. With an inverting LUT the pixel values are the
	 * opposite of what is shown, and the analyser flips an explicit choice accordingly.
	 */
	public Polarity polarity = Polarity.AUTO;
	public BackgroundMethod background = BackgroundMethod.VALLEY;
	/** Radius (px) of the 1-D and 2-D rolling balls. */
	public double radius = 50;
	/** Bands need a prominence of at least this many noise standard deviations. */
	public double minProminence = 4;
	/** ... and at least this fraction of the most prominent band in the image. */
	public double minRelativeProminence = 0.02;
	/** Bands with peak / noise below this are flagged low_snr. */
	public double lowSnr = 10;
	/** Thickness (px) of the frame used by the border-median background. */
	public int borderWidth = 5;

	public GelParams copy() {
		GelParams p = new GelParams();
		p.lanes = lanes;
		p.polarity = polarity;
		p.background = background;
		p.radius = radius;
		p.minProminence = minProminence;
		p.minRelativeProminence = minRelativeProminence;
		p.lowSnr = lowSnr;
		p.borderWidth = borderWidth;
		return p;
	}
}
