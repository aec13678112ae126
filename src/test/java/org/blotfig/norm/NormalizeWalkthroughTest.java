package org.blotfig.norm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ij.IJ;
import ij.ImagePlus;

/**
 * Defects a usability walk-through of {@code blotfig normalize} found, on the bundled example
 * (test-images/blotset: 8-lane synthetic blots, ladder in lane 1, samples in lanes 2-8).
 */
class NormalizeWalkthroughTest {

	static final Path EXAMPLE = Paths.get("test-images", "blotset");

	@TempDir
	Path dir;

	/** A copy of the example set in its own folder (images beside it), the sample sheet's lines filtered. */
	private Path copyExample(String setText, java.util.function.Predicate<String> keepSheetLine) throws IOException {
		Path set = dir.resolve("set").resolve("set.csv");
		Files.createDirectories(set.getParent());
		Files.createDirectories(dir.resolve("synth"));
		for (String f : new String[] { "clean16_000.tif", "saturated16_000.tif" })
			Files.copy(Paths.get("test-images", "synth", f), dir.resolve("synth").resolve(f));
		Files.write(set, setText.getBytes(StandardCharsets.UTF_8));
		List<String> sheet = new ArrayList<>();
		for (String l : Files.readAllLines(EXAMPLE.resolve("samples.csv"), StandardCharsets.UTF_8))
			if (sheet.isEmpty() || keepSheetLine.test(l)) sheet.add(l);
		Files.write(set.resolveSibling("samples.csv"), sheet, StandardCharsets.UTF_8);
		return set;
	}

	private static String exampleSet() throws IOException {
		return new String(Files.readAllBytes(EXAMPLE.resolve("set.csv")), StandardCharsets.UTF_8);
	}

	private static long count(String text, String what) {
		long n = 0;
		for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) n++;
		return n;
	}

	@Test
	void laneCountGivenTooSmallSaysSoNotGiveIt() {
		String[] o = NormalizeCommandTest.run(2, "normalize", EXAMPLE.resolve("set.csv").toString(), "--lanes", "7",
			"--out", dir.resolve("out").toString());
		assertTrue(o[1].contains("the sample sheet names lane 8, but the number of lanes given is 7"), o[1]);
		assertFalse(o[1].contains("give the number of lanes"), o[1]);
		assertFalse(Files.exists(dir.resolve("out").resolve("normalized.csv")));
	}

	@Test
	void laneCountGivenBelowTheLadderLaneNamesTheSetFile() throws IOException {
		// the ladder row says lane 9, beyond the sheet's 2-8: the set file, not the sheet, names it
		Path set = copyExample(exampleSet().replace(",ladder,M1,,,1", ",ladder,M1,,,9"), l -> true);
		String[] o = NormalizeCommandTest.run(2, "normalize", set.toString(), "--lanes", "8", "--out",
			dir.resolve("out").toString());
		assertTrue(o[1].contains("clean16_000.tif: set.csv names ladder lane 9, but the number of lanes given is 8; " +
			"check the lane numbers or the number of lanes"), o[1]);
		// found automatically, the advice to give the count stands
		assertEquals("found 8 lanes, but set.csv names ladder lane 9; give the number of lanes",
			BlotSetPipeline.tooFewLanes(BlotSet.read(set), BlotSet.read(set).sources().get(0), 8, 9, false));
	}

	@Test
	void sheetNamingFewerLanesThanTheImageShowsWarns() throws IOException {
		// lanes 1-7 named (ladder 1, samples 2-7); the image shows 8
		Path set = copyExample(exampleSet(), l -> !l.startsWith("8,"));
		Path out = dir.resolve("out");
		String[] o = NormalizeCommandTest.run(0, "normalize", set.toString(), "--out", out.toString());
		assertEquals(1, count(o[1], "clean16_000.tif: lane 8 was found but the sample sheet does not name it " +
			"(not quantified)"), o[1]);
		assertEquals(1, count(o[1], "saturated16_000.tif: lane 8 was found but the sample sheet does not name it " +
			"(not quantified)"), o[1]);
		assertTrue(new String(Files.readAllBytes(out.resolve("params.json")), StandardCharsets.UTF_8)
			.contains("lane 8 was found but the sample sheet does not name it"));
	}

	@Test
	void exampleWithEveryLaneNamedDoesNotWarnOfUnnamedLanes() {
		// ladder lane 1 comes from set.csv, samples 2-8 from the sheet: nothing unnamed
		String[] o = NormalizeCommandTest.run(0, "normalize", EXAMPLE.resolve("set.csv").toString(), "--out",
			dir.resolve("out").toString());
		assertFalse(o[1].contains("does not name"), o[1]);
	}

	@Test
	void studyWesternStripsWithAnUnlistedMarkerInLaneOneDoNotWarn() {
		// samples in lanes 2-7, lane 1 a marker the set does not list (and the detector calls a sample lane)
		String[] o = NormalizeCommandTest.run(0, "normalize", Paths.get("test-images", "study", "western", "set.csv")
			.toString(), "--out", dir.resolve("out").toString());
		assertFalse(o[1].contains("does not name"), o[1]);
	}

	@Test
	void windowsBackslashPathsInSetCsvAreFound() throws IOException {
		Path set = copyExample(exampleSet().replace("../synth/", "..\\synth\\"), l -> true);
		assertTrue(new String(Files.readAllBytes(set), StandardCharsets.UTF_8).contains("..\\synth\\clean16_000.tif"));
		Path out = dir.resolve("out");
		String[] o = NormalizeCommandTest.run(0, "normalize", set.toString(), "--out", out.toString());
		assertTrue(o[0].contains("28 rows, 1 excluded"), o[0]);
		BlotSet read = BlotSet.read(set);
		assertEquals(dir.resolve("synth").resolve("clean16_000.tif").toAbsolutePath().normalize(), read.images().get(0));
	}

	@Test
	void windowsBackslashSampleSheetPathIsFound() throws IOException {
		StringBuilder text = new StringBuilder();
		for (String line : exampleSet().split("\n")) {
			int third = line.indexOf(',', line.indexOf(',', line.indexOf(',') + 1) + 1);
			boolean header = text.length() == 0;
			text.append(line, 0, third + 1).append(header ? "sample_sheet," : "sheets\\samples.csv,")
				.append(line.substring(third + 1)).append('\n');
		}
		Path set = copyExample(text.toString(), l -> true);
		Files.createDirectories(set.resolveSibling("sheets"));
		Files.move(set.resolveSibling("samples.csv"), set.resolveSibling("sheets").resolve("samples.csv"));
		BlotSet read = BlotSet.read(set);
		assertEquals(set.resolveSibling("sheets").resolve("samples.csv").toAbsolutePath().normalize(),
			read.sampleSheetFile.toAbsolutePath().normalize());
		assertEquals(14, read.samples.lanesOf("M1").size() + read.samples.lanesOf("M2").size());
	}

	@Test
	void jpegLossyWarningAppearsOncePerImage() throws IOException {
		Path set = copyExample(exampleSet().replace(".tif", ".jpg"), l -> true);
		for (String f : new String[] { "clean16_000", "saturated16_000" }) {
			ImagePlus imp = IJ.openImage(dir.resolve("synth").resolve(f + ".tif").toString());
			imp.setProcessor(imp.getProcessor().convertToByte(true));
			IJ.saveAs(imp, "jpg", dir.resolve("synth").resolve(f + ".jpg").toString());
		}
		String[] o = NormalizeCommandTest.run(0, "normalize", set.toString(), "--out", dir.resolve("out").toString());
		assertEquals(2, count(o[1], "lossy"), o[1]);
		assertEquals(1, count(o[1], "clean16_000.jpg: lossy input"), o[1]);
		assertEquals(1, count(o[1], "saturated16_000.jpg: lossy input"), o[1]);
	}
}
