package org.blotfig.ij;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import org.blotfig.gel.GelImage;

/**
 * Reads the images of a blot set for band detection through the same conversion as "Detect
 * Lanes and Bands" ({@link GelImages}): 8/16/32-bit in their original values, RGB to luminance
 * (grey stored as RGB recognised), palette and JPEG marked lossy. Collects the conversion
 * warnings, prefixed with the file name, so that the run can report them.
 */
public final class BlotSetImages implements Function<Path, GelImage> {

	private final List<String> warnings = new ArrayList<>();

	@Override
	public GelImage apply(Path file) {
		GelImages.Converted c = GelImages.convert(GelImages.open(file));
		for (String w : c.warnings) warnings.add(file.getFileName() + ": " + w);
		return c.image;
	}

	/** Warnings raised while reading, in order. */
	public List<String> warnings() {
		return Collections.unmodifiableList(warnings);
	}

	/** One image, for callers that do not need the warnings. */
	public static GelImage load(Path file) {
		return new BlotSetImages().apply(file);
	}
}
