package org.blotfig.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.blotfig.core.InputException;
import org.blotfig.figures.ChartFiles;
import org.blotfig.flow.FlowJoTable;
import org.blotfig.flow.LongPercentTable;
import org.blotfig.io.Csv;
import org.blotfig.io.OutputDir;
import org.blotfig.stats.Comparison;
import org.blotfig.stats.io.StatsReport;
import org.blotfig.study.FlowPercentStudy;
import org.blotfig.study.TableFigure;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code blotfig flow table TABLE.csv --out DIR}: the percentages labs export from FlowJo (or a
 * long table) as a study figure: % per population and group, two-way ANOVA + Sidak, bar chart.
 */
@Command(name = "table", mixinStandardHelpOptions = true, sortOptions = false,
	description = { "Flow percentages of a study from a FlowJo statistics table (with --samples) or a long table " +
		"sample,group,population,percent: two-way ANOVA (population x group) + Sidak within each population, " +
		"and the bar chart.",
		"Writes percent.csv, anova.csv, comparisons.csv, cells.csv, figure.svg and figure.png." })
public final class FlowTableCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "TABLE.csv", description = "FlowJo table export, or sample,group,population,percent")
	Path table;

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
	Path out;

	@Option(names = "--samples", paramLabel = "SHEET.csv", description = "for a FlowJo table: sample,group (sample as " +
		"in the table's first column)")
	Path samples;

	@Option(names = "--annexin", paramLabel = "CH", description = "with --pi: name the four Annexin V / PI quadrants " +
		"(live, early, late apoptotic, necrotic) from the gates' signs on these channels, e.g. FL1-H")
	String annexin;

	@Option(names = "--pi", paramLabel = "CH", description = "the PI channel, e.g. FL2-H")
	String pi;

	@Option(names = "--reference", paramLabel = "GROUP", description = "group drawn first and compared with " +
		"(default: the first group)")
	String reference;

	@Option(names = "--y-label", paramLabel = "TEXT", defaultValue = "Cells (%)", description = "figure y axis " +
		"(default: ${DEFAULT-VALUE})")
	String yLabel;

	static final List<String> FILES = Arrays.asList("percent.csv", StatsReport.FILES.get(0), StatsReport.FILES.get(1),
		StatsReport.FILES.get(2), "figure.png", "figure.svg");

	@Override
	public Integer call() {
		if ((annexin == null) != (pi == null)) throw new InputException("give both --annexin and --pi, or neither");
		OutputDir.checkFolder(out);
		OutputDir.checkInputsKept(out, FILES, table, samples);
		Csv.Table head = Csv.read(table);
		boolean longTable = head.header.size() > 0;
		for (String c : LongPercentTable.COLUMNS) longTable &= lowerHeader(head).contains(c);
		FlowPercentStudy s;
		String ref = reference == null || reference.trim().isEmpty() ? null : reference.trim();
		if (longTable) {
			if (annexin != null) throw new InputException(table, "--annexin/--pi apply to FlowJo tables; this long " +
				"table names its populations itself");
			s = FlowPercentStudy.of(LongPercentTable.read(table), ref);
		}
		else {
			if (samples == null) throw new InputException(table, "looks like a FlowJo table: give --samples SHEET.csv " +
				"(columns sample,group) so that each sample has a group");
			Map<String, String> groups = sheet(samples);
			FlowJoTable t = FlowJoTable.read(table);
			s = annexin != null ? FlowPercentStudy.quadrants(t, groups, annexin, pi, ref) :
				FlowPercentStudy.gates(t, groups, ref);
		}
		OutputDir dir = new OutputDir(out);
		dir.writeWith("percent.csv", w -> {
			CSVPrinter p = Csv.printer(w, LongPercentTable.COLUMNS);
			for (FlowPercentStudy.Value v : s.values) p.printRecord(v.sample, v.group, v.population, Csv.num(v.percent));
			p.flush();
		});
		if (s.stats != null) StatsReport.write(dir, s.stats);
		ChartFiles.writePngAndSvg(TableFigure.of(s.table, s.stats, "", yLabel).chart(), dir, "figure",
			Math.max(420, 110 * s.table.rows() + 160), 420);
		System.out.println(s.values.size() + " values (" + s.table.rows() + " populations x " + s.table.cols() +
			" groups) -> " + out);
		if (s.stats == null) System.out.println(s.note);
		else for (Comparison c : s.stats.comparisons)
			System.out.println(String.format(Locale.ROOT, "  %s: %s vs %s, P %s %s", c.row, c.group1, c.group2,
				c.pDisplay(), c.stars()));
		return 0;
	}

	private static List<String> lowerHeader(Csv.Table t) {
		List<String> out = new ArrayList<>();
		for (String h : t.header) out.add(h.trim().toLowerCase(Locale.ROOT));
		return out;
	}

	/** sample -> group; every sample once. */
	static Map<String, String> sheet(Path file) {
		Csv.Table t = Csv.read(file);
		t.require("sample", "group");
		Map<String, String> m = new LinkedHashMap<>();
		for (CSVRecord r : t.rows) {
			String sample = t.get(r, "sample").trim(), group = t.get(r, "group").trim();
			if (sample.isEmpty() || group.isEmpty()) throw new InputException(file, "line " + (r.getRecordNumber() + 1) +
				": empty sample or group");
			if (m.put(sample, group) != null) throw new InputException(file, "sample '" + sample + "' is listed twice");
		}
		if (m.isEmpty()) throw new InputException(file, "no samples listed");
		return m;
	}
}
