package org.blotfig.norm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.blotfig.core.InputException;
import org.blotfig.gel.Band;
import org.blotfig.gel.GelParams;
import org.blotfig.gel.GelResult;
import org.blotfig.gel.Lane;
import org.blotfig.gel.LaneKind;
import org.blotfig.gel.LanePath;
import org.blotfig.gel.Polarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A detector that numbers lanes differently from the sample sheet must stop the run, visibly. */
class LaneKindCheckTest {

	@TempDir
	Path dir;

	static GelResult result(LaneKind... kinds) {
		List<Lane> lanes = new ArrayList<>();
		for (int i = 0; i < kinds.length; i++)
			lanes.add(new Lane(i + 1, kinds[i], LanePath.straight(20 + 40 * i, 20 + 40 * i, 100, 15), 0, 0));
		return new GelResult(lanes, Collections.<Band> emptyList(), Polarity.LIGHT_BANDS, true, 0, new GelParams(),
			Collections.<String> emptyList());
	}

	@Test
	void ladderWhereTheSheetHasASampleIsRefused() throws IOException {
		Files.write(dir.resolve("blot.tif"), new byte[] { 1 });
		Files.write(dir.resolve("samples.csv"), "lane,sample,group,replicate\n2,a,g,1\n3,b,g,2\n"
			.getBytes(StandardCharsets.UTF_8));
		Files.write(dir.resolve("set.csv"), ("image,target,role,lane\nblot.tif,P53,target,\n" +
			"blot.tif,actin,loading-control,\nblot.tif,100;50;25,ladder,1\n").getBytes(StandardCharsets.UTF_8));
		BlotSet set = BlotSet.read(dir.resolve("set.csv"));
		BlotSet.Source img = new BlotSet.Source(dir.resolve("blot.tif"), null);
		List<String> warnings = new ArrayList<>();
		BlotSetPipeline.checkLaneKinds(set, img, result(LaneKind.LADDER, LaneKind.SAMPLE, LaneKind.SAMPLE), warnings);
		assertTrue(warnings.isEmpty(), warnings.toString());
		// one lane missed on the left: the ladder now appears as lane 2, where sample 'a' should be
		InputException e = assertThrows(InputException.class, () -> BlotSetPipeline.checkLaneKinds(set, img,
			result(LaneKind.SAMPLE, LaneKind.LADDER, LaneKind.SAMPLE), new ArrayList<String>()));
		assertTrue(e.getMessage().contains("lane 2 looks like a ladder, but the sample sheet has sample a there"),
			e.getMessage());
		BlotSetPipeline.checkLaneKinds(set, img, result(LaneKind.SAMPLE, LaneKind.SAMPLE, LaneKind.SAMPLE), warnings);
		assertEquals(1, warnings.size());
		assertTrue(warnings.get(0).contains("lane 1 is listed as the ladder but looks like a sample lane"), warnings.get(0));
		warnings.clear();
		BlotSetPipeline.checkLaneKinds(set, img, result(LaneKind.LADDER, LaneKind.SAMPLE, LaneKind.EMPTY), warnings);
		assertEquals(1, warnings.size(), warnings.toString()); // once, though two entries use the image
		assertTrue(warnings.get(0).contains("lane 3 looks empty"), warnings.get(0));
	}
}
