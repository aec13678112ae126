package org.blotfig.elisa;

/**
 * One measured well (or one row of a standards/unknowns table) with its meaning from the
 * plate map: the common input of {@link ElisaAnalysis}, whatever file format it came from.
 */
public final class Measurement {

	/** Where it came from, for messages: "A1", or "line 5". */
	public final String where;
	public final WellType type;
	/** Analyte ("" when the assay has one and the map leaves it empty). */
	public final String analyte;
	public final String sample, group;
	/** Nominal concentration of a standard (NaN for other types). */
	public final double concentration;
	/** Dilution factor of a sample or control (1 when undiluted). */
	public final double dilution;
	/** The response (OD, reference-corrected), before blank subtraction. */
	public final double response;

	public Measurement(String where, WellType type, String analyte, String sample, String group,
		double concentration, double dilution, double response)
	{
		this.where = where;
		this.type = type;
		this.analyte = analyte == null ? "" : analyte;
		this.sample = sample == null ? "" : sample;
		this.group = group == null ? "" : group;
		this.concentration = concentration;
		this.dilution = dilution;
		this.response = response;
	}
}
