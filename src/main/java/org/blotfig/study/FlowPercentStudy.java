package org.blotfig.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.blotfig.core.InputException;
import org.blotfig.flow.FlowJoTable;
import org.blotfig.flow.LongPercentTable;
import org.blotfig.stats.LongTable;
import org.blotfig.stats.StatsAnalysis;

/**
 * Flow cytometry percentages of a study, as the reference paper's Fig. 3D: the % of cells in each
 * population (Annexin V/PI quadrants, or any gate) per sample, grouped, compared between groups
 * within each population by two-way ANOVA + Sidak. Reads what labs export: a FlowJo statistics
 * table (with a sample sheet that gives each sample's group) or a long table
 * sample,group,population,percent.
 */
public final class FlowPercentStudy {

	/** One value of the figure: a population's % in one sample. */
	public static final class Value {
		public final String sample, group, population;
		public final double percent;

		Value(String sample, String group, String population, double percent) {
			this.sample = sample;
			this.group = group;
			this.population = population;
			this.percent = percent;
		}
	}

	/** Annexin V / PI quadrant names by (Annexin sign, PI sign). */
	public static final String LIVE = "Live", EARLY = "Early apoptotic", LATE = "Late apoptotic",
		NECROTIC = "Necrotic";

	public final List<Value> values;
	public final LongTable table;
	/** Null with fewer than two groups or no replication (see {@link #note}). */
	public final StatsAnalysis.Result stats;
	public final String note;

	private FlowPercentStudy(List<Value> values, String reference) {
		this.values = Collections.unmodifiableList(values);
		List<String> groups = new ArrayList<>();
		if (reference != null) groups.add(reference);
		for (Value v : values) if (!groups.contains(v.group)) groups.add(v.group);
		LongTable.Builder b = LongTable.builder("flow percentages");
		// reference group first: the first bar of each cluster
		for (String g : groups)
			for (Value v : values) if (v.group.equals(g)) b.add(v.population, g, v.percent, v.sample + " " + v.population);
		table = b.build();
		GroupStats g = GroupStats.of(table);
		stats = g.result;
		note = g.note;
	}

	/** From values already computed (e.g. gated from FCS files); the reference group drawn first. */
	static FlowPercentStudy of(List<Value> values, String reference) {
		return new FlowPercentStudy(new ArrayList<>(values), reference);
	}

	/** From a long table sample,group,population,percent. */
	public static FlowPercentStudy of(LongPercentTable t, String reference) {
		List<Value> v = new ArrayList<>();
		for (LongPercentTable.Row r : t.rows) v.add(new Value(r.sample, r.group, r.population, r.percent));
		if (v.isEmpty()) throw new InputException(t.source, "no rows");
		checkReference(t.source, v, reference);
		return new FlowPercentStudy(v, reference);
	}

	/**
	 * From a FlowJo table: the four Annexin V / PI quadrants of each sample the sheet lists.
	 *
	 * @param groupOf sample name (as in the table's first column) to group
	 * @param annexin the Annexin V channel as FlowJo names it in gate names (e.g. FL1-H)
	 * @param pi the PI channel (e.g. FL2-H)
	 */
	public static FlowPercentStudy quadrants(FlowJoTable t, Map<String, String> groupOf, String annexin, String pi,
		String reference)
	{
		List<Value> v = new ArrayList<>();
		for (String sample : samples(t, groupOf)) {
			String g = groupOf.get(sample);
			v.add(new Value(sample, g, LIVE, t.quadrantPercent(sample, annexin, false, pi, false)));
			v.add(new Value(sample, g, EARLY, t.quadrantPercent(sample, annexin, true, pi, false)));
			v.add(new Value(sample, g, LATE, t.quadrantPercent(sample, annexin, true, pi, true)));
			v.add(new Value(sample, g, NECROTIC, t.quadrantPercent(sample, annexin, false, pi, true)));
		}
		checkReference(t.source, v, reference);
		return new FlowPercentStudy(v, reference);
	}

	/** From a FlowJo table: every percentage column, named by its last gate (e.g. "CD105+"). */
	public static FlowPercentStudy gates(FlowJoTable t, Map<String, String> groupOf, String reference) {
		List<String> samples = samples(t, groupOf);
		List<Value> v = new ArrayList<>();
		Map<String, String> names = new LinkedHashMap<>();
		for (FlowJoTable.Cell c : t.cells) {
			if (!c.percent || !samples.contains(c.sample)) continue;
			String gate = c.population.substring(c.population.lastIndexOf('/') + 1).trim();
			String name = gate.isEmpty() ? c.statistic : gate;
			String key = c.population + "|" + c.statistic;
			String seen = names.get(name);
			if (seen != null && !seen.equals(key)) throw new InputException(t.source, "two columns are both called '" +
				name + "' (" + seen + " and " + key + "); export one statistic per gate");
			names.put(name, key);
			if (Double.isNaN(c.value)) throw new InputException(t.source, "sample '" + c.sample + "': no value for " + name);
			v.add(new Value(c.sample, groupOf.get(c.sample), name, c.value));
		}
		if (v.isEmpty()) throw new InputException(t.source, "no percentage columns (headers like 'Cells/CD34+ | " +
			"Freq. of Parent (%)')");
		checkReference(t.source, v, reference);
		return new FlowPercentStudy(v, reference);
	}

	/** The table's samples in order; every one must be in the sheet (a typo must not drop a sample silently). */
	private static List<String> samples(FlowJoTable t, Map<String, String> groupOf) {
		List<String> out = new ArrayList<>();
		for (String s : t.samples()) {
			if (!groupOf.containsKey(s)) throw new InputException(t.source, "sample '" + s + "' is not in the sample " +
				"sheet (it lists: " + String.join(", ", groupOf.keySet()) + ")");
			out.add(s);
		}
		if (out.isEmpty()) throw new InputException(t.source, "no sample rows");
		return out;
	}

	private static void checkReference(Path source, List<Value> v, String reference) {
		if (reference == null) return;
		java.util.Set<String> groups = new java.util.LinkedHashSet<>();
		for (Value x : v) {
			if (x.group.equals(reference)) return;
			groups.add(x.group);
		}
		throw new InputException(source, "reference group '" + reference + "' has no sample (groups: " +
			String.join(", ", groups) + ")");
	}
}
