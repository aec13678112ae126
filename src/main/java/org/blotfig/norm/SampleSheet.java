package org.blotfig.norm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.blotfig.core.InputException;
import org.blotfig.io.Csv;

/**
 * Maps lanes to samples: CSV columns {@code lane,sample,group,replicate} and optionally
 * {@code membrane} (or its synonym {@code experiment}). Without that column every lane is on
 * membrane {@value #DEFAULT_MEMBRANE}. A lane number may repeat only on different membranes.
 * An optional {@code load} column (amount loaded, any unit) marks dilution-series lanes: three
 * or more loads on a membrane give a linearity check of every protein's signal against load.
 */
public final class SampleSheet {

	/** The membrane name used when the sheet (or the blot set) has no membrane column. */
	public static final String DEFAULT_MEMBRANE = "1";

	private final List<SampleLane> lanes;
	private final Map<String, Map<Integer, SampleLane>> byMembrane = new LinkedHashMap<>();
	private final boolean hasMembraneColumn;
	/** What the user should hear about the file (columns it has that blotfig does not read); may be null. */
	final String note;

	/** The columns a sample sheet may have. */
	static final String[] COLUMNS = { "lane", "sample", "group", "replicate", "membrane", "experiment", "load" };

	public SampleSheet(List<SampleLane> lanes, boolean hasMembraneColumn) {
		this(lanes, hasMembraneColumn, null);
	}

	private SampleSheet(List<SampleLane> lanes, boolean hasMembraneColumn, String note) {
		this.note = note;
		this.lanes = Collections.unmodifiableList(new ArrayList<>(lanes));
		this.hasMembraneColumn = hasMembraneColumn;
		for (SampleLane s : lanes) {
			Map<Integer, SampleLane> m = byMembrane.computeIfAbsent(s.membrane, k -> new LinkedHashMap<>());
			if (m.put(s.lane, s) != null) throw new IllegalArgumentException("lane " + s.lane +
				" appears twice on membrane " + s.membrane);
		}
	}

	public List<SampleLane> lanes() {
		return lanes;
	}

	/** Membranes in order of first appearance. */
	public Set<String> membranes() {
		return Collections.unmodifiableSet(byMembrane.keySet());
	}

	/** Whether the CSV had a membrane/experiment column (else all lanes are on one membrane). */
	public boolean hasMembraneColumn() {
		return hasMembraneColumn;
	}

	/** The sample lanes of one membrane, by lane number (empty if unknown). */
	public Map<Integer, SampleLane> lanesOf(String membrane) {
		Map<Integer, SampleLane> m = byMembrane.get(membrane);
		return m == null ? Collections.<Integer, SampleLane> emptyMap() : Collections.unmodifiableMap(m);
	}

	/** Groups in order of first appearance; the first one is the default reference group. */
	public List<String> groups() {
		Set<String> g = new LinkedHashSet<>();
		for (SampleLane s : lanes) g.add(s.group);
		return new ArrayList<>(g);
	}

	/** Reads and validates a sample sheet; every problem names the file and the line. */
	public static SampleSheet read(Path file) {
		Csv.Table t = Csv.read(file);
		t.require("lane", "sample", "group", "replicate");
		if (t.has("membrane") && t.has("experiment")) throw new InputException(file,
			"has both 'membrane' and 'experiment' columns; they mean the same (the unit within which " +
				"fold change is computed): keep one");
		String memCol = t.has("membrane") ? "membrane" : t.has("experiment") ? "experiment" : null;
		if (t.rows.isEmpty()) throw new InputException(file, "no sample rows");
		List<SampleLane> lanes = new ArrayList<>();
		Map<String, Integer> seen = new LinkedHashMap<>();
		for (CSVRecord r : t.rows) {
			int line = (int) r.getRecordNumber() + 1;
			int lane = positiveInt(t, r, "lane", line);
			String sample = nonEmpty(t, r, "sample", line);
			String group = nonEmpty(t, r, "group", line);
			String replicate = nonEmpty(t, r, "replicate", line);
			String membrane = memCol == null ? DEFAULT_MEMBRANE : nonEmpty(t, r, memCol, line);
			double load = Double.NaN;
			if (!t.get(r, "load").isEmpty()) {
				load = t.number(r, "load");
				if (!(load > 0)) throw new InputException(file, "line " + line + ": load must be > 0");
			}
			Integer first = seen.put(membrane + "\u0000" + lane, line);
			if (first != null) throw new InputException(file, "line " + line + ": lane " + lane +
				(memCol == null ? "" : " of " + memCol + " '" + membrane + "'") + " already given on line " +
				first + (memCol == null ? " (several membranes? add a 'membrane' column)" : ""));
			lanes.add(new SampleLane(lane, sample, group, replicate, membrane, load));
		}
		return new SampleSheet(lanes, memCol != null, t.otherColumnsNote(COLUMNS));
	}

	static String nonEmpty(Csv.Table t, CSVRecord r, String column, int line) {
		String v = t.get(r, column);
		if (v.isEmpty()) throw new InputException(t.file, "line " + line + ": empty '" + column + "'");
		return v;
	}

	static int positiveInt(Csv.Table t, CSVRecord r, String column, int line) {
		String v = t.get(r, column);
		try {
			int i = Integer.parseInt(v);
			if (i >= 1) return i;
		}
		catch (NumberFormatException e) {
			// reported below with the same message as a non-positive number
		}
		throw new InputException(t.file, "line " + line + ", column '" + column + "': '" + v +
			"' is not a whole number >= 1");
	}
}
