package org.blotfig.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;

import org.blotfig.stats.LongTable;
import org.blotfig.stats.StatsAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyReportTest {

	@TempDir
	Path dir;

	@Test
	void numbersOfAGroupedTableCarryMeansFoldsAndTheirTests() {
		LongTable.Builder b = LongTable.builder("t");
		for (double v : new double[] { 10, 12, 14 }) b.add("IL-2", "control", v);
		for (double v : new double[] { 60, 66, 72 }) b.add("IL-2", "co-culture", v);
		for (double v : new double[] { 5, 6, 7 }) b.add("IL-4", "control", v);
		for (double v : new double[] { 5, 7, 6 }) b.add("IL-4", "co-culture", v);
		LongTable t = b.build();
		StatsAnalysis.Result stats = GroupStats.of(t).result;
		java.util.List<StudyNumber> n = StudyNumbers.of("Fig. 5", t, stats, "control", StudyNumber.MEAN, true);
		assertEquals(6, n.size());
		StudyNumber fold = n.get(2);
		assertEquals("IL-2", fold.item);
		assertEquals(StudyNumber.FOLD_CHANGE, fold.quantity);
		assertEquals(66.0 / 12.0, fold.value, 1e-12);
		assertEquals("****", fold.stars);
		assertEquals(2.0, n.get(0).sd, 1e-12);
		assertEquals("", n.get(0).stars, "the reference group is not compared with itself");
		assertEquals("ns", n.get(5).stars);
	}

	@Test
	void expectedValuesAreMatchedAndDifferencesShown() throws Exception {
		Path e = dir.resolve("expected.csv");
		Files.write(e, ("figure,item,group,quantity,value,stars\nfig. 5,il-2,Co-culture,fold_change,5.0,***\n")
			.getBytes(StandardCharsets.UTF_8));
		StudyExpected exp = StudyExpected.load(e);
		StudyNumber n = new StudyNumber("Fig. 5", "IL-2", "co-culture", StudyNumber.FOLD_CHANGE, 5.5, Double.NaN, 3,
			"<0.0001", "****");
		StudySheet.Panel p = new StudySheet.Panel("Fig. 5", StudySheet.Assay.ELISA, dir.resolve("plate.csv"),
			dir.resolve("map.csv"), "");
		StudyRun.PanelResult r = new StudyRun.PanelResult(p, "ELISA", Collections.singletonList(n),
			Arrays.asList("fig5/figure.svg", "fig5/figure.png"), Collections.singletonList("a note"));
		StudyReport report = new StudyReport("t", Collections.singletonList(r), exp);
		String csv = report.csv();
		assertTrue(csv.contains("Fig. 5,IL-2,co-culture,fold_change,5.5,,3,<0.0001,****,5,***,0.1000"), csv);
		String md = report.markdown();
		assertTrue(md.contains("| 5.50 |") && md.contains("+10.0 % stars differ") && md.contains("- a note"), md);
		assertTrue(report.html().contains("class=\"off\""), "a star that differs is marked");
		// the methods paragraph names what the run did, and only that
		assertTrue(md.contains("## Methods (for the paper)") && md.contains("four-parameter logistic") &&
			md.contains("Sidak"), md);
		assertTrue(!md.contains("Western blots:") && !md.contains("Annexin"), "no assay the study does not have");
		assertTrue(report.html().contains("<h2>Methods (for the paper)</h2>"));
		assertEquals("0.00120", StudyReport.fmt(0.0012));
		assertEquals("316", StudyReport.fmt(316.47));
		assertEquals("1.00", StudyReport.fmt(0.99999999), "rounding up to a power of ten keeps three digits");
		assertEquals("1.00", StudyReport.fmt(1.0000000002));
		assertEquals("100", StudyReport.fmt(99.96));
		assertEquals("-0.360", StudyReport.fmt(-0.36));
		assertEquals("2.09", StudyReport.fmt(2.09));
	}
}
