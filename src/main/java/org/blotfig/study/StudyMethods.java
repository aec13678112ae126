package org.blotfig.study;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.blotfig.core.Version;

/**
 * A methods paragraph for the paper, written from what the study run did: one sentence per kind of
 * assay in it and one for the statistics, naming the software and its version, so that the text
 * a biologist pastes matches the numbers in the report.
 */
final class StudyMethods {

	private StudyMethods() {}

	static String text(List<StudyRun.PanelResult> panels) {
		Set<StudySheet.Assay> assays = EnumSet.noneOf(StudySheet.Assay.class);
		for (StudyRun.PanelResult p : panels) assays.add(p.panel.assay);
		StringBuilder o = new StringBuilder("Quantification and statistics were done with blotfig " + Version.get() +
			" (a Fiji/ImageJ plugin) from the raw files, in one reproducible run.");
		if (assays.contains(StudySheet.Assay.WESTERN)) o.append(" Western blots: lanes and bands were found automatically " +
			"on the unprocessed scans; each band's volume is its integrated intensity over a valley-to-valley background " +
			"of its lane; each target band was divided by the loading-control band (or total-protein lane) of the same " +
			"lane, and fold change expressed against the mean of the reference group within each membrane; lanes with a " +
			"saturated or missing loading-control band were excluded.");
		if (assays.contains(StudySheet.Assay.ELISA)) o.append(" ELISA: standard curves were fitted (unweighted) with a " +
			"four-parameter logistic model, sample concentrations back-calculated and multiplied by their dilution; " +
			"only samples read within the standards' range were analysed.");
		if (assays.contains(StudySheet.Assay.FLOW_MARKERS)) o.append(" Flow cytometry markers: the percentage of events " +
			"above a set percentile of the unstained or isotype control on the marker's channel.");
		if (assays.contains(StudySheet.Assay.FLOW_APOPTOSIS)) o.append(" Apoptosis: Annexin V / PI quadrants set at a " +
			"percentile of the unstained control on each channel; early apoptotic = Annexin V+ PI-, late apoptotic = " +
			"Annexin V+ PI+.");
		o.append(" Data are mean ± SD; groups were compared by two-way ANOVA (item x group, Type III sums of squares) " +
			"followed by Sidak's multiple comparisons within each item (ns P >= 0.05, * P < 0.05, ** P < 0.01, " +
			"*** P < 0.001, **** P < 0.0001).");
		return o.toString();
	}
}
