package org.blotfig.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.blotfig.flow.ApoptosisDemo;
import org.blotfig.flow.FcsDataset;
import org.blotfig.flow.FcsReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic Annexin V/PI demo: known truth, recovered by the control-based quadrant gate. */
class FlowDemoTest {

	@TempDir
	Path dir;

	@Test
	void bundledDemoFilesRegenerateByteIdentically() throws Exception {
		FlowCliTest.run(0, "flow", "demo", "--out", dir.toString());
		for (String f : new String[] { "apoptosis_stained.fcs", "apoptosis_unstained.fcs", "apoptosis_truth.csv" }) {
			assertArrayEquals(Files.readAllBytes(Paths.get("test-images", "flow", f)), Files.readAllBytes(dir.resolve(f)), f);
		}
		FcsDataset ds = FcsReader.read(dir.resolve("apoptosis_stained.fcs")).first();
		assertEquals(5000, ds.eventCount);
		assertEquals("Annexin V-FITC", ds.channels.get(2).label);
	}

	@Test
	void controlBasedQuadrantsRecoverTheTruthWithinTwoPoints() throws Exception {
		Path demo = Paths.get("test-images", "flow");
		FlowCliTest.run(0, "flow", "quadrants", demo.resolve("apoptosis_stained.fcs").toString(), "--x", "FL1-H", "--y",
			"FL2-H", "--control", demo.resolve("apoptosis_unstained.fcs").toString(), "--gate-x", "FSC-H", "--gate-y",
			"SSC-H", "--gate-rect", "20000,100000,5000,50000", "--out", dir.toString());
		// truth among non-debris events, from the generator itself
		ApoptosisDemo t = ApoptosisDemo.generate(1, 5000, FlowDemoCommand.STAINED);
		int[] n = new int[5];
		for (int p : t.truth) n[p]++;
		double cells = 5000 - n[ApoptosisDemo.DEBRIS];
		double[] truth = { n[ApoptosisDemo.LIVE] / cells, n[ApoptosisDemo.EARLY] / cells, n[ApoptosisDemo.LATE] / cells,
			n[ApoptosisDemo.NECROTIC] / cells };
		List<String> q = Files.readAllLines(dir.resolve("quadrants.csv"));
		String[] labels = { "live", "early apoptotic", "late apoptotic", "necrotic" };
		for (int k = 0; k < 4; k++) {
			String[] row = q.get(k + 1).split(",");
			assertEquals(labels[k], row[1]);
			double pct = Double.parseDouble(row[3]);
			assertEquals(100 * truth[k], pct, 2.0, labels[k] + ": gated " + pct + " vs truth " + 100 * truth[k]);
		}
	}
}
