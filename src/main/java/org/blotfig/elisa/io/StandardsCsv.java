package org.blotfig.elisa.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.blotfig.core.InputException;
import org.blotfig.elisa.Measurement;
import org.blotfig.elisa.WellType;
import org.blotfig.io.Csv;

/**
 * Reads already-averaged tables instead of a plate: standards {@code conc,od} and, optionally,
 * unknowns {@code sample,od[,group][,dilution][,analyte]}. Without a {@code group} column the
 * other descriptive columns (e.g. {@code treatment,dose}) together name the group. The response
 * column may also be called {@code y} or {@code value}.
 */
public final class StandardsCsv {

	private StandardsCsv() {}

	private static final String[] RESPONSE = { "od", "y", "value" };

	public static List<Measurement> read(Path standards, Path unknowns) {
		List<Measurement> out = new ArrayList<>();
		Csv.Table s = Csv.read(standards);
		s.require("conc");
		String sy = response(s);
		for (CSVRecord r : s.rows) {
			String line = "line " + (r.getRecordNumber() + 1);
			double conc = PlateMapCsv.number(standards, line, "conc", s.get(r, "conc"));
			if (conc < 0) throw new InputException(standards, line + ": negative concentration");
			out.add(new Measurement(line, WellType.STANDARD, "", "", "", conc, 1,
				PlateMapCsv.number(standards, line, sy, s.get(r, sy))));
		}
		if (out.isEmpty()) throw new InputException(standards, "no standards listed");
		if (unknowns == null) return out;
		Csv.Table u = Csv.read(unknowns);
		u.require("sample");
		String uy = response(u);
		List<String> descriptive = new ArrayList<>();
		if (u.has("group")) descriptive.add("group");
		else for (String c : u.header)
			if (!c.equalsIgnoreCase("sample") && !c.equalsIgnoreCase(uy) && !c.equalsIgnoreCase("dilution") &&
				!c.equalsIgnoreCase("analyte"))
				descriptive.add(c);
		for (CSVRecord r : u.rows) {
			String line = "line " + (r.getRecordNumber() + 1);
			String sample = u.get(r, "sample");
			String where = sample.isEmpty() ? line : line + " (" + sample + ")";
			List<String> g = new ArrayList<>();
			for (String c : descriptive)
				if (!u.get(r, c).isEmpty()) g.add(u.get(r, c));
			double dilution = u.has("dilution") && !u.get(r, "dilution").isEmpty()
				? PlateMapCsv.number(unknowns, where, "dilution", u.get(r, "dilution")) : 1;
			if (!(dilution > 0)) throw new InputException(unknowns, where + ": dilution must be above 0");
			out.add(new Measurement(line, WellType.SAMPLE, u.get(r, "analyte"), sample.isEmpty() ? line
				: sample, String.join(" ", g), Double.NaN, dilution, PlateMapCsv.number(unknowns, where, uy,
					u.get(r, uy))));
		}
		// a samples file that was given but lists nothing is a wrong file, not a request for a curve only
		if (u.rows.isEmpty()) throw new InputException(unknowns, "no samples listed (leave out --samples " +
			"to fit the standards alone)");
		return out;
	}

	private static String response(Csv.Table t) {
		for (String c : RESPONSE)
			if (t.has(c)) return c;
		throw new InputException(t.file, "missing response column 'od' (or 'y', 'value'); found: " +
			String.join(", ", t.header));
	}
}
