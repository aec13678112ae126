package org.blotfig.norm;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVPrinter;
import org.blotfig.io.Csv;
import org.blotfig.io.OutputDir;

/**
 * Writes a blot-set result as CSV: normalized.csv (the exact columns, then fold_change_se), qc.csv (control
 * CV per membrane and every warning), ladder.csv (calibration points and residuals) and
 * dilution.csv (linearity checks), the last two only when there is something to write.
 */
public final class BlotSetCsv {

	private BlotSetCsv() {}

	public static final String[] NORMALIZED_COLUMNS = { "sample", "group", "replicate", "membrane", "target",
		"target_volume", "control_volume", "ratio", "fold_change", "mw_kda", "flags", "fold_change_se" };

	/** Writes the files and returns the path of normalized.csv. */
	public static Path write(OutputDir out, BlotSetResult r) {
		Path normalized = out.writeWith("normalized.csv", w -> normalized(w, r.rows));
		out.writeWith("qc.csv", w -> qc(w, r));
		if (!r.ladders.isEmpty()) out.writeWith("ladder.csv", w -> ladders(w, r.ladders));
		if (!r.dilution.isEmpty()) out.writeWith("dilution.csv", w -> dilution(w, r.dilution));
		return normalized;
	}

	public static void normalized(Writer w, List<NormalizedRow> rows) throws IOException {
		CSVPrinter p = Csv.printer(w, NORMALIZED_COLUMNS);
		for (NormalizedRow r : rows) {
			p.printRecord(r.sample.sample, r.sample.group, r.sample.replicate, r.sample.membrane, r.target,
				Csv.num(r.targetVolume), Csv.num(r.controlVolume), Csv.num(r.ratio), Csv.num(r.foldChange),
				Csv.num(r.mwKda), r.flagText(), Csv.num(r.foldChangeSe));
		}
		p.flush();
	}

	/** One row per membrane's control, then one per set-level warning. */
	static void qc(Writer w, BlotSetResult r) throws IOException {
		CSVPrinter p = Csv.printer(w, "membrane", "control", "lanes", "mean", "sd", "cv_percent", "warning");
		java.util.Set<String> onRows = new java.util.HashSet<>();
		for (ControlQc q : r.controlQc) {
			String warn = q.warning();
			onRows.add(warn);
			p.printRecord(q.membrane, q.role, q.n, Csv.num(q.mean), Csv.num(q.sd), Csv.num(q.cvPercent),
				warn == null ? "" : warn);
		}
		for (String warn : r.warnings) {
			if (onRows.contains(warn)) continue; // already on its membrane's row
			p.printRecord("", "", "", "", "", "", warn);
		}
		p.flush();
	}

	static void dilution(Writer w, List<DilutionQc> qcs) throws IOException {
		CSVPrinter p = Csv.printer(w, "membrane", "protein", "role", "points", "r2", "slope", "intercept",
			"linear_low", "linear_high", "linear_r2", "warning");
		for (DilutionQc d : qcs) {
			DilutionSeries s = d.series;
			String warn = d.warning();
			p.printRecord(d.membrane, d.protein, d.role, d.points, Csv.num(s.r2), Csv.num(s.slope),
				Csv.num(s.intercept), Csv.num(s.linearLow), Csv.num(s.linearHigh), Csv.num(s.linearR2),
				warn == null ? "" : warn);
		}
		p.flush();
	}

	static void ladders(Writer w, Map<BlotSet.Source, LadderFit> fits) throws IOException {
		CSVPrinter p = Csv.printer(w, "image", "model", "kda", "position", "fitted_kda", "residual_percent");
		for (Map.Entry<BlotSet.Source, LadderFit> e : fits.entrySet()) {
			MwCalibration c = e.getValue().calibration;
			double[] pos = c.positions(), kda = c.nominalKda(), res = c.residualsPercent();
			for (int i = 0; i < kda.length; i++) {
				p.printRecord(e.getKey(), c.model.name().toLowerCase().replace('_', '-'),
					Csv.num(kda[i]), Csv.num(pos[i]), Csv.num(c.kdaAt(pos[i])), Csv.num(res[i]));
			}
		}
		p.flush();
	}
}
