package org.blotfig.norm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.blotfig.core.InputException;
import org.blotfig.core.ProgressListener;
import org.blotfig.gel.GelParams;
import org.blotfig.ij.BlotSetImages;
import org.blotfig.ij.BlotTiff;
import org.blotfig.synth.BlotGenerator;
import org.blotfig.synth.BlotSpec;
import org.blotfig.synth.LaneKind;
import org.blotfig.synth.Preset;
import org.blotfig.synth.SyntheticBlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two blots in one image, as in a published figure (target panel above, actin panel below):
 * each is a rectangle of the same file, selected with the roi column.
 */
class RoiBlotSetTest {

	@TempDir
	Path dir;

	static BlotSpec panel(long seed, String protein, double[] volumes) {
		BlotSpec s = Preset.CLEAN.spec().seed(seed).lanes(7).clearRows().height(200).laneTop(10).laneBottom(190);
		s.laneKind(0, LaneKind.LADDER);
		for (int lane = 1; lane < 7; lane++) s.laneKind(lane, LaneKind.SAMPLE).loading(lane, 1);
		s.loadingCv(0).volumeJitter(0);
		s.addRow(protein, 100, 4, 0);
		for (int lane = 1; lane < 7; lane++) s.volume(lane, 0, volumes[lane - 1]);
		for (double y : new double[] { 30, 60, 140, 170 }) s.addLadderRow(100 - y / 2, y, 2.5, s.volumeForPeak(2.5, 0.2 * s.headroom()));
		return s;
	}

	@Test
	void panelsOfOneFigure() throws IOException {
		double[] bip = { 4e5, 4.4e5, 3.6e5, 5.6e5, 5.2e5, 6.4e5 };
		double[] actin = { 8e5, 8.8e5, 7.2e5, 8.4e5, 7.8e5, 9.6e5 };
		SyntheticBlot top = BlotGenerator.generate(panel(1, "BiP", bip));
		SyntheticBlot bottom = BlotGenerator.generate(panel(2, "beta-actin", actin));
		int w = top.width(), h = top.height();
		short[] both = new short[w * 2 * h];
		System.arraycopy(top.pixels16(), 0, both, 0, w * h);
		System.arraycopy(bottom.pixels16(), 0, both, w * h, w * h);
		BlotTiff.write(dir.resolve("figure.tif"), BlotTiff.toImagePlus("figure", w, 2 * h, both));
		Files.write(dir.resolve("samples.csv"), ("lane,sample,group,replicate\n2,C1,CD,1\n3,C2,CD,2\n4,C3,CD,3\n" +
			"5,H1,HFD,1\n6,H2,HFD,2\n7,H3,HFD,3\n").getBytes(StandardCharsets.UTF_8));
		String roiTop = "\"0,0," + w + "," + h + "\"", roiBottom = "\"0," + h + "," + w + "," + h + "\"";
		Files.write(dir.resolve("set.csv"), ("image,target,role,roi\nfigure.tif,BiP,target," + roiTop +
			"\nfigure.tif,beta-actin,loading-control," + roiBottom + "\n").getBytes(StandardCharsets.UTF_8));
		BlotSet set = BlotSet.read(dir.resolve("set.csv"));
		assertEquals(2, set.sources().size());
		GelParams gel = BlotSetPipeline.defaultGelParams();
		gel.lanes = 7; // one band row per panel gives the lane finder little to go on
		BlotSetResult r = BlotSetPipeline.run(set, BlotSetImages::load, gel, new BlotSetQuantifier.Options(),
			ProgressListener.NONE);
		double ref = (bip[0] / actin[0] + bip[1] / actin[1] + bip[2] / actin[2]) / 3;
		for (int i = 0; i < 6; i++) {
			NormalizedRow row = r.rows.get(i);
			assertEquals(bip[i] / actin[i] / ref, row.foldChange, 0.03 * bip[i] / actin[i] / ref, row.toString());
		}
	}

	@Test
	void badRoiIsRefused() throws IOException {
		Files.write(dir.resolve("x.tif"), new byte[] { 1 });
		Files.write(dir.resolve("samples.csv"), "lane,sample,group,replicate\n1,a,g,1\n".getBytes(StandardCharsets.UTF_8));
		Files.write(dir.resolve("set.csv"), "image,target,role,roi\nx.tif,P53,target,\"0,0,10\"\nx.tif,actin,loading-control,\n"
			.getBytes(StandardCharsets.UTF_8));
		InputException e = assertThrows(InputException.class, () -> BlotSet.read(dir.resolve("set.csv")));
		assertTrue(e.getMessage().contains("line 2: roi '0,0,10' is not x,y,width,height"), e.getMessage());
	}
}
