package org.blotfig.norm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.blotfig.core.ProgressListener;
import org.blotfig.ij.BlotTiff;
import org.blotfig.synth.BlotGenerator;
import org.blotfig.synth.BlotSpec;
import org.blotfig.synth.LaneKind;
import org.blotfig.synth.Preset;
import org.blotfig.synth.SyntheticBlot;
import org.blotfig.synth.Truth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Total-protein normalisation through the whole pipeline: a target blot and a Ponceau-like stain
 * of the same membrane whose lanes are smears (40 overlapping bands, no valley down to the
 * background). Lanes are loaded unevenly (0.5x to 1.6x); the stain's whole-lane totals must take
 * the loading out so that fold changes match the truth.
 */
class TotalProteinTest {

	@TempDir
	Path dir;

	static final double[] LOAD = { 1, 0.5, 1.3, 0.8, 1.6, 0.7, 1.1, 0.9 };
	/** True target per unit of protein: controls 1, treated 2.5. */
	static final double[] EXPRESSION = { 1, 1, 1, 1, 2.5, 2.5, 2.5, 2.5 };

	@Test
	void stainTotalsNormaliseUnevenLoading() throws IOException {
		Map<String, SyntheticBlot> blots = new LinkedHashMap<>();
		blots.put("target.tif", target());
		blots.put("stain.tif", stain());
		for (Map.Entry<String, SyntheticBlot> e : blots.entrySet())
			BlotTiff.write(dir.resolve(e.getKey()), BlotTiff.toImagePlus(e.getKey(), e.getValue()));
		StringBuilder sheet = new StringBuilder("lane,sample,group,replicate\n");
		for (int i = 0; i < LOAD.length; i++)
			sheet.append(i + 1).append(",S").append(i + 1).append(',').append(i < 4 ? "control" : "treated").append(',')
				.append(i % 4 + 1).append('\n');
		write("samples.csv", sheet.toString());
		Path set = write("set.csv", "image,target,role,row\ntarget.tif,P53,target,1\n" +
			"stain.tif,Ponceau S,total-protein,\n");
		BlotSet bs = BlotSet.read(set, dir.resolve("samples.csv"));
		BlotSetResult r = BlotSetPipeline.run(bs, p -> GelBlotSetTest.image(blots.get(p.getFileName().toString())),
			BlotSetPipeline.defaultGelParams(), new BlotSetQuantifier.Options(), ProgressListener.NONE);
		// truth: target volume over the stain's true lane total, against the control mean
		double[] ratio = new double[LOAD.length];
		double ref = 0;
		for (int i = 0; i < LOAD.length; i++) {
			ratio[i] = laneSum(blots.get("target.tif"), i) / laneSum(blots.get("stain.tif"), i);
			if (i < 4) ref += ratio[i] / 4;
		}
		assertEquals(LOAD.length, r.rows.size());
		for (NormalizedRow row : r.rows) {
			int i = row.sample.lane - 1;
			assertTrue(!row.isExcluded(), row.toString());
			assertEquals(ratio[i] / ref, row.foldChange, 0.03 * ratio[i] / ref, row.toString());
		}
		// without normalisation the loading would be off by up to 60 %: the stain did the work
		assertEquals(2.5, r.rows.get(4).foldChange, 0.1 * 2.5);
	}

	private SyntheticBlot target() {
		BlotSpec s = layout(21);
		int row = s.addRow("P53", 200, 4.5, 0);
		for (int i = 0; i < LOAD.length; i++)
			s.volume(i, row, s.volumeForPeak(4.5, 0.15 * s.headroom()) * LOAD[i] * EXPRESSION[i]);
		return BlotGenerator.generate(s);
	}

	private SyntheticBlot stain() {
		BlotSpec s = layout(22);
		Random rnd = new Random(5);
		for (int k = 0; k < 40; k++) {
			int row = s.addRow("stain " + k, 30 + k * 11.5, 5, 0);
			double v = s.volumeForPeak(5, (0.01 + 0.03 * rnd.nextDouble()) * s.headroom());
			for (int i = 0; i < LOAD.length; i++) s.volume(i, row, v * LOAD[i]);
		}
		return BlotGenerator.generate(s);
	}

	private static BlotSpec layout(long seed) {
		BlotSpec s = Preset.CLEAN.spec().seed(seed).lanes(LOAD.length).clearRows().height(520).laneTop(15)
			.laneBottom(505).loadingCv(0).volumeJitter(0);
		for (int i = 0; i < LOAD.length; i++) s.laneKind(i, LaneKind.SAMPLE);
		return s;
	}

	private static double laneSum(SyntheticBlot b, int lane0) {
		double sum = 0;
		for (Truth.Band t : b.truth().bands) if (t.lane == lane0) sum += t.volume;
		return sum;
	}

	private Path write(String name, String text) throws IOException {
		return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
	}
}
