package org.blotfig.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.blotfig.core.InputException;
import org.blotfig.flow.FlowJoTable;
import org.blotfig.flow.LongPercentTable;
import org.blotfig.io.Csv;
import org.blotfig.io.OutputDir;
import org.blotfig.stats.io.StatsReport;

/**
 * {@link FlowPercentStudy} from and to files, shared by the CLI and the Fiji command: which kind of
 * table a file is, the sample sheet, and the files written.
 */
public final class FlowPercentFiles {

	private FlowPercentFiles() {}

	/** Every file {@link #write} may create. */
	public static final List<String> FILES = files();

	private static List<String> files() {
		List<String> f = new ArrayList<>(TableFigure.files("figure"));
		f.add("percent.csv");
		return java.util.Collections.unmodifiableList(f);
	}

	/**
	 * @param samples sheet sample,group (needed for a FlowJo table; may be null for a long table)
	 * @param annexin with {@code pi}, name the Annexin V / PI quadrants of a FlowJo table (both null:
	 *          every percentage gate)
	 * @param reference the group drawn first (null = the first group)
	 */
	public static FlowPercentStudy load(Path table, Path samples, String annexin, String pi, String reference) {
		if ((annexin == null) != (pi == null)) throw new InputException("give both the Annexin V and the PI channel, " +
			"or neither");
		// read once, with the rules of every CSV input (BOM, CRLF, ',' or ';'), cell by position: a
		// FlowJo table's first column has no name
		List<List<String>> rows = Csv.rows(table);
		if (rows.isEmpty()) throw new InputException(table, "empty table (no header row)");
		List<String> header = rows.get(0);
		List<List<String>> body = rows.subList(1, rows.size());
		List<String> lower = new ArrayList<>();
		for (String h : header) lower.add(h.trim().toLowerCase(Locale.ROOT));
		boolean longTable = lower.containsAll(Arrays.asList(LongPercentTable.COLUMNS));
		if (longTable) {
			if (annexin != null) throw new InputException(table, "the Annexin V / PI channels apply to FlowJo tables; " +
				"this long table names its populations itself");
			return FlowPercentStudy.of(LongPercentTable.parse(table, header, body), reference);
		}
		if (samples == null) throw new InputException(table, "looks like a FlowJo table: give --samples SHEET.csv " +
			"(columns sample,group) so that each sample has a group");
		Map<String, String> groups = sheet(samples);
		FlowJoTable t = FlowJoTable.parse(table, header, body);
		return annexin != null ? FlowPercentStudy.quadrants(t, groups, annexin, pi, reference) :
			FlowPercentStudy.gates(t, groups, reference);
	}

	/** sample -> group; every sample once. */
	static Map<String, String> sheet(Path file) {
		Csv.Table t = Csv.read(file);
		t.require("sample", "group");
		Map<String, String> m = new LinkedHashMap<>();
		for (CSVRecord r : t.rows) {
			String sample = t.get(r, "sample"), group = t.get(r, "group");
			if (sample.isEmpty() || group.isEmpty()) throw new InputException(file, "line " + (r.getRecordNumber() + 1) +
				": empty sample or group");
			if (m.put(sample, group) != null) throw new InputException(file, "sample '" + sample + "' is listed twice");
		}
		if (m.isEmpty()) throw new InputException(file, "no samples listed");
		return m;
	}

	/** percent.csv, the statistics (when there are any) and figure.svg/.png/.pdf. */
	public static void write(OutputDir dir, FlowPercentStudy s, String yLabel) {
		dir.writeWith("percent.csv", w -> {
			CSVPrinter p = Csv.printer(w, LongPercentTable.COLUMNS);
			for (FlowPercentStudy.Value v : s.values) p.printRecord(v.sample, v.group, v.population, Csv.num(v.percent));
			p.flush();
		});
		if (s.stats != null) StatsReport.write(dir, s.stats);
		TableFigure.write(dir, "figure", TableFigure.of(s.table, s.stats, "", yLabel), s.table);
	}
}
