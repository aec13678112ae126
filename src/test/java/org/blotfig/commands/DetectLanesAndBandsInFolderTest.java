package org.blotfig.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.blotfig.cli.Main;
import org.blotfig.ij.BlotTiff;
import org.blotfig.ij.GelBatch;
import org.blotfig.io.Csv;
import org.blotfig.synth.BlotGenerator;
import org.blotfig.synth.Polarity;
import org.blotfig.synth.Preset;
import org.blotfig.synth.SyntheticBlot;
import org.blotfig.synth.Truth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

/**
 * A folder of scans as a lab has it: a 16-bit chemiluminescence blot, an 8-bit film blot of
 * another layout, a file that only claims to be a TIFF, and notes that are not images. The
 * batch (Fiji command and CLI) analyses both blots against their truth, reports the broken file
 * and goes on, and leaves the folder as it was.
 */
class DetectLanesAndBandsInFolderTest {

	@TempDir
	Path dir;

	Path in;
	final Map<String, SyntheticBlot> blots = new LinkedHashMap<>();
	final Map<String, byte[]> before = new LinkedHashMap<>();

	@BeforeEach
	void folder() throws Exception {
		in = Files.createDirectories(dir.resolve("scans"));
		blots.put("a chemi.tif", BlotGenerator.generate(Preset.TYPICAL.spec().seed(8)));
		blots.put("b film.tif", BlotGenerator.generate(Preset.CLEAN.spec(8, Polarity.DARK_BANDS).seed(9).lanes(11)));
		for (Map.Entry<String, SyntheticBlot> e : blots.entrySet())
			BlotTiff.write(in.resolve(e.getKey()), BlotTiff.toImagePlus(e.getKey(), e.getValue()));
		Files.write(in.resolve("c broken.tif"), "II*\0 not really a tiff".getBytes(StandardCharsets.US_ASCII));
		Files.write(in.resolve("notes.txt"), "exposure 30 s".getBytes(StandardCharsets.US_ASCII));
		try (java.util.stream.Stream<Path> s = Files.list(in)) {
			s.forEach(p -> before.put(p.getFileName().toString(), read(p)));
		}
	}

	@Test
	void fijiCommandAnalysesEveryImageAndReportsTheBrokenOne() throws Exception {
		Path out = dir.resolve("results");
		try (Context c = new Context()) {
			CommandModule m = c.service(CommandService.class).run(DetectLanesAndBandsInFolder.class, true,
				"input_folder", in.toFile(), "file_filter", "*.tif", "output_folder", out.toFile(), "lanes", 0,
				"background", "valley", "polarity", "auto", "radius", 50.0).get();
			assertEquals(3, ((DetectLanesAndBandsInFolder) m.getCommand()).items.size());
		}
		checkResults(out);
	}

	@Test
	void cliRunsTheFolderAndExitsWithThreeWhenAnImageFailed() {
		Path out = dir.resolve("cli");
		assertEquals(3, Main.run("bands", in.toString(), "--out", out.toString()));
		checkResults(out);
		// without the broken file every image succeeds: exit 0
		Path out2 = dir.resolve("cli2");
		assertEquals(0, Main.run("bands", in.toString(), "--filter", "a*.tif;B*.TIF", "--out", out2.toString()));
		assertEquals(2, Csv.read(out2.resolve(GelBatch.SUMMARY)).rows.size());
	}

	@Test
	void resultsMayGoIntoTheInputFolderWithoutTouchingAnInput() {
		assertEquals(3, Main.run("bands", in.toString(), "--out", in.toString()));
		assertTrue(Files.exists(in.resolve("a chemi_tif").resolve("bands.csv")));
		for (Map.Entry<String, byte[]> e : before.entrySet())
			assertArrayEquals(e.getValue(), read(in.resolve(e.getKey())), e.getKey());
	}

	/** "a.b.tif" and "a_b.tif" would share a result folder: the second gets its own. */
	@Test
	void namesThatMapToOneFolderGetTwo() throws Exception {
		Path two = Files.createDirectories(dir.resolve("two"));
		Files.copy(in.resolve("a chemi.tif"), two.resolve("x.b.tif"));
		Files.copy(in.resolve("a chemi.tif"), two.resolve("x_b.tif"));
		Path out = dir.resolve("out2");
		assertEquals(0, Main.run("bands", two.toString(), "--out", out.toString()));
		Csv.Table summary = Csv.read(out.resolve(GelBatch.SUMMARY));
		java.util.Set<String> folders = new java.util.HashSet<>();
		for (CSVRecord r : summary.rows) {
			folders.add(summary.get(r, "output"));
			assertTrue(Files.exists(out.resolve(summary.get(r, "output")).resolve("bands.csv")), r.toString());
		}
		assertEquals(2, folders.size(), folders.toString());
	}

	private void checkResults(Path out) {
		Csv.Table summary = Csv.read(out.resolve(GelBatch.SUMMARY));
		assertEquals(Arrays.asList(GelBatch.SUMMARY_COLUMNS), summary.header);
		assertEquals(3, summary.rows.size(), "notes.txt is not an image");
		for (CSVRecord r : summary.rows) {
			String name = summary.get(r, "file");
			if (name.equals("c broken.tif")) {
				assertEquals("error", summary.get(r, "status"));
				assertTrue(summary.get(r, "message").contains("c broken.tif") &&
					summary.get(r, "message").contains("not an image"), summary.get(r, "message"));
				assertFalse(Files.exists(out.resolve(GelBatch.folderFor(name))));
				continue;
			}
			Truth t = blots.get(name).truth();
			assertEquals("ok", summary.get(r, "status"), name);
			assertEquals(t.lanes.size(), (int) summary.number(r, "lanes"), name);
			assertEquals(1, (int) summary.number(r, "ladder_lanes"), name);
			Path sub = out.resolve(summary.get(r, "output"));
			assertEquals(t.lanes.size(), Csv.read(sub.resolve("lanes.csv")).rows.size(), name);
			// every sample band of the truth measured within 5 % in this image's own bands.csv
			Csv.Table bands = Csv.read(sub.resolve("bands.csv"));
			int checked = 0;
			for (Truth.Band tb : t.bands) {
				if (!"SAMPLE".equals(tb.kind) || tb.saturated) continue;
				for (CSVRecord b : bands.rows)
					if ((int) bands.number(b, "lane") == tb.lane + 1 && Math.abs(bands.number(b, "y") - tb.y) < 4) {
						assertEquals(tb.volume, bands.number(b, "volume"), 0.05 * tb.volume, name + " " + b);
						checked++;
					}
			}
			assertTrue(checked >= 18, name + ": " + checked + " bands checked");
		}
		for (Map.Entry<String, byte[]> e : before.entrySet())
			assertArrayEquals(e.getValue(), read(in.resolve(e.getKey())), e.getKey());
	}

	private static byte[] read(Path p) {
		try {
			return Files.readAllBytes(p);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
