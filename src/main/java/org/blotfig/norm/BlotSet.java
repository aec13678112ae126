package org.blotfig.norm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.blotfig.core.InputException;
import org.blotfig.io.Csv;

/**
 * A blot set: the images of one or more membranes that share a lane layout, what each shows,
 * and the sample sheet that says which sample is in which lane. CSV columns:
 * <ul>
 * <li>{@code image}, {@code target}, {@code role} (required): image file relative to the set's
 * folder ('/' or, as a set written on Windows has it, '\'); protein name (for a ladder: the
 * ladder's name or its kDa list); role one of target, loading-control, total-protein, ladder.</li>
 * <li>{@code membrane} (optional, needed when the sample sheet has several): which membrane the
 * image shows.</li>
 * <li>{@code row} or {@code mw_kda} (optional): the protein's band row (1 = top) or expected MW
 * (with a ladder on the membrane); without either the image must have a single band row.</li>
 * <li>{@code lane} (ladder rows only): the ladder's lane number.</li>
 * <li>{@code roi} (optional): "x,y,width,height", the rectangle of the image holding this blot
 * (one panel of a figure, one of several blots on a scan); lanes count within it.</li>
 * <li>{@code sample_sheet} (optional): the sample sheet, relative to the set's folder; rows that
 * fill it must agree; default {@value #DEFAULT_SAMPLE_SHEET} beside the set.</li>
 * </ul>
 * Each membrane with targets has exactly one normaliser: a loading-control or a total-protein image.
 */
public final class BlotSet {

	public static final String DEFAULT_SAMPLE_SHEET = "samples.csv";

	public enum Role {
		TARGET("target"), LOADING_CONTROL("loading-control"), TOTAL_PROTEIN("total-protein"),
		LADDER("ladder");

		public final String label;

		Role(String label) {
			this.label = label;
		}

		static Role parse(String s) {
			String k = s.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
			for (Role r : values()) if (r.label.equals(k)) return r;
			return null;
		}

		boolean isNormaliser() {
			return this == LOADING_CONTROL || this == TOTAL_PROTEIN;
		}
	}

	/**
	 * What band detection runs on: an image file, or a rectangle of it (a panel of a figure, one
	 * blot of a scan holding several). Lane numbers count within the rectangle.
	 */
	public static final class Source {
		public final Path path;
		/** x, y, width, height in pixels; null = the whole image. */
		private final int[] roi;

		public Source(Path path, int[] roi) {
			this.path = path;
			this.roi = roi == null ? null : roi.clone();
		}

		public int[] roi() {
			return roi == null ? null : roi.clone();
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof Source && ((Source) o).path.equals(path) && java.util.Arrays.equals(((Source) o).roi, roi);
		}

		@Override
		public int hashCode() {
			return 31 * path.hashCode() + java.util.Arrays.hashCode(roi);
		}

		/** The file name, with the rectangle when there is one: "blot.tif [0,0,800,400]". */
		@Override
		public String toString() {
			return path.getFileName() + (roi == null ? "" : " [" + roi[0] + "," + roi[1] + "," + roi[2] + "," + roi[3] + "]");
		}
	}

	/** One row of the set. */
	public static final class Entry {
		public final int line;
		public final Path image;
		public final Source source;
		public final String target;
		public final Role role;
		public final String membrane;
		/** Band row, 1-based; 0 = not given. */
		public final int row;
		/** Expected MW in kDa; NaN = not given. */
		public final double mwKda;
		/** Ladder rows: the ladder lane and ladder; otherwise 0 and null. */
		public final int ladderLane;
		public final Ladder ladder;

		Entry(int line, Source source, String target, Role role, String membrane, int row, double mwKda,
			int ladderLane, Ladder ladder)
		{
			this.line = line;
			this.image = source.path;
			this.source = source;
			this.target = target;
			this.role = role;
			this.membrane = membrane;
			this.row = row;
			this.mwKda = mwKda;
			this.ladderLane = ladderLane;
			this.ladder = ladder;
		}

		/** "SET.csv line 3 (image x.tif, target P53)" for error messages. */
		public String where(Path setFile) {
			return setFile + " line " + line + " (image " + source + ", " + role.label +
				(role == Role.LADDER ? "" : " " + target) + ")";
		}
	}

	public final Path file;
	public final List<Entry> entries;
	public final Path sampleSheetFile;
	public final SampleSheet samples;
	/** Notes on the set and its sample sheet a user should read (columns ignored), in file order. */
	public final List<String> notes;

	/** The columns a blot set may have. */
	static final String[] COLUMNS = { "image", "target", "role", "membrane", "row", "mw_kda", "lane", "sample_sheet",
		"roi" };

	private BlotSet(Path file, List<Entry> entries, Path sampleSheetFile, SampleSheet samples, List<String> notes) {
		this.notes = Collections.unmodifiableList(notes);
		this.file = file;
		this.entries = Collections.unmodifiableList(entries);
		this.sampleSheetFile = sampleSheetFile;
		this.samples = samples;
	}

	/** Distinct image files, in order of first mention. */
	public List<Path> images() {
		Set<Path> s = new LinkedHashSet<>();
		for (Entry e : entries) s.add(e.image);
		return new ArrayList<>(s);
	}

	/** Distinct images or image rectangles to detect bands on, in order of first mention. */
	public List<Source> sources() {
		Set<Source> s = new LinkedHashSet<>();
		for (Entry e : entries) s.add(e.source);
		return new ArrayList<>(s);
	}

	public List<Entry> withRole(Role role) {
		List<Entry> out = new ArrayList<>();
		for (Entry e : entries) if (e.role == role) out.add(e);
		return out;
	}

	/** The membrane's loading-control or total-protein entry (validated to exist for target membranes). */
	public Entry normaliser(String membrane) {
		for (Entry e : entries) if (e.role.isNormaliser() && e.membrane.equals(membrane)) return e;
		return null;
	}

	/** Reads and validates a blot set and its sample sheet (the sheet named in the set, or the default). */
	public static BlotSet read(Path file) {
		return read(file, null);
	}

	/**
	 * Reads and validates a blot set; {@code sampleSheet} (may be null) overrides the sheet the set
	 * names. Every image must exist; every problem names the file and line.
	 */
	public static BlotSet read(Path file, Path sampleSheet) {
		Csv.Table t = Csv.read(file);
		t.require("image", "target", "role");
		if (t.rows.isEmpty()) throw new InputException(file, "no rows: list at least a target and a loading control");
		Path dir = file.toAbsolutePath().getParent();
		String sheetName = null;
		int sheetLine = 0;
		for (CSVRecord r : t.rows) {
			String s = t.get(r, "sample_sheet");
			if (s.isEmpty()) continue;
			int line = (int) r.getRecordNumber() + 1;
			if (sheetName != null && !sheetName.equals(s)) throw new InputException(file, "line " + line +
				": sample_sheet '" + s + "' differs from '" + sheetName + "' on line " + sheetLine +
				"; one blot set has one sample sheet");
			sheetName = s;
			sheetLine = line;
		}
		Path sheetFile = sampleSheet != null ? sampleSheet :
			resolve(dir, sheetName != null ? sheetName : DEFAULT_SAMPLE_SHEET);
		if (!Files.isRegularFile(sheetFile)) throw new InputException(file, "sample sheet " + sheetFile +
			" not found" + backslashHint(sampleSheet == null ? sheetName : null) + (sheetName == null && sampleSheet == null ? " (name it in a 'sample_sheet' column, " +
				"or put " + DEFAULT_SAMPLE_SHEET + " beside the set)" : ""));
		SampleSheet samples = SampleSheet.read(sheetFile);

		List<Entry> entries = new ArrayList<>();
		for (CSVRecord r : t.rows) entries.add(entry(t, r, dir, samples));
		validate(file, entries, samples);
		List<String> notes = new ArrayList<>();
		for (String n : new String[] { t.otherColumnsNote(COLUMNS), samples.note }) if (n != null) notes.add(n);
		return new BlotSet(file, entries, sheetFile, samples, notes);
	}

	private static Entry entry(Csv.Table t, CSVRecord r, Path dir, SampleSheet samples) {
		Path file = t.file;
		int line = (int) r.getRecordNumber() + 1;
		String image = SampleSheet.nonEmpty(t, r, "image", line);
		String target = SampleSheet.nonEmpty(t, r, "target", line);
		String roleText = SampleSheet.nonEmpty(t, r, "role", line);
		Role role = Role.parse(roleText);
		if (role == null) throw new InputException(file, "line " + line + ": role '" + roleText +
			"' is not one of target, loading-control, total-protein, ladder");
		Path img = resolve(dir, image);
		if (!Files.isRegularFile(img)) throw new InputException(file, "line " + line + ": image " + img +
			" not found" + backslashHint(image));
		String membrane = t.get(r, "membrane");
		if (membrane.isEmpty()) {
			if (samples.membranes().size() > 1) throw new InputException(file, "line " + line +
				": no membrane given, but the sample sheet has several (" + String.join(", ",
					samples.membranes()) + "); add a 'membrane' column");
			membrane = samples.membranes().iterator().next();
		}
		else if (!samples.membranes().contains(membrane)) throw new InputException(file, "line " + line +
			": membrane '" + membrane + "' is not in the sample sheet (it has: " + String.join(", ",
				samples.membranes()) + ")");
		int row = t.get(r, "row").isEmpty() ? 0 : SampleSheet.positiveInt(t, r, "row", line);
		double mw = Double.NaN;
		if (!t.get(r, "mw_kda").isEmpty()) {
			mw = t.number(r, "mw_kda");
			if (!(mw > 0)) throw new InputException(file, "line " + line + ": mw_kda must be > 0");
		}
		if (row > 0 && !Double.isNaN(mw)) throw new InputException(file, "line " + line +
			": give either row or mw_kda, not both");
		int ladderLane = 0;
		Ladder ladder = null;
		if (role == Role.LADDER) {
			if (t.get(r, "lane").isEmpty()) throw new InputException(file, "line " + line +
				": a ladder row needs the ladder's 'lane'");
			ladderLane = SampleSheet.positiveInt(t, r, "lane", line);
			if (samples.lanesOf(membrane).containsKey(ladderLane)) throw new InputException(file, "line " +
				line + ": ladder lane " + ladderLane + " is a sample lane in the sample sheet");
			try {
				ladder = Ladder.parse(target);
			}
			catch (IllegalArgumentException e) {
				throw new InputException(file, "line " + line + ": " + e.getMessage());
			}
			if (row > 0 || !Double.isNaN(mw)) throw new InputException(file, "line " + line +
				": row and mw_kda do not apply to a ladder");
		}
		else if (!t.get(r, "lane").isEmpty()) throw new InputException(file, "line " + line +
			": 'lane' applies only to ladder rows (sample lanes come from the sample sheet)");
		if (role == Role.TOTAL_PROTEIN && (row > 0 || !Double.isNaN(mw))) throw new InputException(file,
			"line " + line + ": a total-protein image is measured as whole lanes; row and mw_kda do not apply");
		return new Entry(line, new Source(img, roi(t, r, line)), target, role, membrane, row, mw, ladderLane, ladder);
	}

	/**
	 * A path from the set, relative to its folder. A set written on Windows says {@code ..\scans\a.tif};
	 * elsewhere '\' is an ordinary file-name character, so when the path is not found as written it
	 * is tried with '\' as the separator.
	 */
	static Path resolve(Path dir, String name) {
		Path p = dir.resolve(name).normalize();
		if (Files.exists(p) || name.indexOf('\\') < 0) return p;
		Path slashed = dir.resolve(name.replace('\\', '/')).normalize();
		return Files.exists(slashed) ? slashed : p;
	}

	private static String backslashHint(String name) {
		return name != null && name.indexOf('\\') >= 0 ? " (also not with '\\' read as a folder separator; " +
			"use / in paths)" : "";
	}

	/** The optional {@code roi} cell: "x,y,w,h" (quoted in the CSV) or "x y w h", in pixels. */
	private static int[] roi(Csv.Table t, CSVRecord r, int line) {
		String v = t.get(r, "roi");
		if (v.isEmpty()) return null;
		String[] parts = v.split("[,;\\s]+");
		int[] roi = new int[4];
		boolean ok = parts.length == 4;
		for (int i = 0; ok && i < 4; i++) {
			try {
				roi[i] = Integer.parseInt(parts[i]);
			}
			catch (NumberFormatException e) {
				ok = false;
			}
		}
		if (!ok || roi[0] < 0 || roi[1] < 0 || roi[2] < 4 || roi[3] < 4) throw new InputException(t.file, "line " +
			line + ": roi '" + v + "' is not x,y,width,height in whole pixels (width and height at least 4)");
		return roi;
	}

	private static void validate(Path file, List<Entry> entries, SampleSheet samples) {
		Map<String, Entry> normalisers = new LinkedHashMap<>();
		Map<String, Entry> targets = new LinkedHashMap<>();
		Map<Source, Entry> laddersByImage = new LinkedHashMap<>();
		for (Entry e : entries) {
			if (e.role.isNormaliser()) {
				Entry prev = normalisers.put(e.membrane, e);
				if (prev != null) throw new InputException(file, "lines " + prev.line + " and " + e.line +
					": membrane " + e.membrane + " has two normalisers (" + prev.role.label + " and " +
					e.role.label + "); give one loading-control or total-protein image per membrane");
			}
			else if (e.role == Role.TARGET) {
				Entry prev = targets.put(e.target + "\u0000" + e.membrane, e);
				if (prev != null) throw new InputException(file, "lines " + prev.line + " and " + e.line +
					": target " + e.target + " listed twice for membrane " + e.membrane);
			}
			else {
				Entry prev = laddersByImage.put(e.source, e);
				if (prev != null) throw new InputException(file, "lines " + prev.line + " and " + e.line +
					": two ladders on image " + e.source + "; list one");
			}
		}
		if (targets.isEmpty()) throw new InputException(file, "no row with role 'target'");
		for (Entry e : targets.values()) {
			if (!normalisers.containsKey(e.membrane)) throw new InputException(file, "line " + e.line +
				": membrane " + e.membrane + " has a target but no loading-control or total-protein image");
		}
		for (Entry e : entries) {
			if (e.role == Role.LADDER || Double.isNaN(e.mwKda)) continue;
			if (ladderCount(entries, e) == 0) throw new InputException(file, "line " + e.line +
				": mw_kda needs a ladder row for image " + e.source + " or membrane " + e.membrane);
		}
	}

	private static int ladderCount(List<Entry> entries, Entry e) {
		int n = 0;
		for (Entry l : entries) if (l.role == Role.LADDER && (l.source.equals(e.source) || l.membrane.equals(e.membrane))) n++;
		return n;
	}

	/**
	 * The ladder that calibrates an image: the ladder on the same image, else the only ladder of
	 * its membrane (re-probes scanned in place share one frame); null when there is none.
	 *
	 * @throws InputException when the membrane has several ladders on other images
	 */
	public Entry ladderFor(Source image, String membrane) {
		Entry sameMembrane = null;
		int n = 0;
		for (Entry l : entries) {
			if (l.role != Role.LADDER) continue;
			if (l.source.equals(image)) return l;
			if (l.membrane.equals(membrane)) {
				sameMembrane = l;
				n++;
			}
		}
		if (n > 1) throw new InputException(file, "image " + image + " has no ladder of its own " +
			"and membrane " + membrane + " has " + n + " on other images: say which by listing it on this image");
		return sameMembrane;
	}
}
