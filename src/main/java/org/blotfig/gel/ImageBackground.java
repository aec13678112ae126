package org.blotfig.gel;

/**
 * A whole-image background estimate supplied from outside the core, for the 2-D rolling-ball
 * comparison (ImageJ's BackgroundSubtracter lives in the ImageJ adapter layer).
 */
public interface ImageBackground {

	/**
	 * The background of {@code image} in its original units, one value per pixel.
	 *
	 * @param lightBands true when bands are brighter than the background
	 * @param radius the rolling-ball radius (px)
	 */
	float[] estimate(GelImage image, boolean lightBands, double radius);
}
