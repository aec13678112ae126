package org.blotfig.elisa.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.blotfig.core.InputException;
import org.blotfig.elisa.PlateMap;
import org.blotfig.elisa.WellType;
import org.blotfig.elisa.Wells;
import org.blotfig.io.Csv;

/**
 * Reads a plate map: {@code well,type,analyte,sample,group,concentration,dilution} with type one
 * of blank, standard, sample, control. Only well and type are required; a standard needs its
 * concentration, dilution defaults to 1, an unnamed sample is named after its well.
 */
public final class PlateMapCsv {

	private PlateMapCsv() {}

	public static PlateMap read(Path file) {
		Csv.Table t = Csv.read(file);
		t.require("well", "type");
		List<PlateMap.Entry> entries = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		boolean anyStandard = false;
		for (CSVRecord r : t.rows) {
			String line = "line " + (r.getRecordNumber() + 1);
			String well = Wells.canonical(t.get(r, "well"));
			if (well == null) throw new InputException(file, line + ": '" + t.get(r, "well") +
				"' is not a well name (expected e.g. A1 or H12)");
			if (!seen.add(well)) throw new InputException(file, "well " + well + " is listed twice");
			WellType type = WellType.parse(t.get(r, "type"));
			if (type == null) throw new InputException(file, "well " + well + ": type '" + t.get(r, "type") +
				"' is not one of blank, standard, sample, control");
			double conc = Double.NaN;
			if (type == WellType.STANDARD) {
				anyStandard = true;
				conc = number(file, well, "concentration", t.get(r, "concentration"));
				if (conc < 0) throw new InputException(file, "well " + well + ": negative concentration");
			}
			double dilution = 1;
			String d = t.get(r, "dilution");
			if (!d.isEmpty()) {
				dilution = number(file, well, "dilution", d);
				if (!(dilution > 0)) throw new InputException(file, "well " + well +
					": dilution factor must be above 0 (1 = undiluted)");
			}
			String sample = t.get(r, "sample");
			if (sample.isEmpty() && (type == WellType.SAMPLE || type == WellType.CONTROL)) sample = well;
			entries.add(new PlateMap.Entry(well, type, t.get(r, "analyte"), sample, t.get(r, "group"), conc,
				dilution));
		}
		if (!anyStandard) throw new InputException(file, "no standards: no well has type 'standard'");
		return new PlateMap(file.toString(), entries);
	}

	static double number(Path file, String where, String column, String cell) {
		if (cell.isEmpty()) throw new InputException(file, where + ": " + column + " is empty");
		try {
			double v = Double.parseDouble(cell);
			if (Double.isFinite(v)) return v;
		}
		catch (NumberFormatException e) {
			// reported below
		}
		throw new InputException(file, where + ": " + column + " " + org.blotfig.io.Csv.notANumber(cell));
	}
}
