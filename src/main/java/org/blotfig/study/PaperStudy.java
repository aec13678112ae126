package org.blotfig.study;

import java.util.Locale;

import org.blotfig.flow.PaperFlowDemo;
import org.blotfig.synth.PaperElisaPlate;
import org.blotfig.synth.PaperWesternSet;

/**
 * The reference study's sheet and the values it must reproduce (the paper's figures, as stated in
 * its text and figure panels), for the demo written by {@code blotfig demo}: which figure comes
 * from which raw data, and what the published figure says.
 */
public final class PaperStudy {

	private PaperStudy() {}

	/** The study sheet, paths relative to the demo folder. */
	public static String studyCsv() {
		return "figure,assay,input,layout,y_label\n" +
			"Fig. 1,flow-markers,flow/markers.csv,,\n" +
			"Fig. 2,flow-markers,flow/markers.csv,,\n" +
			"Fig. 3,flow-apoptosis,flow/apoptosis.csv,,\n" +
			"Fig. 4,western,western/set.csv,,\n" +
			"Fig. 5,elisa,elisa/plate_450_570.csv,elisa/plate_map.csv,pg/mL\n";
	}

	/**
	 * The published values: figure,item,group,quantity,value,stars.
	 *
	 * @param flow the demo's flow data (its markers carry the published % positive)
	 */
	public static String expectedCsv(PaperFlowDemo flow) {
		StringBuilder o = new StringBuilder("figure,item,group,quantity,value,stars\n");
		for (PaperFlowDemo.Marker m : flow.markers)
			o.append("Fig. ").append(m.figure).append(',').append(m.marker).append(",,percent_positive,")
				.append(num(m.paperPercent)).append(",\n");
		for (int g = 0; g < 2; g++) {
			String stars = g == 0 ? "" : "****";
			o.append("Fig. 3,").append(FlowPercentStudy.EARLY).append(',').append(PaperFlowDemo.GROUPS[g]).append(",percent,")
				.append(num(PaperFlowDemo.PAPER_EARLY[g])).append(',').append(stars).append('\n');
			o.append("Fig. 3,").append(FlowPercentStudy.LATE).append(',').append(PaperFlowDemo.GROUPS[g]).append(",percent,")
				.append(num(PaperFlowDemo.PAPER_LATE[g])).append(',').append(stars).append('\n');
		}
		String exp = PaperWesternSet.GROUPS[1];
		for (int i = 0; i < PaperWesternSet.TARGETS.length; i++) {
			boolean ns = PaperWesternSet.FOLD[i] == 1.0; // ERK1/2: "no significant change", no value stated
			o.append("Fig. 4,").append(PaperWesternSet.TARGETS[i]).append(',').append(exp).append(",fold_change,")
				.append(ns ? "" : num(PaperWesternSet.FOLD[i])).append(',').append(ns ? "ns" : "****").append('\n');
		}
		for (int i = 0; i < PaperElisaPlate.ANALYTES.length; i++)
			o.append("Fig. 5,").append(PaperElisaPlate.ANALYTES[i]).append(',').append(exp).append(",fold_change,")
				.append(Double.isNaN(PaperElisaPlate.PAPER_FOLD[i]) ? "" : num(PaperElisaPlate.PAPER_FOLD[i])).append(',')
				.append(PaperElisaPlate.PAPER_STARS[i]).append('\n');
		return o.toString();
	}

	private static String num(double v) {
		return String.format(Locale.ROOT, "%s", v);
	}
}
