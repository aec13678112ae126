package org.blotfig.commands;

import java.awt.GraphicsEnvironment;
import java.io.File;
import java.util.List;

import org.blotfig.gel.BackgroundMethod;
import org.blotfig.gel.GelImage;
import org.blotfig.gel.GelParams;
import org.blotfig.gel.GelResult;
import org.blotfig.gel.Polarity;
import org.blotfig.ij.GelFiles;
import org.blotfig.ij.GelRois;
import org.blotfig.ij.GelTables;
import org.blotfig.io.OutputDir;

import ij.ImagePlus;
import ij.measure.ResultsTable;

/** What both gel commands share: reading their options and delivering a result to the user. */
final class GelOutputs {

	private GelOutputs() {}

	static GelParams params(int lanes, String background, String polarity, double radius) {
		GelParams p = new GelParams();
		if (lanes < 0) throw new org.blotfig.core.InputException("lanes must be 0 (automatic) or a count, got " + lanes);
		p.lanes = lanes;
		try {
			p.background = BackgroundMethod.parse(background);
			p.polarity = Polarity.parse(polarity);
		}
		catch (IllegalArgumentException e) {
			throw new org.blotfig.core.InputException(e.getMessage());
		}
		if (!(radius > 0)) throw new org.blotfig.core.InputException("radius must be > 0, got " + radius);
		p.radius = radius;
		return p;
	}

	/**
	 * Overlay on the image, tables "Bands" and "Lanes" (shown only with a display), CSV files and
	 * the rest when an output folder is given.
	 */
	static ResultsTable[] deliver(ImagePlus imp, GelImage full, GelResult r, File outputFolder, List<String> warnings) {
		imp.setOverlay(GelRois.overlay(r));
		ResultsTable bands = GelTables.bands(r), lanes = GelTables.lanes(r);
		if (!GraphicsEnvironment.isHeadless()) {
			bands.show("Bands");
			lanes.show("Lanes");
		}
		if (outputFolder != null && !outputFolder.getPath().isEmpty())
			GelFiles.writeAll(new OutputDir(outputFolder.toPath()), r, full, imp.getTitle(), warnings);
		return new ResultsTable[] { bands, lanes };
	}
}
