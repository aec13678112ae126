package org.blotfig.cli;

import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.blotfig.core.InputException;
import org.blotfig.core.ProgressListener;
import org.blotfig.gel.BackgroundMethod;
import org.blotfig.gel.GelParams;
import org.blotfig.gel.GelResult;
import org.blotfig.gel.LaneKind;
import org.blotfig.gel.Polarity;
import org.blotfig.ij.GelBatch;
import org.blotfig.ij.GelFiles;
import org.blotfig.ij.ScanAnalysis;
import org.blotfig.io.OutputDir;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code blotfig bands IMAGE --out DIR}: automatic lane and band detection and quantification
 * of one blot scan, writing lanes.csv, bands.csv, overlay.png and params.json. Given a folder,
 * every image in it ({@link GelBatch}): one result subfolder each and summary.csv.
 */
@Command(name = "bands", mixinStandardHelpOptions = true, sortOptions = false,
	description = "Find lanes and bands on a Western blot scan and quantify them.")
public final class BandsCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "IMAGE", description = "blot scan (TIFF, PNG, JPEG, ...; 8/16/32-bit or RGB), " +
		"or a folder of them (each gets a result subfolder; summary.csv lists all)")
	Path image;

	@Option(names = "--filter", paramLabel = "GLOBS", description = "with a folder: which files, ';'-separated " +
		"(default ${DEFAULT-VALUE})", defaultValue = GelBatch.DEFAULT_FILTER)
	String filter;

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
	Path out;

	@Option(names = "--lanes", paramLabel = "N", description = "number of lanes (default: automatic)", defaultValue = "0")
	int lanes;

	@Option(names = "--background", paramLabel = "METHOD",
		description = "valley (default), rolling-ball, border, rolling-ball-2d or none", defaultValue = "valley")
	String background;

	@Option(names = "--radius", paramLabel = "PX", description = "rolling-ball radius (default ${DEFAULT-VALUE})",
		defaultValue = "50")
	double radius;

	@Option(names = "--polarity", paramLabel = "P", description = "auto (default), light-bands or dark-bands, as the image " +
		"is displayed", defaultValue = "auto")
	String polarity;

	@Option(names = "--roi", paramLabel = "x,y,w,h", description = "analyse only this rectangle (full-image pixels)")
	String roi;

	@Override
	public Integer call() {
		// validate everything before writing anything
		GelParams p = new GelParams();
		if (lanes < 0) throw new InputException("--lanes must be 0 (automatic) or a positive count, got " + lanes);
		p.lanes = lanes;
		try {
			p.background = BackgroundMethod.parse(background);
			p.polarity = Polarity.parse(polarity);
		}
		catch (IllegalArgumentException e) {
			throw new InputException(e.getMessage());
		}
		if (!(radius > 0) || Double.isInfinite(radius)) throw new InputException("--radius must be > 0, got " + radius);
		p.radius = radius;
		Rectangle rect = roi == null ? null : parseRoi(roi);
		if (Files.isDirectory(image)) return batch(p);
		OutputDir.checkFolder(out);
		OutputDir.checkInputsKept(out, GelFiles.FILES, image);
		ScanAnalysis a = ScanAnalysis.of(image, p, rect == null ? null : img -> {
			if (rect.x < 0 || rect.y < 0 || rect.x + rect.width > img.width() || rect.y + rect.height > img.height())
				throw new InputException(image, "--roi " + roi + " is not inside the " + img.width() + "x" + img.height() +
					" image");
			return img.crop(rect.x, rect.y, rect.width, rect.height);
		});
		GelResult r = a.result;
		for (String w : a.warnings) System.err.println("blotfig bands: warning: " + w);
		GelFiles.writeAll(new OutputDir(out), r, a.full, image.getFileName().toString(), a.warnings);
		System.out.println(String.format(java.util.Locale.ROOT,
			"%d lanes (%d sample, %d ladder, %d empty), %d bands, polarity %s%s -> %s", r.lanes.size(),
			r.count(LaneKind.SAMPLE), r.count(LaneKind.LADDER), r.count(LaneKind.EMPTY), r.bands.size(),
			r.polarity.label(), r.polarityDetected ? " (detected)" : "", out));
		return 0;
	}

	/** Exit code of a folder run where some images failed (2 is bad input, 1 an internal error). */
	static final int PARTLY_FAILED = 3;

	/** Every image of a folder; one failed image does not stop the others, but sets the exit code. */
	private int batch(GelParams p) {
		if (roi != null) throw new InputException(image, "--roi applies to one image, not to a folder");
		List<Path> files = GelBatch.images(image, filter);
		List<GelBatch.Item> items = GelBatch.run(files, out, p, line -> System.err.println("blotfig bands: " + line),
			ProgressListener.NONE);
		int failed = 0;
		for (GelBatch.Item it : items) if (!it.ok()) failed++;
		System.out.println(String.format(java.util.Locale.ROOT, "%d images: %d analysed, %d failed -> %s",
			items.size(), items.size() - failed, failed, out.resolve(GelBatch.SUMMARY)));
		return failed == 0 ? 0 : PARTLY_FAILED;
	}

	private static Rectangle parseRoi(String s) {
		String[] parts = s.split(",");
		if (parts.length != 4) throw new InputException("--roi must be x,y,w,h (four integers), got '" + s + "'");
		int[] v = new int[4];
		for (int i = 0; i < 4; i++) {
			try {
				v[i] = Integer.parseInt(parts[i].trim());
			}
			catch (NumberFormatException e) {
				throw new InputException("--roi must be x,y,w,h (four integers), got '" + s + "'");
			}
		}
		if (v[2] < 1 || v[3] < 1) throw new InputException("--roi width and height must be positive, got '" + s + "'");
		return new Rectangle(v[0], v[1], v[2], v[3]);
	}
}
