package org.blotfig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.blotfig.ij.BlotTiff;
import org.blotfig.ij.GelFiles;
import org.blotfig.io.Csv;
import org.blotfig.synth.BlotGenerator;
import org.blotfig.synth.Preset;
import org.blotfig.synth.SyntheticBlot;
import org.blotfig.synth.Truth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.FloatProcessor;

class BandsCommandTest {

	@TempDir
	Path dir;

	/** The clean synthetic preset: 8 lanes (a ladder first), files and columns exactly as specified. */
	@Test
	void writesTheFourFilesWithTheSpecifiedColumns() throws Exception {
		SyntheticBlot blot = BlotGenerator.generate(Preset.CLEAN.spec().seed(3));
		Path img = BlotTiff.write(dir.resolve("clean.tif"), BlotTiff.toImagePlus("clean", blot));
		Path out = dir.resolve("out");
		assertEquals(0, Main.run("bands", img.toString(), "--out", out.toString()));
		Csv.Table lanes = Csv.read(out.resolve("lanes.csv"));
		assertEquals(Arrays.asList(GelFiles.LANE_COLUMNS), lanes.header);
		Csv.Table bands = Csv.read(out.resolve("bands.csv"));
		assertEquals(Arrays.asList(GelFiles.BAND_COLUMNS), bands.header);
		assertEquals("volume_se", bands.header.get(bands.header.size() - 1), "new columns are appended");
		assertTrue(Files.size(out.resolve("overlay.png")) > 1000);
		String params = new String(Files.readAllBytes(out.resolve("params.json")), StandardCharsets.UTF_8);
		assertTrue(params.contains("\"background\": \"valley\"") && params.contains("\"polarity\": \"light-bands\"") &&
			params.contains("\"version\""), params);

		Truth t = blot.truth();
		assertEquals(t.lanes.size(), lanes.rows.size());
		for (int i = 0; i < t.lanes.size(); i++) {
			CSVRecord r = lanes.rows.get(i);
			assertEquals(t.lanes.get(i).xAt(t.height / 2.0), 0.5 * (lanes.number(r, "x_top") + lanes.number(r, "x_bottom")),
				1.5, "lane " + (i + 1));
			assertEquals(t.lanes.get(i).kind.toLowerCase(), lanes.get(r, "kind"), "lane " + (i + 1));
		}
		// every sample band found, volume within 3 %
		int checked = 0;
		for (Truth.Band tb : t.bands) {
			if (!"SAMPLE".equals(tb.kind)) continue;
			CSVRecord best = null;
			for (CSVRecord r : bands.rows)
				if ((int) bands.number(r, "lane") == tb.lane + 1 && Math.abs(bands.number(r, "y") - tb.y) < 4) best = r;
			assertTrue(best != null, "no band found for lane " + (tb.lane + 1) + " y " + tb.y);
			assertEquals(tb.volume, bands.number(best, "volume"), 0.03 * tb.volume, "lane " + (tb.lane + 1) + " y " + tb.y);
			// the standard error (last column): a fraction of a per cent on the clean preset, never zero
			double se = bands.number(best, "volume_se");
			assertTrue(se > 0 && se < 0.02 * tb.volume, "volume_se " + se + " for volume " + tb.volume);
			checked++;
		}
		assertEquals(21, checked);
	}

	/** With --roi every coordinate stays in full-image pixels. */
	@Test
	void roiKeepsFullImageCoordinates() throws Exception {
		SyntheticBlot blot = BlotGenerator.generate(Preset.CLEAN.spec().seed(3));
		Path img = BlotTiff.write(dir.resolve("clean.tif"), BlotTiff.toImagePlus("clean", blot));
		assertEquals(0, Main.run("bands", img.toString(), "--out", dir.resolve("full").toString()));
		int x0 = 70, y0 = 10;
		assertEquals(0, Main.run("bands", img.toString(), "--out", dir.resolve("roi").toString(), "--roi",
			x0 + "," + y0 + "," + (blot.width() - x0) + "," + (blot.height() - 20)));
		List<CSVRecord> full = Csv.read(dir.resolve("full/bands.csv")).rows;
		Csv.Table roi = Csv.read(dir.resolve("roi/bands.csv"));
		assertFalse(roi.rows.isEmpty());
		for (CSVRecord r : roi.rows) {
			double y = roi.number(r, "y"), x = roi.number(r, "x");
			assertTrue(roi.number(r, "left") >= x0 && roi.number(r, "top") >= y0);
			boolean match = false;
			for (CSVRecord f : full)
				if (Math.abs(Double.parseDouble(f.get("y")) - y) < 1 && Math.abs(Double.parseDouble(f.get("x")) - x) < 2) match = true;
			assertTrue(match, "band at " + x + "," + y + " not where the full-image run put it");
		}
	}

	@Test
	void badInputsGiveOneLineExitTwoAndWriteNothing() throws Exception {
		Path notImage = Files.write(dir.resolve("notes.tif"), "hello".getBytes(StandardCharsets.UTF_8));
		Path empty = Files.write(dir.resolve("empty.png"), new byte[0]);
		Path onePx = dir.resolve("one.tif");
		new FileSaver(new ImagePlus("one", new FloatProcessor(1, 1, new float[] { 5 }))).saveAsTiff(onePx.toString());
		Path nan = dir.resolve("nan.tif");
		float[] nans = new float[40 * 30];
		Arrays.fill(nans, Float.NaN);
		new FileSaver(new ImagePlus("nan", new FloatProcessor(40, 30, nans))).saveAsTiff(nan.toString());
		String[][] cases = { { dir.resolve("missing.tif").toString() }, { notImage.toString() }, { empty.toString() },
			{ onePx.toString() }, { nan.toString() }, { nan.toString(), "--background", "magic" },
			{ nan.toString(), "--roi", "1,2,3" } };
		for (String[] c : cases) {
			Path out = dir.resolve("out-" + Math.abs(Arrays.hashCode(c)));
			String[] args = new String[c.length + 3];
			args[0] = "bands";
			args[1] = c[0];
			args[2] = "--out";
			args[3] = out.toString();
			System.arraycopy(c, 1, args, 4, c.length - 1);
			ByteArrayOutputStream err = new ByteArrayOutputStream();
			PrintStream old = System.err;
			int code;
			try {
				System.setErr(new PrintStream(err, true, "UTF-8"));
				code = Main.commandLine().setErr(new java.io.PrintWriter(err, true)).execute(args);
			}
			finally {
				System.setErr(old);
			}
			String msg = new String(err.toByteArray(), StandardCharsets.UTF_8).trim();
			assertEquals(2, code, Arrays.toString(c) + ": " + msg);
			assertEquals(1, msg.split("\n").length, "one line: " + msg);
			assertTrue(msg.contains("error"), msg);
			assertFalse(Files.exists(out), "wrote output for " + Arrays.toString(c));
		}
	}
}
