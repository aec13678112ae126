package org.blotfig.norm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.blotfig.cli.Main;
import org.blotfig.io.Csv;
import org.blotfig.synth.Preset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code blotfig normalize} in-process: a generated blot set against its truth, and bad inputs. */
class NormalizeCommandTest {

	@TempDir
	Path dir;

	static String[] run(int expectedExit, String... args) {
		StringWriter out = new StringWriter(), err = new StringWriter();
		CommandLine cl = Main.commandLine();
		cl.setOut(new PrintWriter(out));
		cl.setErr(new PrintWriter(err));
		int rc = cl.execute(args);
		assertEquals(expectedExit, rc, "exit code; stderr: " + err);
		return new String[] { out.toString(), err.toString() };
	}

	@Test
	void generatedSetGivesTrueFoldChanges() throws IOException {
		SyntheticBlotSets gen = new SyntheticBlotSets(dir.resolve("set"), Preset.CLEAN, 5);
		Path out = dir.resolve("out");
		String[] o = run(0, "normalize", gen.set.toString(), "--out", out.toString());
		assertTrue(o[0].contains("64 rows, 2 excluded (reason in 'flags'), 0 imprecise"), o[0]);
		List<String> lines = Files.readAllLines(out.resolve("normalized.csv"), StandardCharsets.UTF_8);
		// the columns in its order, then the fold change's standard error appended
		assertEquals("sample,group,replicate,membrane,target,target_volume,control_volume,ratio,fold_change,mw_kda,flags," +
			"fold_change_se", lines.get(0));
		Csv.Table t = Csv.read(out.resolve("normalized.csv"));
		Map<String, CSVRecord> byKey = new HashMap<>();
		for (CSVRecord r : t.rows) byKey.put(t.get(r, "membrane") + "/" + t.get(r, "target") + "/" + t.get(r, "sample"), r);
		for (SyntheticBlotSets.Expected e : gen.expected) {
			String sample = (e.lane <= 5 ? "C" + (e.lane - 1) : "E" + (e.lane - 5)) + "-" + e.membrane;
			CSVRecord r = byKey.get(e.membrane + "/" + e.target + "/" + sample);
			if (e.saturatedControl) {
				assertEquals("", t.get(r, "fold_change"));
				assertEquals("", t.get(r, "fold_change_se"));
				assertTrue(t.get(r, "flags").contains("excluded:loading-control-saturated"), r.toString());
				continue;
			}
			assertEquals(e.fold, t.number(r, "fold_change"), 0.03 * e.fold, r.toString());
			// a clean blot measures every fold change to well within 3 %, and says so
			double se = t.number(r, "fold_change_se");
			assertTrue(se > 0 && se < 0.005 * e.fold, r.toString());
			assertTrue(!t.get(r, "flags").contains(NormalizedRow.IMPRECISE), r.toString());
			assertEquals(e.kda, t.number(r, "mw_kda"), 0.05 * e.kda, r.toString());
		}
		for (String f : new String[] { "qc.csv", "ladder.csv", "params.json" })
			assertTrue(Files.exists(out.resolve(f)), f);
		assertTrue(new String(Files.readAllBytes(out.resolve("params.json")), StandardCharsets.UTF_8)
			.contains("\"background\": \"valley\""));
	}

	@Test
	void badInputIsOneLineNamingTheFileAndWritesNothing() throws IOException {
		Path out = dir.resolve("out");
		String[] o = run(2, "normalize", dir.resolve("missing.csv").toString(), "--out", out.toString());
		assertTrue(o[1].startsWith("blotfig normalize: error: " + dir.resolve("missing.csv") + ": file not found"), o[1]);
		assertEquals(1, o[1].trim().split("\n").length, o[1]);

		// a set whose image is not a TIFF: fails while reading images, before any output
		Files.write(dir.resolve("samples.csv"), "lane,sample,group,replicate\n1,a,g,1\n".getBytes(StandardCharsets.UTF_8));
		Files.write(dir.resolve("fake.tif"), "not an image".getBytes(StandardCharsets.UTF_8));
		Files.write(dir.resolve("set.csv"), ("image,target,role\nfake.tif,P53,target\nfake.tif,actin,loading-control\n")
			.getBytes(StandardCharsets.UTF_8));
		o = run(2, "normalize", dir.resolve("set.csv").toString(), "--out", out.toString());
		assertTrue(o[1].contains(dir.resolve("fake.tif") + ": not an image ImageJ can read"), o[1]);
		assertFalse(Files.exists(out), "nothing written");

		o = run(2, "normalize", dir.resolve("set.csv").toString(), "--out", out.toString(), "--mw-fit", "spline");
		assertTrue(o[1].contains("MW fit 'spline' is not log-linear or cubic"), o[1]);
		o = run(2, "normalize", dir.resolve("set.csv").toString(), "--out", out.toString(), "--reference", "vehicle");
		assertTrue(o[1].contains("reference group 'vehicle' is not in the sample sheet"), o[1]);
		o = run(2, "normalize", dir.resolve("set.csv").toString(), "--out", out.toString(), "--background", "magic");
		assertTrue(o[1].contains("unknown background 'magic'"), o[1]);
		assertFalse(Files.exists(out), "nothing written");

		// a sample sheet named like an output, written into its own folder: refused, untouched
		Files.write(dir.resolve("qc.csv"), "lane,sample,group,replicate\n1,a,g,1\n".getBytes(StandardCharsets.UTF_8));
		byte[] before = Files.readAllBytes(dir.resolve("qc.csv"));
		o = run(2, "normalize", dir.resolve("set.csv").toString(), "--samples", dir.resolve("qc.csv").toString(),
			"--out", dir.toString());
		assertTrue(o[1].contains("qc.csv: is an input of this blot set"), o[1]);
		assertArrayEquals(before, Files.readAllBytes(dir.resolve("qc.csv")));
	}

	@Test
	void exampleSetRuns() throws IOException {
		Path out = dir.resolve("ex");
		String[] o = run(0, "normalize", "test-images/blotset/set.csv", "--out", out.toString());
		assertTrue(o[0].contains("28 rows"), o[0]);
		String csv = new String(Files.readAllBytes(out.resolve("normalized.csv")), StandardCharsets.UTF_8);
		assertTrue(csv.contains("B8,treated,8,M2,target-high,") && csv.contains("excluded:target-saturated"), csv);
		// the generator's marker positions are not log-linear: a straight line misses a band by > 10 %,
		// a cubic through the 5 markers does not
		assertTrue(o[1].contains("poor ladder fit"), o[1]);
		String[] cubic = run(0, "normalize", "test-images/blotset/set.csv", "--out", dir.resolve("cubic").toString(),
			"--mw-fit", "cubic");
		assertFalse(cubic[1].contains("poor ladder fit"), cubic[1]);
		assertTrue(Files.readAllLines(dir.resolve("cubic/ladder.csv")).get(1).contains(",cubic,250,"));
	}
}
