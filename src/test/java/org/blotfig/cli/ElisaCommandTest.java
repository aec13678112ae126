package org.blotfig.cli;

import static java.nio.file.Files.readString;
import static java.nio.file.Files.writeString;
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
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.blotfig.testutil.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import picocli.CommandLine;

/** {@code blotfig elisa} end to end: example plate vs its truth, R oracle, and malformed inputs. */
class ElisaCommandTest {

	static final Path EXAMPLE = Paths.get("test-images", "elisa");
	static final Path PLATE = EXAMPLE.resolve("plate_96_450_570.csv");
	static final Path LONG = EXAMPLE.resolve("plate_96_long.csv");
	static final Path MAP = EXAMPLE.resolve("plate_map_96.csv");

	@TempDir
	Path tmp;

	/** Runs the CLI in-process like Main.run, capturing stdout and stderr. */
	static String[] run(int expectedExit, String... args) {
		StringWriter out = new StringWriter(), err = new StringWriter();
		CommandLine cl = Main.commandLine();
		cl.setOut(new PrintWriter(out));
		cl.setErr(new PrintWriter(err));
		int rc = cl.execute(args);
		assertEquals(expectedExit, rc, "exit code; stderr: " + err);
		return new String[] { out.toString(), err.toString() };
	}

	static List<String> lines(Path p) throws IOException {
		return Files.readAllLines(p, StandardCharsets.UTF_8);
	}

	@Test
	void examplePlateGivesTrueConcentrations() throws IOException {
		Path out = tmp.resolve("out");
		assertEquals(0, Main.run("elisa", PLATE.toString(), "--layout", MAP.toString(), "--wavelength",
			"450", "--reference", "570", "--out", out.toString()));
		Map<String, Double> truth = new HashMap<>();
		for (String l : lines(EXAMPLE.resolve("truth.csv")).subList(1, 22)) {
			String[] f = l.split(",");
			truth.put(f[0] + "/" + f[1], Double.parseDouble(f[4]));
		}
		int checked = 0;
		for (String analyte : new String[] { "IL-2", "IL-4", "IL-15" }) {
			Path dir = out.resolve(analyte);
			List<String> samples = lines(dir.resolve("samples.csv"));
			assertEquals("sample,group,analyte,y,conc,flag", samples.get(0));
			assertEquals("conc,y,backcalc,recovery_pct,pass", lines(dir.resolve("standards.csv")).get(0));
			assertEquals("parameter,value,se", lines(dir.resolve("curve.csv")).get(0));
			assertEquals(17, lines(dir.resolve("standards.csv")).size(), "8 levels x 2 wells");
			byte[] png = Files.readAllBytes(dir.resolve("curve.png"));
			assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, java.util.Arrays.copyOf(png, 4));
			assertTrue(new String(Files.readAllBytes(dir.resolve("curve.svg")), StandardCharsets.UTF_8)
				.contains("<svg"));
			org.blotfig.testutil.PdfFigures.assertFigure(dir.resolve("curve.pdf"), org.blotfig.elisa.io.ElisaReport.CURVE_SIZE, java.util.Arrays.asList(
				analyte + ": ", "Concentration", "Response", "Standards", "Unknowns"));
			for (String l : samples.subList(1, samples.size())) {
				String[] f = l.split(",");
				assertEquals(analyte, f[2]);
				String key = analyte + "/" + f[0];
				if (key.equals("IL-15/Exp-2")) assertEquals("in_range;CV>15%", f[5], "the noisy pair");
				else if (key.equals("IL-4/Ctrl-3")) {
					// true 3 pg/mL in the well, below the blank-corrected bottom of the curve
					assertEquals("below_bottom_plateau(no_solution)", f[5]);
					assertEquals("", f[4]);
				}
				else {
					assertEquals("in_range", f[5], key);
					// 3 % OD noise: concentrations within 12 % (the steep top of IL-2 is the worst)
					double c = Double.parseDouble(f[4]), t = truth.get(key);
					assertEquals(t, c, 0.12 * t, key);
					checked++;
				}
			}
		}
		assertEquals(19, checked);

		// the study figure (the paper's Fig. 5 shape): in-range samples per analyte and group
		String cells = readString(out.resolve("cells.csv"));
		assertTrue(cells.contains("IL-4,control,2,"), "IL-4 Ctrl-3 (no solution) left out of the figure: " + cells);
		assertTrue(cells.contains("IL-2,control,3,") && cells.contains("IL-15,experimental,4,"), cells);
		Map<String, Double> sum = new HashMap<>();
		Map<String, Integer> count = new HashMap<>();
		for (String l : lines(EXAMPLE.resolve("truth.csv")).subList(1, 22)) {
			String[] f = l.split(",");
			if ((f[0] + "/" + f[1]).equals("IL-4/Ctrl-3")) continue;
			sum.merge(f[0] + "," + f[2], Double.parseDouble(f[4]), Double::sum);
			count.merge(f[0] + "," + f[2], 1, Integer::sum);
		}
		for (String l : lines(out.resolve("cells.csv")).subList(1, 7)) {
			String[] f = l.split(",");
			String key = f[0] + "," + f[1];
			double want = sum.get(key) / count.get(key);
			assertEquals(want, Double.parseDouble(f[3]), 0.12 * want, key); // as each sample above
		}
		assertEquals(4, lines(out.resolve("comparisons.csv")).size(), "one comparison per analyte");
		assertTrue(readString(out.resolve("figure.svg")).contains(">IL-15<"));
		org.blotfig.testutil.PdfFigures.assertFigure(out.resolve("figure.pdf"), org.blotfig.study.TableFigure.size(3, 2),
			java.util.Arrays.asList("IL-2", "IL-4", "IL-15", "control", "experimental"));
	}

	@Test
	void longFormatGivesTheSameResultsAsTheMatrix() throws IOException {
		Path a = tmp.resolve("a"), b = tmp.resolve("b");
		run(0, "elisa", PLATE.toString(), "--layout", MAP.toString(), "--wavelength", "450 nm",
			"--reference", "570", "--analyte", "IL-4", "--model", "5pl", "--weight", "1/ycurve2", "--out",
			a.toString());
		run(0, "elisa", LONG.toString(), "--layout", MAP.toString(), "--wavelength", "450", "--reference",
			"570", "--analyte", "IL-4", "--model", "5pl", "--weight", "1/ycurve2", "--out", b.toString());
		for (String f : new String[] { "samples.csv", "standards.csv", "curve.csv" })
			assertEquals(lines(a.resolve(f)), lines(b.resolve(f)), f);
	}

	@Test
	void standardsTableMatchesR() throws IOException {
		Path std = Shared.data("elisa/E2_skqxys_standards.csv");
		Path unk = Shared.data("elisa/E2_skqxys_unknowns.csv");
		Path out = tmp.resolve("r");
		String[] io = run(0, "elisa", "--standards", std.toString(), "--samples", unk.toString(), "--model",
			"5pl", "--weight", "1/ycurve2", "--out", out.toString());
		assertTrue(io[0].contains("5PL 1/ycurve2"), io[0]);
		JsonObject r = JsonParser.parseString(new String(Files.readAllBytes(Shared.data(
			"elisa/E2_skqxys_fits.r.json")), StandardCharsets.UTF_8)).getAsJsonObject()
			.getAsJsonObject("E2_skqxys").getAsJsonObject("fits")
			.getAsJsonObject("5PL 1/Ycurve^2 (IRLS, Prism 5+)");
		List<String> samples = lines(out.resolve("samples.csv"));
		assertEquals(37, samples.size());
		for (int i = 1; i < samples.size(); i++) {
			String[] f = samples.get(i).split(",", -1);
			JsonObject u = r.getAsJsonArray("unknowns").get(i - 1).getAsJsonObject();
			assertEquals(u.get("sample").getAsString(), f[0]);
			assertEquals(u.get("flag").getAsString(), f[5], f[0]);
			if (u.get("conc").isJsonNull()) assertEquals("", f[4]);
			else {
				double e = u.get("conc").getAsDouble();
				double tol = f[5].equals("in_range") ? 1e-6 : 1e-5;
				assertEquals(e, Double.parseDouble(f[4]), tol * e, f[0]);
			}
		}
		assertEquals("T04,WT 1,,0.654", samples.get(4).substring(0, 15), "group = treatment + dose");
		List<String> standards = lines(out.resolve("standards.csv"));
		for (int i = 1; i < standards.size(); i++) {
			String[] f = standards.get(i).split(",");
			JsonObject s = r.getAsJsonArray("standards_backcalc").get(i - 1).getAsJsonObject();
			double e = s.get("backcalc").getAsDouble();
			assertEquals(e, Double.parseDouble(f[2]), 1e-6 * e);
			assertEquals(Boolean.toString(s.get("pass_ICH_M10").getAsBoolean()), f[4]);
		}
	}

	/** A copy of the example plate with one line replaced. */
	Path plateWith(String oldLine, String newLine) throws IOException {
		String text = new String(Files.readAllBytes(PLATE), StandardCharsets.UTF_8);
		assertTrue(text.contains(oldLine));
		Path p = tmp.resolve("bad_plate.csv");
		Files.write(p, text.replaceFirst(java.util.regex.Pattern.quote(oldLine), newLine)
			.getBytes(StandardCharsets.UTF_8));
		return p;
	}

	Path mapWith(String extra, boolean dropStandards) throws IOException {
		StringBuilder sb = new StringBuilder();
		for (String l : lines(MAP))
			if (!dropStandards || !l.contains(",standard,")) sb.append(l).append('\n');
		sb.append(extra);
		Path p = tmp.resolve("bad_map.csv");
		Files.write(p, sb.toString().getBytes(StandardCharsets.UTF_8));
		return p;
	}

	void assertRejected(Path plate, Path map, String... expected) throws IOException {
		byte[] before = Files.readAllBytes(plate);
		Path out = tmp.resolve("never");
		String err = run(2, "elisa", plate.toString(), "--layout", map.toString(), "--wavelength", "450",
			"--reference", "570", "--out", out.toString())[1];
		assertEquals(1, err.trim().split("\n").length, "one line: " + err);
		for (String e : expected)
			assertTrue(err.contains(e), "'" + e + "' not in: " + err);
		assertFalse(Files.exists(out), "nothing may be written on bad input");
		assertArrayEquals(before, Files.readAllBytes(plate), "input modified");
	}

	@Test
	void malformedInputsAreRejectedClearly() throws IOException {
		String rowC = lines(PLATE).get(6);
		assertTrue(rowC.startsWith("C,"));
		// a well missing: row C one value short
		assertRejected(plateWith(rowC, rowC.substring(0, rowC.lastIndexOf(','))), MAP, "bad_plate.csv",
			"well C12 is missing", "(read 450)");
		// text where a number belongs
		String[] cells = rowC.split(",");
		cells[5] = "OVRFLW";
		assertRejected(plateWith(rowC, String.join(",", cells)), MAP, "bad_plate.csv", "well C5",
			"'OVRFLW' is not a number");
		// wrong plate shape: row H dropped from the 450 grid
		String rowH = lines(PLATE).get(11);
		assertTrue(rowH.startsWith("H,"));
		assertRejected(plateWith(rowH + "\n", ""), MAP, "bad_plate.csv", "wrong plate shape 7 rows x 12 columns");
		// no standards in the map
		assertRejected(PLATE, mapWith("", true), "bad_map.csv", "no standards");
		// the map names a well the plate does not have
		assertRejected(PLATE, mapWith("I1,sample,IL-2,X,control,,1\n", false), "bad_map.csv",
			"well I1 is not on the 96-well plate");
		// the map names a well that was not read
		String rowA = lines(PLATE).get(4);
		String[] a = rowA.split(",", -1);
		a[1] = "";
		assertRejected(plateWith(rowA, String.join(",", a)), MAP, "bad_plate.csv", "well A1",
			"has no value");
		// a type that is not one of the four, and a cell that is not a well
		assertRejected(PLATE, mapWith("A13,std,IL-2,,,5,\n", false), "bad_map.csv",
			"type 'std' is not one of blank, standard, sample, control");
		assertRejected(PLATE, mapWith("B12x,sample,IL-2,X,control,,1\n", false), "bad_map.csv",
			"'B12x' is not a well name");
	}

	@Test
	void measurementAndCorrectionReadsArePairedByDefault() throws Exception {
		Path auto = tmp.resolve("auto"), explicit = tmp.resolve("explicit");
		String err = run(0, "elisa", PLATE.toString(), "--layout", MAP.toString(), "--out", auto.toString())[1];
		assertTrue(err.contains("450 nm minus reference 570 nm"), err);
		run(0, "elisa", PLATE.toString(), "--layout", MAP.toString(), "--wavelength", "450", "--reference", "570",
			"--out", explicit.toString());
		for (String f : new String[] { "IL-2/samples.csv", "IL-4/curve.csv", "IL-15/standards.csv" })
			assertEquals(readString(explicit.resolve(f)), readString(auto.resolve(f)), f);
	}

	@Test
	void ambiguousOrMissingOptionsAreRejected() throws Exception {
		// two measurement reads and no correction read: the user must choose
		Path twoReads = tmp.resolve("two_reads.csv");
		writeString(twoReads, readString(PLATE).replace("\n570,", "\n405,"));
		String err = run(2, "elisa", twoReads.toString(), "--layout", MAP.toString(), "--out",
			tmp.resolve("x").toString())[1];
		assertTrue(err.contains("450, 405") && err.contains("--wavelength"), err);
		err = run(2, "elisa", PLATE.toString(), "--out", tmp.resolve("x").toString())[1];
		assertTrue(err.contains("--layout"), err);
		err = run(2, "elisa", PLATE.toString(), "--layout", MAP.toString(), "--wavelength", "450",
			"--model", "7pl", "--out", tmp.resolve("x").toString())[1];
		assertTrue(err.contains("unknown curve model '7pl'"), err);
		assertFalse(Files.exists(tmp.resolve("x")));
	}

	/** Standards shared by two analytes whose names would map to the same output folder. */
	@Test
	void analytesSharingAFolderNameAreRejectedBeforeWriting() throws IOException {
		Path std = tmp.resolve("std.csv"), unk = tmp.resolve("unk.csv");
		StringBuilder sb = new StringBuilder("conc,od\n");
		for (int i = 0; i < 8; i++) {
			double c = 1000 / Math.pow(2, i);
			sb.append(c).append(',').append(0.05 + 2.5 / (1 + Math.pow(200 / c, 1.2))).append('\n');
		}
		Files.write(std, sb.toString().getBytes(StandardCharsets.UTF_8));
		Files.write(unk, "sample,analyte,od\ns1,IL 2,0.5\ns2,IL_2,0.7\n".getBytes(StandardCharsets.UTF_8));
		Path out = tmp.resolve("o");
		String err = run(2, "elisa", "--standards", std.toString(), "--samples", unk.toString(), "--out",
			out.toString())[1];
		assertTrue(err.contains("share the output folder name 'IL_2'"), err);
		assertFalse(Files.exists(out));
		// one analyte alone goes straight into the folder
		run(0, "elisa", "--standards", std.toString(), "--samples", unk.toString(), "--analyte", "IL 2", "--out",
			out.toString());
		assertEquals("s1,,IL 2,0.5", lines(out.resolve("samples.csv")).get(1).substring(0, 12));
	}
}
