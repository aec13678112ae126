package org.blotfig.ij;

import org.blotfig.gel.GelImage;
import org.blotfig.gel.ImageBackground;

import ij.plugin.filter.BackgroundSubtracter;
import ij.process.FloatProcessor;

/**
 * ImageJ's own 2-D rolling-ball background (Process > Subtract Background, "create
 * background", smoothing on, corners corrected) on a float copy of the original values, for the
 * comparison background method and the ImageJ reference in the benchmarks.
 */
public final class RollingBall2D implements ImageBackground {

	@Override
	public float[] estimate(GelImage image, boolean lightBands, double radius) {
		FloatProcessor fp = new FloatProcessor(image.width(), image.height(), image.copyOfValues());
		background(fp, lightBands, radius);
		return (float[]) fp.getPixels();
	}

	/** Replaces the processor's pixels by their rolling-ball background. */
	public static void background(FloatProcessor fp, boolean lightBands, double radius) {
		new BackgroundSubtracter().rollingBallBackground(fp, radius, true, !lightBands, false, true, true);
	}

	/** Subtracts the rolling-ball background from the processor in place (ImageJ's default use). */
	public static void subtract(FloatProcessor fp, boolean lightBands, double radius) {
		new BackgroundSubtracter().rollingBallBackground(fp, radius, false, !lightBands, false, true, true);
	}
}
