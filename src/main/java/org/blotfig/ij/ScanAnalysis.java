package org.blotfig.ij;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

import org.blotfig.core.InputException;
import org.blotfig.core.ProgressListener;
import org.blotfig.gel.GelAnalyzer;
import org.blotfig.gel.GelImage;
import org.blotfig.gel.GelParams;
import org.blotfig.gel.GelResult;

import ij.ImagePlus;

/**
 * One blot scan file analysed as {@code blotfig bands} and the folder batch both do it: read with
 * ImageJ, converted, lanes and bands found, the reader's and the analysis's warnings together.
 */
public final class ScanAnalysis {

	/** The whole image (for the overlay), whatever part was analysed. */
	public final GelImage full;
	public final GelResult result;
	/** The reader's warnings, then the analysis's ({@link #combined}). */
	public final List<String> warnings;

	private ScanAnalysis(GelImage full, GelResult result, List<String> warnings) {
		this.full = full;
		this.result = result;
		this.warnings = Collections.unmodifiableList(warnings);
	}

	/**
	 * @param part the part of the whole image to analyse (e.g. a rectangle the user gave; it may
	 *          refuse it with an InputException), or null for the whole image
	 * @throws InputException naming the file
	 */
	public static ScanAnalysis of(Path file, GelParams params, UnaryOperator<GelImage> part) {
		ImagePlus imp = GelImages.open(file);
		GelImages.Converted c = GelImages.convert(imp, null);
		imp.flush();
		GelImage img = part == null ? c.image : part.apply(c.image);
		GelResult r;
		try {
			r = new GelAnalyzer(new RollingBall2D()).analyze(img, params, ProgressListener.NONE);
		}
		catch (InputException e) {
			throw new InputException(file, e.getMessage(), e);
		}
		return new ScanAnalysis(c.image, r, combined(c.warnings, r.warnings));
	}

	/** The reader's warnings, then the analysis's that say something new. */
	public static List<String> combined(List<String> reader, List<String> analysis) {
		List<String> warnings = new ArrayList<>(reader);
		for (String w : analysis) if (!warnings.contains(w)) warnings.add(w);
		return warnings;
	}
}
