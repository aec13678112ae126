package org.blotfig.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.blotfig.flow.FcsReader;
import org.blotfig.testutil.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The fcs and flow subcommands, in-process, on real files. */
class FlowCliTest {

	@TempDir
	Path dir;

	static final String DATA1 = "fcs/FlowKit/data/gate_ref/data1.fcs";

	static String[] run(int expectedExit, String... args) {
		PrintStream out = System.out, err = System.err;
		ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
		try {
			System.setOut(new PrintStream(o, true));
			System.setErr(new PrintStream(e, true));
			assertEquals(expectedExit, Main.run(args), () -> "exit code; stderr: " + e);
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
		return new String[] { o.toString(), e.toString() };
	}

	/** A gating run says its result on stdout (it used to print nothing): the numbers quadrants.csv holds. */
	@Test
	void gatingRunsSayTheirResult() throws Exception {
		String stained = "test-images/flow/apoptosis_stained.fcs", control = "test-images/flow/apoptosis_unstained.fcs";
		String out = run(0, "flow", "quadrants", stained, "--x", "FL1-H", "--y", "FL2-H", "--control", control,
			"--gate-x", "FSC-H", "--gate-y", "SSC-H", "--gate-rect", "20000,100000,5000,50000", "--out",
			dir.resolve("q").toString())[0];
		// the README's numbers for the bundled demo (truth: early 995 of 4740 gated cells, 21.0 %)
		assertTrue(out.contains("FL1-H+ FL2-H- (early apoptotic) 21.80 %"), out);
		assertTrue(out.contains("FL1-H- FL2-H- (live) 62.18 %"), out);
		assertTrue(out.contains("control apoptosis_unstained.fcs percentile 99") && out.contains("quadrants.csv"), out);
		assertTrue(Files.readString(dir.resolve("q/quadrants.csv")).contains(",1032,21.8043"), "same numbers as the file");
		out = run(0, "flow", "positive", stained, "--channel", "FL1-H", "--control", control, "--out",
			dir.resolve("p").toString())[0];
		assertTrue(out.startsWith("FL1-H: 1534 of 5000 events positive (30.68 %)"), out);
		out = run(0, "fcs", "events", stained, "--out", dir.resolve("e.csv").toString())[0];
		assertTrue(out.startsWith("5000 events x 4 channels (raw) -> "), out);
		assertEquals(5001, Files.readAllLines(dir.resolve("e.csv")).size());
	}

	@Test
	void infoPrintsJson() {
		Path f = Shared.data("fcs/FlowKit/data/test_comp_example.fcs");
		String json = run(0, "fcs", "info", f.toString())[0];
		JsonObject o = JsonParser.parseString(json).getAsJsonObject();
		assertEquals("FCS3.0", o.get("version").getAsString());
		assertEquals(10703, o.get("tot").getAsInt());
		assertEquals(18, o.get("par").getAsInt());
		assertEquals("F", o.get("datatype").getAsString());
		assertEquals("4,3,2,1", o.get("byte_order").getAsString());
		assertEquals(1, o.get("datasets").getAsInt());
		assertEquals("FSC-A", o.getAsJsonArray("channels").get(0).getAsJsonObject().get("PnN").getAsString());
		assertEquals(14, o.getAsJsonObject("spillover").getAsJsonArray("channels").size());
		assertTrue(o.getAsJsonArray("warnings").toString().contains("off-by-one"));
		assertEquals("LSRII", o.getAsJsonObject("keywords").get("$CYT").getAsString());
		// second dataset of a multi-dataset file
		o = JsonParser.parseString(run(0, "fcs", "info", "--dataset", "2",
			Shared.data("fcs/FlowKit/data/multi_dataset_fcs/coulter.lmd").toString())[0]).getAsJsonObject();
		assertEquals(2, o.get("datasets").getAsInt());
		assertEquals("FCS3.0", o.get("version").getAsString());
	}

	@Test
	void eventsCsvRawAndScaled() throws Exception {
		Path f = Shared.data(DATA1), raw = dir.resolve("raw.csv"), val = dir.resolve("val.csv");
		run(0, "fcs", "events", f.toString(), "--out", raw.toString());
		run(0, "fcs", "events", f.toString(), "--out", val.toString(), "--scale", "value");
		List<String> r = Files.readAllLines(raw), v = Files.readAllLines(val);
		assertEquals(13367 + 1, r.size());
		assertEquals("FSC-H,SSC-H,FL1-H,FL2-H,FL3-H,FL2-A,FL4-H,Time", r.get(0));
		assertEquals("323,218,220,394,267,5,183,0", r.get(1));
		String[] s = v.get(1).split(",");
		assertEquals(323 / 3.67, Double.parseDouble(s[0]), 1e-12);
		assertEquals(Math.pow(10, 4 * 220 / 1024.0), Double.parseDouble(s[2]), 1e-9);
		// float data: printed values read back to the identical float
		Path ff = Shared.data("fcs/FlowKit/data/test_data_2d_01.fcs"), fo = dir.resolve("f.csv");
		run(0, "fcs", "events", ff.toString(), "--out", fo.toString());
		float[] ev = (float[]) FcsReader.read(ff).first().events.array();
		List<String> fl = Files.readAllLines(fo);
		for (int i = 1; i < fl.size(); i += 997) {
			String[] c = fl.get(i).split(",");
			assertEquals(ev[(i - 1) * 2], Float.parseFloat(c[0]));
			assertEquals(ev[(i - 1) * 2 + 1], Float.parseFloat(c[1]));
		}
	}

	@Test
	void quadrantsWithGivenThresholdsMatchNumpy() throws Exception {
		Path f = Shared.data(DATA1);
		run(0, "flow", "quadrants", f.toString(), "--x", "FL1-H", "--y", "FL2-H", "--x-threshold", "10",
			"--y-threshold", "10", "--out", dir.toString());
		List<String> lines = Files.readAllLines(dir.resolve("quadrants.csv"));
		assertEquals("quadrant,label,count,percent,x_channel,x_threshold,y_channel,y_threshold,threshold_source," +
			"debris_gate,excluded", lines.get(0));
		assertTrue(lines.get(1).startsWith("FL1-H- FL2-H-,live,3463,"), lines.get(1));
		assertTrue(lines.get(2).startsWith("FL1-H+ FL2-H-,early apoptotic,1349,"), lines.get(2));
		assertTrue(lines.get(3).startsWith("FL1-H+ FL2-H+,late apoptotic,5156,"), lines.get(3));
		assertTrue(lines.get(4).startsWith("FL1-H- FL2-H+,necrotic,3399,"), lines.get(4));
		assertEquals(100.0 * 5156 / 13367, Double.parseDouble(lines.get(3).split(",")[3]), 1e-12);
	}

	@Test
	void debrisGateMatchesNumpy() throws Exception {
		Path f = Shared.data(DATA1);
		run(0, "flow", "quadrants", f.toString(), "--x", "FL1-H", "--y", "FL2-H", "--x-threshold", "10",
			"--y-threshold", "10", "--gate-x", "FSC-H", "--gate-y", "SSC-H", "--gate-rect", "50,250,0,100", "--out",
			dir.toString());
		List<String> lines = Files.readAllLines(dir.resolve("quadrants.csv"));
		// numpy on FlowIO's scaled truth: 10097 events inside, quadrants 892 / 1062 / 4974 / 3169
		assertTrue(lines.get(1).startsWith("FL1-H- FL2-H-,live,892,"), lines.get(1));
		assertTrue(lines.get(4).startsWith("FL1-H- FL2-H+,necrotic,3169,"), lines.get(4));
		assertTrue(lines.get(1).endsWith(",\"FSC-H/SSC-H rectangle 50,250,0,100\",3270"), lines.get(1));
		// the same rectangle as a polygon
		run(0, "flow", "quadrants", f.toString(), "--x", "FL1-H", "--y", "FL2-H", "--x-threshold", "10",
			"--y-threshold", "10", "--gate-x", "FSC-H", "--gate-y", "SSC-H", "--gate-polygon",
			"50,0,250,0,250,100,50,100", "--out", dir.toString());
		assertTrue(Files.readAllLines(dir.resolve("quadrants.csv")).get(3).startsWith("FL1-H+ FL2-H+,late apoptotic,4974,"));
	}

	@Test
	void compensationRecoversKnownSignals() throws Exception {
		// truth: 60 events FITC-only (1000, 0), 40 events PE-only (0, 800); FITC spills 30 % into PE,
		// PE 20 % into FITC; observed = truth x S, written as floats
		double[][] s = { { 1, 0.3 }, { 0.2, 1 } };
		float[] ev = new float[200];
		for (int i = 0; i < 100; i++) {
			double tx = i < 60 ? 1000 : 0, ty = i < 60 ? 0 : 800;
			ev[2 * i] = (float) (tx * s[0][0] + ty * s[1][0]);
			ev[2 * i + 1] = (float) (tx * s[0][1] + ty * s[1][1]);
		}
		Path f = dir.resolve("mixed.fcs");
		try (java.io.OutputStream os = Files.newOutputStream(f)) {
			new org.blotfig.flow.FcsWriter(java.util.Arrays.asList("FITC-A", "PE-A"))
				.spillover(java.util.Arrays.asList("FITC-A", "PE-A"), s).writeFloats(os, ev);
		}
		String[] base = { "flow", "quadrants", f.toString(), "--x", "FITC-A", "--y", "PE-A", "--x-threshold", "100",
			"--y-threshold", "100", "--out" };
		run(0, concat(base, dir.resolve("plain").toString()));
		run(0, concat(concat(base, dir.resolve("comp").toString()), "--compensate"));
		List<String> plain = Files.readAllLines(dir.resolve("plain").resolve("quadrants.csv"));
		List<String> comp = Files.readAllLines(dir.resolve("comp").resolve("quadrants.csv"));
		assertTrue(plain.get(3).startsWith("FITC-A+ PE-A+,late apoptotic,100,"), "spillover makes all double positive");
		assertTrue(comp.get(2).startsWith("FITC-A+ PE-A-,early apoptotic,60,"), comp.get(2));
		assertTrue(comp.get(4).startsWith("FITC-A- PE-A+,necrotic,40,"), comp.get(4));
		Path csv = dir.resolve("comp.csv");
		run(0, "fcs", "events", f.toString(), "--scale", "value", "--compensate", "--out", csv.toString());
		String[] row = Files.readAllLines(csv).get(1).split(",");
		assertEquals(1000, Double.parseDouble(row[0]), 1e-3);
		assertEquals(0, Double.parseDouble(row[1]), 1e-3);
		// a file without a spillover matrix cannot be compensated
		assertTrue(run(2, "fcs", "events", Shared.data(DATA1).toString(), "--scale", "value", "--compensate", "--out",
			dir.resolve("x.csv").toString())[1].contains("no usable spillover matrix"));
	}

	static String[] concat(String[] a, String... b) {
		String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, out, a.length, b.length);
		return out;
	}

	@Test
	void quadrantsAndPositiveFromAControl() throws Exception {
		// the sample as its own control: at the 99th percentile about 1 % of events are positive
		Path f = Shared.data(DATA1);
		run(0, "flow", "positive", f.toString(), "--channel", "FL4-H", "--control", f.toString(), "--out",
			dir.toString());
		String[] row = Files.readAllLines(dir.resolve("positive.csv")).get(1).split(",");
		assertEquals("FL4-H", row[0]);
		double pct = Double.parseDouble(row[5]);
		assertTrue(pct >= 1.0 && pct < 1.2, "about 1 %: " + pct);
		run(0, "flow", "quadrants", f.toString(), "--x", "CD4 FITC", "--y", "CD8 B PE", "--control", f.toString(),
			"--percentile", "50", "--out", dir.toString());
		List<String> q = Files.readAllLines(dir.resolve("quadrants.csv"));
		assertTrue(q.get(1).contains("control data1.fcs percentile 50"), q.get(1));
	}

	@Test
	void badInputIsOneLineExitTwoAndWritesNothing() {
		Path f = Shared.data(DATA1), out = dir.resolve("never");
		String[][] bad = {
			{ "flow", "quadrants", f.toString(), "--x", "FL9", "--y", "FL2-H", "--x-threshold", "1", "--y-threshold", "1", "--out", out.toString() },
			{ "flow", "quadrants", f.toString(), "--x", "FL1-H", "--y", "FL2-H", "--x-threshold", "1", "--out", out.toString() },
			{ "flow", "quadrants", f.toString(), "--x", "FL1-H", "--y", "FL2-H", "--out", out.toString() },
			{ "flow", "positive", f.toString(), "--channel", "FL1-H", "--control", dir.resolve("missing.fcs").toString(), "--out", out.toString() },
			{ "flow", "positive", f.toString(), "--channel", "FL1-H", "--control", f.toString(), "--percentile", "120", "--out", out.toString() },
			{ "fcs", "events", Shared.data("fcs/fcsparser/fcsparser/tests/data/FlowCytometers/corrupted/corrupted.fcs").toString(), "--out", out.resolve("x.csv").toString() },
			{ "fcs", "events", f.toString(), "--scale", "log", "--out", out.resolve("x.csv").toString() },
			{ "fcs", "info", f.toString(), "--dataset", "2" },
			{ "flow", "positive", f.toString(), "--channel", "FL1-H", "--control", f.toString(), "--gate-x", "FSC-H", "--gate-rect", "1,2,3,4", "--out", out.toString() },
			{ "flow", "positive", f.toString(), "--channel", "FL1-H", "--control", f.toString(), "--gate-x", "FSC-H", "--gate-y", "SSC-H", "--gate-rect", "1,2,3", "--out", out.toString() },
		};
		for (String[] args : bad) {
			String err = run(2, args)[1];
			assertEquals(1, err.trim().split("\n").length, err);
			assertTrue(err.contains("error:"), err);
			assertFalse(Files.exists(out), String.join(" ", args));
		}
	}
}
