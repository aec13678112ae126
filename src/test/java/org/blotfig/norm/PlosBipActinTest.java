package org.blotfig.norm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.blotfig.ij.BlotSetImages;
import org.blotfig.core.ProgressListener;
import org.blotfig.testutil.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real published blot: PLOS ONE 10.1371/journal.pone.0265461, Fig 6 (CC-BY 4.0), BiP above and
 * beta-actin below as two panels of one figure, 3 CD and 3 HFD lanes between two ladders. The
 * authors report BiP/beta-actin about 1.3x higher in HFD (p < 0.05, six animals per group; the
 * figure shows three per group). The panels are selected with roi, the proteins by band row
 * (BiP: the strong second row, ~70 kDa; beta-actin: the fourth row, ~42 kDa).
 */
class PlosBipActinTest {

	@TempDir
	Path dir;

	@Test
	void bipUpInHfdRelativeToActin() throws IOException {
		Path fig = Shared.data("blots/plos_bip_actin/pone.0265461.g006.tif");
		Files.write(dir.resolve("samples.csv"), ("lane,sample,group,replicate\n2,CD1,CD,1\n3,CD2,CD,2\n4,CD3,CD,3\n" +
			"5,HFD1,HFD,1\n6,HFD2,HFD,2\n7,HFD3,HFD,3\n").getBytes(StandardCharsets.UTF_8));
		Files.write(dir.resolve("set.csv"), ("image,target,role,row,roi\n" +
			fig + ",BiP,target,2,\"230,118,1505,710\"\n" +
			fig + ",beta-actin,loading-control,4,\"230,885,1505,605\"\n").getBytes(StandardCharsets.UTF_8));
		BlotSetRun.Settings s = new BlotSetRun.Settings();
		s.lanes = 8; // ladder, 6 samples, ladder: found automatically, pairs of lanes merge
		BlotSetRun run = BlotSetRun.prepare(dir.resolve("set.csv"), null, s);
		BlotSetImages images = new BlotSetImages();
		BlotSetResult r = run.run(images, images.warnings(), ProgressListener.NONE);
		assertEquals(6, r.rows.size());
		double cd = 0, hfd = 0;
		for (NormalizedRow row : r.rows) {
			assertFalse(row.isExcluded(), row.toString());
			if (row.sample.group.equals("CD")) cd += row.foldChange / 3;
			else hfd += row.foldChange / 3;
		}
		System.out.printf(Locale.ROOT, "PLOS BiP/beta-actin: HFD/CD fold %.2f (published ~1.3, 6 animals)%n", hfd);
		assertEquals(1, cd, 1e-12);
		assertTrue(hfd > 1.15 && hfd < 1.8, "HFD/CD " + hfd + " should show BiP up, as published (~1.3)");
		assertTrue(images.warnings().isEmpty() || images.warnings().get(0).contains("pone.0265461"), images.warnings().toString());
	}
}
