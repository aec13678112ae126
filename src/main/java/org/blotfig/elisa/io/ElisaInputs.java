package org.blotfig.elisa.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.blotfig.core.InputException;
import org.blotfig.elisa.Measurement;

/**
 * Turns the user's files into measurements, the same way for the CLI and the Fiji command:
 * either a plate read plus its plate map, or a standards table with an optional unknowns table.
 */
public final class ElisaInputs {

	/** The wells to analyse and the file that describes them (named in later messages). */
	public final List<Measurement> wells;
	public final String source;
	/** Which plate read was used when the user did not say, e.g. "450 minus reference 570"; else "". */
	public final String readChosen;

	private ElisaInputs(List<Measurement> wells, String source, String readChosen) {
		this.wells = wells;
		this.source = source;
		this.readChosen = readChosen;
	}

	/**
	 * @param plate plate read, or null for table mode
	 * @param layout plate map (required with a plate)
	 * @param standards standards table conc,od (table mode)
	 * @param samples unknowns table (table mode, optional)
	 * @param wavelength read to use when the plate has several (may be null)
	 * @param reference read subtracted well by well (may be null)
	 * @param analyte only this analyte (null or empty for all)
	 */
	public static ElisaInputs load(Path plate, Path layout, Path standards, Path samples,
		String wavelength, String reference, String analyte)
	{
		ElisaInputs in;
		if (plate != null) {
			if (standards != null || samples != null) throw new InputException(
				"give either a plate with its plate map, or a standards table (with unknowns), not both");
			if (layout == null) throw new InputException(plate, "a plate needs its plate map (--layout MAP.csv)");
			in = new ElisaInputs(PlateMapCsv.read(layout).join(PlateCsv.read(plate, wavelength, reference)),
				layout.toString(), readChosen(plate, wavelength, reference));
		}
		else if (standards != null) in = new ElisaInputs(StandardsCsv.read(standards, samples),
			standards.toString(), "");
		else throw new InputException("no input: give a plate read with its plate map, or a standards table");
		return analyte == null || analyte.trim().isEmpty() ? in : in.only(analyte.trim());
	}

	/** Keeps one analyte's wells and the wells shared by all analytes (empty analyte). */
	private ElisaInputs only(String analyte) {
		List<Measurement> kept = new ArrayList<>();
		boolean found = false;
		for (Measurement x : wells) {
			if (x.analyte.equals(analyte)) found = true;
			if (x.analyte.equals(analyte) || x.analyte.isEmpty()) kept.add(x);
		}
		if (!found) throw new InputException(source + ": no wells for analyte '" + analyte + "'");
		return new ElisaInputs(kept, source, readChosen);
	}

	private static String readChosen(Path plate, String wavelength, String reference) {
		boolean unspecified = (wavelength == null || wavelength.trim().isEmpty()) &&
			(reference == null || reference.trim().isEmpty());
		String[] pair = unspecified ? PlateCsv.autoPair(PlateCsv.wavelengths(plate)) : null;
		return pair == null ? "" : pair[0] + " nm minus reference " + pair[1] + " nm";
	}
}
