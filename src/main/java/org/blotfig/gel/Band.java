package org.blotfig.gel;

import java.util.EnumSet;
import java.util.Set;

/**
 * One quantified band. Positions are full-image pixel coordinates (pixel i covers [i, i+1), so
 * a pixel centre is i + 0.5); the integration box is [left, right) x [top, bottom). Volumes are
 * background-subtracted integrals in raw intensity units x pixels, taken in the direction of the
 * signal (for dark bands on a light membrane, the darkening below the background).
 */
public final class Band {

	/** 1-based lane index. */
	public int lane;
	/** 1-based row index (bands at the same height across lanes share a row). */
	public int row;
	public double x, y;
	/** Relative mobility: y from the top of the analysed image over its height. */
	public double rf;
	public int left, right, top, bottom;
	public double volume;
	/** The background volume that was subtracted. */
	public double background;
	/**
	 * Standard error of {@link #volume} from measurement: the pixel noise summed over the box
	 * plus the uncertainty of the subtracted background (for the valley baseline, its prediction
	 * variance from the fit windows' residuals, which include background the curve misses, and the
	 * choice between a line and a parabola; for the border median, that median's variance; the
	 * rolling balls: none); when the gaps beside the lane show background the valley windows cannot
	 * see (a blotch under the band, {@link BandFlag#UNEVEN_BACKGROUND}), plus that departure. Not
	 * the band's biological or loading variation, a blotch hidden from the gaps too, or a
	 * misplaced lane or box.
	 */
	public double volumeSe;
	/** Peak height above background (raw units per pixel). */
	public double peak;
	/** Full width at half maximum along the lane (px). */
	public double width;
	public double snr;
	public int saturatedPx;
	public final Set<BandFlag> flags = EnumSet.noneOf(BandFlag.class);

	/** Flags as one string, ";"-separated, empty when none. */
	public String flagString() {
		StringBuilder s = new StringBuilder();
		for (BandFlag f : flags) {
			if (s.length() > 0) s.append(';');
			s.append(f.label());
		}
		return s.toString();
	}
}
