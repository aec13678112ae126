package org.blotfig.norm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.blotfig.core.InputException;
import org.blotfig.core.ProgressListener;
import org.blotfig.io.OutputDir;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole blot-set logic on hand-made band tables with hand-computed answers. */
class BlotSetQuantifierTest {

	@TempDir
	Path dir;

	final Map<String, List<BandMeasurement>> bands = new HashMap<>();

	static double rf(double kda) {
		return TargetBandsTest.rf(kda);
	}

	void band(String image, int lane, int row, double kda, double volume, int saturatedPx) {
		bands.computeIfAbsent(image, k -> new ArrayList<>()).add(new BandMeasurement(image, lane, row, rf(kda),
			volume, saturatedPx));
	}

	@BeforeEach
	void blots() throws IOException {
		write("samples.csv", "lane,sample,group,replicate,membrane\n" +
			"2,C1,control,1,A\n3,C2,control,2,A\n4,E1,treated,1,A\n5,E2,treated,2,A\n" +
			"2,C3,control,3,B\n3,C4,control,4,B\n4,E3,treated,3,B\n5,E4,treated,4,B\n");
		for (String n : new String[] { "a_p53.tif", "a_actin.tif", "b_p53.tif", "b_stain.tif" }) write(n, "x");
		// membrane A: ladder in lane 1 of the P53 image; a strong non-specific band at 72 kDa above P53
		for (double k : Ladder.parse("PageRuler Plus Prestained").kda()) band("a_p53.tif", 1, 0, k, 5000, 0);
		double[] actinA = { 1000, 1200, 800, 1100 };
		double[] ratioA = { 0.5, 0.5, 1.0, 1.0 };
		for (int i = 0; i < 4; i++) {
			band("a_p53.tif", i + 2, 1, 72, 20000, 0);
			band("a_p53.tif", i + 2, 2, 53, ratioA[i] * actinA[i], 0);
			band("a_actin.tif", i + 2, 1, 42, actinA[i], i == 3 ? 12 : 0); // lane 5 actin saturated
		}
		// membrane B: total-protein stain (three bands per lane), P53 named by row
		double[] totalB = { 3000, 3000, 6000, 3000 };
		double[] p53B = { 300, 330, 1260, 630 };
		for (int i = 0; i < 4; i++) {
			for (int r = 1; r <= 3; r++) band("b_stain.tif", i + 2, r, 100 / r, totalB[i] / 3, 0);
			band("b_p53.tif", i + 2, 1, 53, p53B[i], 0);
			band("b_p53.tif", i + 2, 2, 30, 99999, 0);
		}
	}

	Path write(String name, String text) throws IOException {
		Path p = dir.resolve(name);
		Files.write(p, text.getBytes(StandardCharsets.UTF_8));
		return p;
	}

	BlotSetResult run(String set, BlotSetQuantifier.Options o) throws IOException {
		BlotSet s = BlotSet.read(write("set.csv", set));
		return BlotSetQuantifier.quantify(s, src -> bands.getOrDefault(src.path.getFileName().toString(),
			new ArrayList<BandMeasurement>()), o, ProgressListener.NONE);
	}

	static final String SET = "image,target,role,membrane,row,mw_kda,lane\n" +
		"a_p53.tif,P53,target,A,,53,\n" +
		"a_p53.tif,PageRuler Plus Prestained,ladder,A,,,1\n" +
		"a_actin.tif,beta-actin,loading-control,A,,,\n" +
		"b_p53.tif,P53,target,B,1,,\n" +
		"b_stain.tif,Ponceau S,total-protein,B,,,\n";

	@Test
	void foldChangesExclusionsAndMw() throws IOException {
		BlotSetResult r = run(SET, new BlotSetQuantifier.Options());
		assertEquals("control", r.referenceGroup);
		assertEquals(8, r.rows.size());
		// membrane A: ratios 0.5 0.5 1.0 (lane 5 excluded: saturated actin), reference mean 0.5
		double[] fold = { 1, 1, 2, Double.NaN, 300 / 3000.0 / 0.105, 330 / 3000.0 / 0.105, 2, 2 };
		for (int i = 0; i < 8; i++) assertEquals(fold[i], r.rows.get(i).foldChange, 1e-12, r.rows.get(i).toString());
		NormalizedRow sat = r.rows.get(3);
		assertEquals("E2", sat.sample.sample);
		assertEquals("excluded:loading-control-saturated", sat.flagText());
		// the target was found by MW (53 kDa), not the 20x stronger 72 kDa row
		assertEquals(53, r.rows.get(0).mwKda, 1e-9);
		assertEquals(500, r.rows.get(0).targetVolume, 1e-12);
		assertTrue(Double.isNaN(r.rows.get(4).mwKda), "membrane B has no ladder");
		// total-protein lane totals; CV on B = 1500 / 3750 = 40 % -> warning and a flag on B rows
		assertEquals(6000, r.rows.get(6).controlVolume, 1e-9);
		assertEquals("total-protein-cv-high", r.rows.get(6).flagText());
		assertEquals(2, r.controlQc.size());
		assertEquals(20, r.controlQc.get(0).cvPercent, 1e-9); // 1000 1200 800 (saturated 1100 left out)
		assertEquals(40, r.controlQc.get(1).cvPercent, 1e-9);
		assertEquals(1, r.warnings.size());
		assertTrue(r.warnings.get(0).contains("membrane B: total-protein CV 40.0 %"), r.warnings.get(0));
		assertEquals(0, r.ladders.get(new BlotSet.Source(dir.resolve("a_p53.tif"), null)).calibration.maxAbsResidualPercent(), 1e-9);
	}

	@Test
	void writesTheIssuesColumns() throws IOException {
		BlotSetResult r = run(SET, new BlotSetQuantifier.Options());
		Path out = BlotSetCsv.write(new OutputDir(dir.resolve("out")), r);
		List<String> lines = Files.readAllLines(out);
		assertEquals("sample,group,replicate,membrane,target,target_volume,control_volume,ratio,fold_change,mw_kda,flags," +
			"fold_change_se", lines.get(0));
		assertEquals(9, lines.size());
		assertTrue(lines.get(4).startsWith("E2,treated,2,A,P53,1100,1100,,,"), lines.get(4));
		// hand-measured bands carry no standard errors: the last column stays empty
		assertTrue(lines.get(4).endsWith("excluded:loading-control-saturated,"), lines.get(4));
		assertTrue(lines.get(3).endsWith(","), lines.get(3));
		assertTrue(lines.get(3).startsWith("E1,treated,1,A,P53,800,800,1,2,"), lines.get(3));
		List<String> qc = Files.readAllLines(dir.resolve("out/qc.csv"));
		assertEquals(3, qc.size());
		assertTrue(qc.get(2).startsWith("B,total-protein,4,3750,1500,40,"), qc.get(2));
		List<String> ladder = Files.readAllLines(dir.resolve("out/ladder.csv"));
		assertEquals(10, ladder.size());
		assertTrue(ladder.get(1).startsWith("a_p53.tif,log-linear,250,"), ladder.get(1));
	}

	@Test
	void referenceGroupCanBeChosenAndMustExist() throws IOException {
		BlotSetQuantifier.Options o = new BlotSetQuantifier.Options();
		o.referenceGroup = "treated";
		BlotSetResult r = run(SET, o);
		assertEquals(0.5, r.rows.get(0).foldChange, 1e-12); // only E1 is a usable treated lane on A
		o.referenceGroup = "vehicle";
		InputException e = assertThrows(InputException.class, () -> run(SET, o));
		assertTrue(e.getMessage().contains("reference group 'vehicle' is not in the sample sheet"), e.getMessage());
	}

	@Test
	void aTargetImageWithSeveralRowsAndNoChoiceIsAnError() throws IOException {
		String set = SET.replace("b_p53.tif,P53,target,B,1,,", "b_p53.tif,P53,target,B,,,");
		InputException e = assertThrows(InputException.class, () -> run(set, new BlotSetQuantifier.Options()));
		assertTrue(e.getMessage().contains("set.csv line 5 (image b_p53.tif, target P53): found 2 band rows"),
			e.getMessage());
	}

	@Test
	void missingLadderBandsFailOnlyWhereTheMwIsNeeded() throws IOException {
		bands.get("a_p53.tif").removeIf(b -> b.lane == 1 && b.position > rf(60)); // ladder lane cut to 3 of 9
		bands.get("a_p53.tif").removeIf(b -> b.lane == 1 && b.position < rf(120));
		// 130, 100, 70 left: several runs of 3 sizes fit a line about equally -> no calibration
		InputException e = assertThrows(InputException.class, () -> run(SET, new BlotSetQuantifier.Options()));
		assertTrue(e.getMessage().contains("mw_kda needs a ladder calibration"), e.getMessage());
		BlotSetResult r = run(SET.replace("a_p53.tif,P53,target,A,,53,", "a_p53.tif,P53,target,A,2,,"),
			new BlotSetQuantifier.Options());
		assertEquals(2, r.rows.get(2).foldChange, 1e-12);
		assertTrue(r.warnings.get(0).startsWith("no MW calibration"), r.warnings.toString());
	}

	@Test
	void dilutionSeriesFlagsLanesAboveTheLinearRange() throws IOException {
		write("samples.csv", "lane,sample,group,replicate,membrane,load\n" +
			"2,D1,dilution,1,A,1\n3,D2,dilution,1,A,2\n4,D4,dilution,1,A,4\n5,D8,dilution,1,A,8\n" +
			"2,C3,control,3,B,\n3,C4,control,4,B,\n4,E3,treated,3,B,\n5,E4,treated,4,B,\n");
		bands.get("a_actin.tif").clear();
		double[] actin = { 100, 200, 400, 500 }; // saturates between 4 and 8 ug
		for (int i = 0; i < 4; i++) band("a_actin.tif", i + 2, 1, 42, actin[i], 0);
		BlotSetQuantifier.Options o = new BlotSetQuantifier.Options();
		o.referenceGroup = "control";
		BlotSetResult r = run(SET, o);
		// beta-actin and P53 on membrane A; B has no loads
		assertEquals(2, r.dilution.size());
		DilutionQc d = r.dilution.get(0);
		assertEquals("beta-actin", d.protein);
		assertEquals(0.8904347826086958, d.series.r2, 1e-12); // numpy corrcoef^2
		assertEquals(1, d.series.linearLow, 0);
		assertEquals(4, d.series.linearHigh, 0);
		assertTrue(r.rows.get(3).flags.contains("loading-control:above-linear-range"), r.rows.get(3).toString());
		assertTrue(!r.rows.get(2).flagText().contains("above-linear-range"), r.rows.get(2).toString());
		assertTrue(r.warnings.contains("membrane A: beta-actin signal is not linear in load (R2 0.890 over 4 lanes); " +
			"linear range 1-4"), r.warnings.toString());
		BlotSetCsv.write(new OutputDir(dir.resolve("out")), r);
		List<String> lines = Files.readAllLines(dir.resolve("out/dilution.csv"));
		assertEquals(3, lines.size());
		assertTrue(lines.get(1).startsWith("A,beta-actin,loading-control,4,0.89043478260869"), lines.get(1));
	}
}
