package org.blotfig.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.blotfig.ij.BlotTiff;
import org.blotfig.synth.Truth;
import org.blotfig.synth.TruthJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthCommandTest {

	@TempDir
	Path dir;

	@Test
	void writesImagesAndTruthDeterministically() throws Exception {
		Path a = dir.resolve("a"), b = dir.resolve("b");
		String[] opts = { "--seed", "7", "--count", "2", "--bits", "8", "--polarity", "dark-bands", "--tilt", "2.5",
			"--smile", "6", "--lanes", "6", "--row-jitter", "3", "--saturate", "3", "--empty-lanes", "6" };
		assertEquals(0, Main.run(concat(new String[] { "synth", "--out", a.toString() }, opts)));
		assertEquals(0, Main.run(concat(new String[] { "synth", "--out", b.toString() }, opts)));
		for (String f : new String[] { "blot_000.tif", "blot_000.truth.json", "blot_001.tif", "blot_001.truth.json" })
			assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
		assertFalse(java.util.Arrays.equals(Files.readAllBytes(a.resolve("blot_000.tif")),
			Files.readAllBytes(a.resolve("blot_001.tif"))), "image k uses seed + k");
		Truth t = TruthJson.read(a.resolve("blot_001.truth.json"));
		assertEquals(8, t.bitDepth);
		assertEquals("dark-bands", t.polarity);
		assertEquals(8L, t.params.seed());
		assertEquals(2.5, t.params.tiltDeg(), 0);
		assertEquals(3.0, t.params.rowJitter(), 0);
		assertEquals(6, t.lanes.size());
		assertEquals("EMPTY", t.lanes.get(5).kind);
		assertTrue(t.band(2, 0).saturated);
		assertEquals(8, BlotTiff.read(a.resolve("blot_001.tif")).bitDepth);
	}

	/** Layout options change the geometry but not the peak heights (volumes follow the lane width). */
	@Test
	void layoutOptionsKeepPeakHeights() {
		assertEquals(0, Main.run("synth", "--out", dir.toString(), "--preset", "clean", "--prefix", "std"));
		assertEquals(0, Main.run("synth", "--out", dir.toString(), "--preset", "clean", "--prefix", "wide",
			"--lanes", "10", "--lane-width", "60", "--lane-gap", "20", "--margin", "15", "--height", "500",
			"--gain", "0", "--read-noise", "3"));
		Truth std = TruthJson.read(dir.resolve("std_000.truth.json"));
		Truth wide = TruthJson.read(dir.resolve("wide_000.truth.json"));
		assertEquals(2 * 15 + 10 * 60 + 9 * 20, wide.width);
		assertEquals(500, wide.height);
		assertEquals(10, wide.lanes.size());
		assertEquals(0.0, wide.params.gain(), 0);
		assertEquals(3.0, wide.params.readNoise(), 0);
		for (int row = 0; row < 3; row++) {
			Truth.Band a = std.band(1, row), b = wide.band(1, row);
			assertEquals(a.peak, b.peak, 0.02 * a.peak, "peak of row " + row);
			assertEquals((a.y - 20) / 320, (b.y - 20) / 460, 1e-6, "same relative migration");
		}
	}

	@Test
	void defaultsMatchTheIssueExample() {
		assertEquals(0, Main.run("synth", "--out", dir.toString(), "--seed", "1"));
		assertTrue(Files.exists(dir.resolve("blot_000.tif")));
		assertTrue(Files.exists(dir.resolve("blot_000.truth.json")));
	}

	@Test
	void badInputExitsWithTwoAndWritesNothing() {
		Path out = dir.resolve("never");
		String[][] bad = { { "--bits", "12" }, { "--tilt", "7" }, { "--preset", "weird" }, { "--polarity", "blue" },
			{ "--saturate", "1" }, { "--lanes", "0" }, { "--count", "3", "--saturate", "2", "--empty-lanes", "2" } };
		for (String[] opts : bad) {
			ByteArrayOutputStream err = new ByteArrayOutputStream();
			PrintStream old = System.err;
			int code;
			try {
				System.setErr(new PrintStream(err, true));
				code = Main.run(concat(new String[] { "synth", "--out", out.toString() }, opts));
			}
			finally {
				System.setErr(old);
			}
			String msg = new String(err.toByteArray(), StandardCharsets.UTF_8);
			assertEquals(2, code, String.join(" ", opts) + ": " + msg);
			assertTrue(msg.startsWith("blotfig synth: error: synth:") && msg.trim().split("\n").length == 1,
				"one clear line: " + msg);
			assertFalse(Files.exists(out), "nothing written for " + String.join(" ", opts));
		}
	}

	private static String[] concat(String[] a, String[] b) {
		String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, r, a.length, b.length);
		return r;
	}
}
