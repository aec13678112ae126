package org.blotfig.ij;

import java.nio.file.Path;

import org.blotfig.gel.GelImage;

/**
 * Reads the images of a blot set for band detection: 8- and 16-bit grayscale TIFFs (what
 * imagers export and Fiji saves), in their original values. Other files fail with an
 * InputException naming the file.
 */
public final class BlotSetImages {

	private BlotSetImages() {}

	public static GelImage load(Path file) {
		BlotTiff.Raster r = BlotTiff.read(file);
		return r.bitDepth == 8 ? GelImage.of8Bit(r.width, r.height, (byte[]) r.pixels) :
			GelImage.of16Bit(r.width, r.height, (short[]) r.pixels);
	}
}
