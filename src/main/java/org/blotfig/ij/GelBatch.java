package org.blotfig.ij;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVPrinter;
import org.blotfig.core.InputException;
import org.blotfig.core.ProgressListener;
import org.blotfig.gel.Band;
import org.blotfig.gel.BandFlag;
import org.blotfig.gel.GelParams;
import org.blotfig.gel.GelResult;
import org.blotfig.gel.LaneKind;
import org.blotfig.io.Csv;
import org.blotfig.io.OutputDir;


/**
 * Lane and band detection over every image of a folder, as a lab runs it on a day's scans: each
 * image gets its own subfolder of results ({@link #folderFor}), one summary.csv lists them
 * all, and an image that cannot be analysed is reported there and in the log while the batch
 * goes on.
 */
public final class GelBatch {

	private GelBatch() {}

	/** File patterns (globs, ';'-separated, case-insensitive) taken when the user gives none. */
	public static final String DEFAULT_FILTER = "*.tif;*.tiff;*.png;*.jpg;*.jpeg;*.gif;*.bmp";
	public static final String SUMMARY = "summary.csv";
	public static final String[] SUMMARY_COLUMNS = { "file", "status", "lanes", "sample_lanes", "ladder_lanes",
		"empty_lanes", "bands", "saturated_bands", "polarity", "tilt_deg", "output", "message" };

	/** How one image of the batch went. */
	public static final class Item {
		public final Path file;
		/** Null when the image could not be analysed. */
		public final GelResult result;
		/** The error, or the warnings joined by "; ". */
		public final String message;
		/** The result subfolder's name (inside the output folder), or null when it failed. */
		public final String output;

		Item(Path file, GelResult result, String message, String output) {
			this.file = file;
			this.result = result;
			this.message = message;
			this.output = output;
		}

		public boolean ok() {
			return result != null;
		}
	}

	/**
	 * The images of a folder matching the filter, sorted by name (not recursive: result
	 * subfolders inside it are never taken as input).
	 *
	 * @throws InputException when the folder does not exist or holds no matching file
	 */
	public static List<Path> images(Path folder, String filter) {
		if (!Files.exists(folder)) throw new InputException(folder, "folder not found");
		if (!Files.isDirectory(folder)) throw new InputException(folder, "is a file, not a folder of images");
		String f = filter == null || filter.trim().isEmpty() ? DEFAULT_FILTER : filter.trim();
		List<PathMatcher> matchers = new ArrayList<>();
		for (String glob : f.split(";")) {
			if (glob.trim().isEmpty()) continue;
			try {
				matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.trim().toLowerCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException e) {
				throw new InputException("file filter '" + filter + "' is not a valid pattern: " + e.getMessage());
			}
		}
		List<Path> out = new ArrayList<>();
		int subfolders = 0;
		try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder)) {
			for (Path p : ds) {
				if (Files.isDirectory(p) && !p.getFileName().toString().startsWith(".")) subfolders++;
				if (!Files.isRegularFile(p) || p.getFileName().toString().startsWith(".")) continue;
				Path lower = p.getFileSystem().getPath(p.getFileName().toString().toLowerCase(Locale.ROOT));
				for (PathMatcher m : matchers)
					if (m.matches(lower)) {
						out.add(p);
						break;
					}
			}
		}
		catch (IOException e) {
			throw new InputException(folder, "cannot be listed: " + e.getMessage(), e);
		}
		// scans sorted into one subfolder per experiment: subfolders are not searched, say so
		if (out.isEmpty()) throw new InputException(folder, "no images in this folder match " + f + (subfolders == 0 ?
			"" : " (subfolders are not searched: give one of its " + subfolders + " subfolders)"));
		Collections.sort(out);
		return out;
	}

	/**
	 * Analyses every file and writes a subfolder per image (lanes.csv, bands.csv, overlay.png,
	 * params.json; see {@link #folderFor}) and {@code out/summary.csv}.
	 *
	 * @param log receives one line per warning or failed image
	 */
	public static List<Item> run(List<Path> files, Path out, GelParams params, Consumer<String> log,
		ProgressListener progress)
	{
		OutputDir.checkFolder(out);
		Path[] inputs = files.toArray(new Path[0]);
		OutputDir.checkInputsKept(out, Collections.singletonList(SUMMARY), inputs);
		OutputDir.checkOwnResult(out.resolve(SUMMARY), String.join(",", SUMMARY_COLUMNS));
		List<Item> items = new ArrayList<>();
		java.util.Set<String> used = new java.util.HashSet<>();
		for (int i = 0; i < files.size(); i++) {
			if (progress.isCanceled()) break;
			Path file = files.get(i);
			String name = file.getFileName().toString();
			progress.progress((double) i / files.size(), (i + 1) + "/" + files.size() + ": " + name);
			items.add(one(file, out, uniqueFolder(out, folderFor(name), used), params, log));
		}
		writeSummary(new OutputDir(out), items);
		progress.progress(1, "done");
		return items;
	}

	/**
	 * The folder name, or with "_2", "_3", ... when another image of the batch took it ("a.b.tif"
	 * and "a_b.tif") or a file of that name stands in the output folder. Case is ignored: the
	 * file systems of Windows and macOS ignore it too.
	 */
	static String uniqueFolder(Path out, String base, java.util.Set<String> used) {
		String name = base;
		for (int k = 2; used.contains(name.toLowerCase(Locale.ROOT)) || Files.isRegularFile(out.resolve(name)); k++)
			name = base + "_" + k;
		used.add(name.toLowerCase(Locale.ROOT));
		return name;
	}

	private static Item one(Path file, Path out, String folder, GelParams params, Consumer<String> log) {
		Path dir = out.resolve(folder);
		try {
			ScanAnalysis a = ScanAnalysis.of(file, params, null);
			for (String w : a.warnings) log.accept(file.getFileName() + ": warning: " + w);
			GelFiles.writeAll(new OutputDir(dir), a.result, a.full, file.getFileName().toString(), a.warnings);
			return new Item(file, a.result, String.join("; ", a.warnings), folder);
		}
		catch (InputException e) {
			log.accept(e.getMessage());
			return new Item(file, null, e.getMessage(), null);
		}
	}

	/**
	 * The result subfolder of an image: its file name with dots made underscores ("blot 1.tif"
	 * gives "blot 1_tif"), so that it can sit beside the image when the output folder is the input
	 * folder, and two images differing only in extension do not share one.
	 */
	public static String folderFor(String fileName) {
		return fileName.replace('.', '_');
	}

	private static void writeSummary(OutputDir out, List<Item> items) {
		out.writeWith(SUMMARY, w -> {
			CSVPrinter p = Csv.printer(w, SUMMARY_COLUMNS);
			for (Item it : items) {
				String name = it.file.getFileName().toString();
				if (!it.ok()) {
					p.printRecord(name, "error", "", "", "", "", "", "", "", "", "", it.message);
					continue;
				}
				GelResult r = it.result;
				int saturated = 0;
				for (Band b : r.bands) if (b.flags.contains(BandFlag.SATURATED)) saturated++;
				p.printRecord(name, "ok", r.lanes.size(), r.count(LaneKind.SAMPLE), r.count(LaneKind.LADDER),
					r.count(LaneKind.EMPTY), r.bands.size(), saturated, r.polarity.label(),
					Csv.num(GelFiles.round(r.tiltDeg)), it.output, it.message);
			}
			p.flush();
		});
	}
}
