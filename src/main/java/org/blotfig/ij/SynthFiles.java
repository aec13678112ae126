package org.blotfig.ij;

import java.nio.file.Path;

import org.blotfig.io.OutputDir;
import org.blotfig.synth.SyntheticBlot;
import org.blotfig.synth.TruthJson;

/** Writes a synthetic blot as {@code <name>.tif} plus {@code <name>.truth.json}, both atomically. */
public final class SynthFiles {

	private SynthFiles() {}

	/** Returns the TIFF path; the truth file sits beside it. */
	public static Path write(OutputDir out, String name, SyntheticBlot blot) {
		Path tif = BlotTiff.write(out.resolve(name + ".tif"), BlotTiff.toImagePlus(name, blot));
		out.writeText(name + ".truth.json", TruthJson.toJson(blot.truth()));
		return tif;
	}

	/** The truth file that belongs to a TIFF written by {@link #write}. */
	public static Path truthFor(Path tif) {
		String n = tif.getFileName().toString();
		String base = n.toLowerCase(java.util.Locale.ROOT).endsWith(".tif") ? n.substring(0, n.length() - 4) : n;
		return tif.resolveSibling(base + ".truth.json");
	}
}
