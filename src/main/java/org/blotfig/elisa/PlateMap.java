package org.blotfig.elisa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.blotfig.core.InputException;

/**
 * What each used well holds: type, analyte, sample, group, nominal concentration (standards)
 * and dilution factor (samples). Wells not in the map are ignored.
 */
public final class PlateMap {

	/** One plate-map row. */
	public static final class Entry {
		public final String well;
		public final int row, col;
		public final WellType type;
		public final String analyte, sample, group;
		public final double concentration, dilution;

		public Entry(String well, WellType type, String analyte, String sample, String group,
			double concentration, double dilution)
		{
			int[] rc = Wells.parse(well);
			if (rc == null) throw new IllegalArgumentException("not a well: " + well);
			this.well = Wells.name(rc[0], rc[1]);
			this.row = rc[0];
			this.col = rc[1];
			this.type = type;
			this.analyte = analyte;
			this.sample = sample;
			this.group = group;
			this.concentration = concentration;
			this.dilution = dilution;
		}
	}

	public final String source;
	public final List<Entry> entries;

	public PlateMap(String source, List<Entry> entries) {
		this.source = source;
		this.entries = Collections.unmodifiableList(new ArrayList<>(entries));
	}

	/**
	 * The mapped wells with their responses from the plate.
	 *
	 * @throws InputException naming the well when the map names a well the plate does not have
	 *           or that holds no reading
	 */
	public List<Measurement> join(Plate plate) {
		List<Measurement> out = new ArrayList<>();
		for (Entry e : entries) {
			if (!plate.contains(e.row, e.col)) throw new InputException(source + ": well " + e.well +
				" is not on the " + plate.rows * plate.cols + "-well plate in " + plate.source);
			double v = plate.get(e.row, e.col);
			if (Double.isNaN(v)) throw new InputException(plate.source + ": well " + e.well +
				" (a " + e.type.key() + " in " + source + ") has no value");
			out.add(new Measurement(e.well, e.type, e.analyte, e.sample, e.group, e.concentration,
				e.dilution, v));
		}
		return out;
	}
}
