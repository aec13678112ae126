package org.blotfig.cli;

import static org.blotfig.cli.BrokenFiles.european;
import static org.blotfig.cli.BrokenFiles.headerOnly;
import static org.blotfig.cli.BrokenFiles.replace;
import static org.blotfig.cli.BrokenFiles.semicolons;
import static org.blotfig.cli.BrokenFiles.windowsLineEnds;
import static org.blotfig.cli.BrokenFiles.withBom;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input rule for every CLI subcommand: a broken input (or output place) gives exit code 2
 * (not 1 = internal error), exactly one line on stderr that names the culprit and says what is
 * wrong without Java jargon, and leaves the test folder exactly as it was: no output folder, no
 * partial files, inputs byte for byte unchanged. Each case copies a good bundled example from
 * test-images/ and breaks it in one way.
 */
class BadInputTest {

	static final String PLATE = "elisa/plate_96_450_570.csv", MAP = "elisa/plate_map_96.csv",
		LONG = "elisa/plate_96_long.csv", STAINED = "flow/apoptosis_stained.fcs",
		UNSTAINED = "flow/apoptosis_unstained.fcs", FLOWJO = "flow/flowjo_apoptosis_example.csv",
		LONGPCT = "flow/long_percent_example.csv", SET = "blotset/set.csv", SAMPLES = "blotset/samples.csv",
		TIFF = "synth/clean16_000.tif",
		STATS = "../src/test/resources/org/blotfig/stats/hard/dsh1_unbalanced_3x2.csv";

	/** Words that mean a Java exception reached the user. */
	static final List<String> JARGON = Arrays.asList("Exception", "java.", "NullPointer", "NumberFormat",
		"ArrayIndex", "OutOfBounds", "internal error", "\tat ");

	/** One bad input: the arguments built in a test folder, and what the one error line must contain. */
	static final class Case {
		final String name;
		final Function<BrokenFiles, List<String>> args;
		final List<String> says;

		Case(String name, Function<BrokenFiles, List<String>> args, String... says) {
			this.name = name;
			this.args = args;
			this.says = Arrays.asList(says);
		}

		@Override
		public String toString() {
			return name;
		}
	}

	static Case bad(String name, Function<BrokenFiles, List<String>> args, String... says) {
		return new Case(name, args, says);
	}

	static List<String> a(Object... parts) {
		List<String> out = new ArrayList<>();
		for (Object p : parts) out.add(p.toString());
		return out;
	}

	/** An ELISA run on the given plate and map with the output folder "out". */
	static List<String> elisa(Path plate, Path map, BrokenFiles f) {
		return a("elisa", plate, "--layout", map, "--out", f.absent("out"));
	}

	static List<String> quadrants(Path sample, Path control, BrokenFiles f) {
		return a("flow", "quadrants", sample, "--x", "FL1-H", "--y", "FL2-H", "--control", control, "--out",
			f.absent("out"));
	}

	static final String FLOW = "study/flow/";

	/** The bundled marker sheet (Fig. 1-2) copied with its FCS files, the sheet edited by {@code edit}. */
	static Path markerSheet(BrokenFiles f, java.util.function.UnaryOperator<String> edit) {
		for (String n : new String[] { "msc_unstained", "msc_CD105", "msc_CD73", "msc_CD56", "msc_CD34", "kg1a_unstained",
			"kg1a_CD34" }) f.copy(FLOW + n + ".fcs", n + ".fcs");
		return f.text(FLOW + "markers.csv", "markers.csv", edit);
	}

	/** The bundled Annexin V / PI sheet (Fig. 3) copied with its FCS files, the sheet edited by {@code edit}. */
	static Path apoptosisSheet(BrokenFiles f, java.util.function.UnaryOperator<String> edit) {
		for (String n : new String[] { "unstained", "control_1", "control_2", "control_3", "coculture_1", "coculture_2",
			"coculture_3" }) f.copy(FLOW + n + ".fcs", n + ".fcs");
		return f.text(FLOW + "apoptosis.csv", "apoptosis.csv", edit);
	}

	static List<String> markers(Path sheet, BrokenFiles f) {
		return a("flow", "markers", sheet, "--out", f.absent("out"));
	}

	static List<String> apoptosis(Path sheet, BrokenFiles f) {
		return a("flow", "apoptosis", sheet, "--out", f.absent("out"));
	}

	/** The bundled blot set copied with its images, the set file edited by {@code edit}. */
	static Path blotSet(BrokenFiles f, java.util.function.UnaryOperator<String> edit) {
		f.copy(TIFF, TIFF);
		f.copy("synth/saturated16_000.tif", "synth/saturated16_000.tif");
		f.copy(SAMPLES, "blotset/samples.csv");
		return f.text(SET, "blotset/set.csv", edit);
	}

	/** A study sheet over the example plate (plate.csv, map.csv) and blot set (blotset/set.csv). */
	static Path study(BrokenFiles f, String rows) {
		f.copy(PLATE, "plate.csv");
		f.copy(MAP, "map.csv");
		goodSet(f);
		return f.write("study.csv", "figure,assay,input,layout\n" + rows);
	}

	static Path goodSet(BrokenFiles f) {
		return blotSet(f, s -> s + "\n");
	}

	/** An FCS file whose 50 events are all NaN in every channel (a broken export). */
	static Path allNan(BrokenFiles f, String name) {
		return allNan(f, name, 50);
	}

	static Path allNan(BrokenFiles f, String name, int n) {
		float[] events = new float[4 * n];
		Arrays.fill(events, Float.NaN);
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try {
			new org.blotfig.flow.FcsWriter(Arrays.asList("FSC-H", "SSC-H", "FL1-H", "FL2-H")).writeFloats(bytes, events);
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return f.write(name, bytes.toByteArray());
	}

	static Stream<Case> cases() {
		return Stream.of(
			// --- elisa: plate read, plate map, standards table, output folder
			bad("elisa: plate missing", f -> elisa(f.absent("plate.csv"), f.copy(MAP), f), "plate.csv", "not found"),
			bad("elisa: plate is a folder", f -> elisa(f.folder("plate.csv"), f.copy(MAP), f), "plate.csv", "folder"),
			bad("elisa: plate empty", f -> elisa(f.write("plate.csv", ""), f.copy(MAP), f), "plate.csv", "empty"),
			bad("elisa: plate is binary", f -> elisa(f.copy(STAINED, "plate.csv"), f.copy(MAP), f), "plate.csv",
				"not UTF-8 text"),
			bad("elisa: NaN in a well", f -> elisa(f.text(PLATE, "plate.csv", replace("2.5491", "NaN")), f.copy(MAP), f),
				"plate.csv", "well A1", "'NaN' is not a number"),
			bad("elisa: decimal commas (European Excel)", f -> elisa(f.text(PLATE, "plate.csv", BrokenFiles::european),
				f.copy(MAP), f), "plate.csv", "well A1", "decimal comma"),
			bad("elisa: long plate without 'value' column", f -> elisa(f.text(LONG, "long.csv",
				replace("well,value", "well,od")), f.copy(MAP), f), "long.csv", "missing column 'value'"),
			bad("elisa: long plate with only a header", f -> elisa(f.text(LONG, "long.csv", BrokenFiles::headerOnly),
				f.copy(MAP), f), "long.csv", "no wells"),
			bad("elisa: map empty", f -> elisa(f.copy(PLATE), f.write("map.csv", ""), f), "map.csv", "empty"),
			bad("elisa: map with only a header", f -> elisa(f.copy(PLATE), f.text(MAP, "map.csv",
				BrokenFiles::headerOnly), f), "map.csv", "no standards"),
			bad("elisa: map without 'type' column", f -> elisa(f.copy(PLATE), f.text(MAP, "map.csv",
				replace("well,type,", "well,kind,")), f), "map.csv", "missing column 'type'"),
			bad("elisa: map well off the plate", f -> elisa(f.copy(PLATE), f.text(MAP, "map.csv",
				s -> s + "I1,sample,IL-2,X,control,,1\n"), f), "map.csv", "well I1", "96-well plate"),
			bad("elisa: map decimal commas", f -> elisa(f.copy(PLATE), f.text(MAP, "map.csv", BrokenFiles::european), f),
				"map.csv", "decimal comma"),
			bad("elisa: map dilution written as a ratio", f -> elisa(f.copy(PLATE), f.text(MAP, "map.csv",
				replace("A3,sample,IL-2,Ctrl-1,control,,2", "A3,sample,IL-2,Ctrl-1,control,,1:2")), f), "map.csv", "A3",
				"'1:2' is a ratio", "e.g. 2 for a twofold dilution"),
			bad("elisa: map is a folder", f -> elisa(f.copy(PLATE), f.folder("map.csv"), f), "map.csv", "folder"),
			bad("elisa: standards with NaN", f -> a("elisa", "--standards", f.write("std.csv",
				"conc,od\n1000,2.1\n500,NaN\n250,0.9\n125,0.5\n"), "--out", f.absent("out")), "std.csv", "'NaN'"),
			bad("elisa: standards with only a header", f -> a("elisa", "--standards", f.write("std.csv", "conc,od\n"),
				"--out", f.absent("out")), "std.csv"),
			bad("elisa: samples table with only a header", f -> a("elisa", "--standards", f.write("std.csv",
				"conc,od\n1000,2.1\n500,1.5\n250,0.9\n125,0.5\n62.5,0.3\n"), "--samples", f.write("unk.csv",
				"sample,od\r\n"), "--out", f.absent("out")), "unk.csv", "no samples"),
			bad("elisa: plate grid without rows", f -> elisa(f.text(PLATE, "plate.csv", s -> s.substring(0,
				s.indexOf("\nA,") + 1)), f.copy(MAP), f), "plate.csv", "wrong plate shape 0 rows"),
			bad("elisa: --out is the inputs' folder and would replace samples.csv", f -> a("elisa", "--standards",
				f.write("std.csv", "conc,od\n1000,2.1\n500,1.5\n250,0.9\n125,0.5\n62.5,0.3\n"), "--samples",
				f.write("samples.csv", "sample,od\ns1,1.0\n"), "--out", f.dir()), "samples.csv",
				"would be overwritten"),
			bad("elisa: --out is an existing file", f -> a("elisa", f.copy(PLATE), "--layout", f.copy(MAP), "--out",
				f.write("results", "keep me")), "results", "folder"),
			bad("elisa: --out inside a file (unwritable)", f -> a("elisa", f.copy(PLATE), "--layout", f.copy(MAP),
				"--out", f.write("results", "keep me").resolve("out")), "results is a file, not a folder"),

			// --- stats (long table row,col[,rep],value)
			bad("stats: missing", f -> a("stats", f.absent("data.csv"), "--out", f.absent("out")), "data.csv", "not found"),
			bad("stats: folder", f -> a("stats", f.folder("data.csv"), "--out", f.absent("out")), "data.csv", "folder"),
			bad("stats: empty", f -> a("stats", f.write("data.csv", ""), "--out", f.absent("out")), "data.csv", "empty"),
			bad("stats: only a header", f -> a("stats", f.text(STATS, "data.csv", BrokenFiles::headerOnly), "--out",
				f.absent("out")), "data.csv", "no data"),
			bad("stats: no 'value' column", f -> a("stats", f.text(STATS, "data.csv", replace("rep,value", "rep,od")),
				"--out", f.absent("out")), "data.csv", "missing column 'value'"),
			bad("stats: NaN value", f -> a("stats", f.text(STATS, "data.csv", replace("1.0767", "NaN")), "--out",
				f.absent("out")), "data.csv", "line 3", "'NaN'"),
			bad("stats: empty value", f -> a("stats", f.text(STATS, "data.csv", replace("1.0767", "")), "--out",
				f.absent("out")), "data.csv", "line 3", "empty"),
			bad("stats: decimal commas (European Excel)", f -> a("stats", f.text(STATS, "data.csv",
				BrokenFiles::european), "--out", f.absent("out")), "data.csv", "decimal comma"),
			bad("stats: a two-way cell without values", f -> a("stats", f.text(STATS, "data.csv",
				s -> s.replaceAll("(?m)^A,Trt,.*\\n", "")), "--out", f.absent("out")), "data.csv", "A / Trt"),
			bad("stats: a wide table as Prism shows it (a column per group)", f -> a("stats", f.write("data.csv",
				"protein,Control,Control,Treated,Treated\nP53,1.0,0.9,2.1,2.0\n"), "--out", f.absent("out")), "data.csv",
				"missing column 'row'", "one value per line", "P53,control,1.02"),
			bad("stats: one group typed in two cases", f -> a("stats", f.text(STATS, "data.csv", s -> s.replaceFirst(
				"(?m)^A,Trt,", "A,trt,")), "--out", f.absent("out")), "data.csv", "groups 'trt' (line 5) and 'Trt' (line 6)",
				"differ only in upper/lower case"),
			bad("stats: --out is an existing file", f -> a("stats", f.copy(STATS, "data.csv"), "--out",
				f.write("out", "keep")), "out", "folder"),
			bad("stats: --out inside a file", f -> a("stats", f.copy(STATS, "data.csv"), "--out",
				f.write("notes", "x").resolve("out")), "notes is a file, not a folder"),

			// --- fcs info / events
			bad("fcs info: missing", f -> a("fcs", "info", f.absent("a.fcs")), "a.fcs", "not found"),
			bad("fcs info: folder", f -> a("fcs", "info", f.folder("a.fcs")), "a.fcs", "folder"),
			bad("fcs info: empty", f -> a("fcs", "info", f.write("a.fcs", new byte[0])), "a.fcs", "not an FCS file"),
			bad("fcs info: a CSV renamed .fcs", f -> a("fcs", "info", f.copy(MAP, "a.fcs")), "a.fcs", "not an FCS file"),
			bad("fcs info: no such dataset", f -> a("fcs", "info", f.copy(STAINED), "--dataset", "2"),
				"apoptosis_stained.fcs", "no dataset 2"),
			bad("fcs events: truncated", f -> a("fcs", "events", f.truncated(STAINED, "a.fcs", 3000), "--out",
				f.absent("ev.csv")), "a.fcs", "truncated"),
			bad("fcs events: corrupt header offsets", f -> a("fcs", "events", f.text(STAINED, "a.fcs",
				s -> "FCS3.1    xx" + s.substring(12)), "--out", f.absent("ev.csv")), "a.fcs", "not a number"),
			bad("fcs events: --out is the input", f -> a("fcs", "events", f.copy(STAINED), "--out",
				f.dir().resolve("apoptosis_stained.fcs")), "apoptosis_stained.fcs", "overwrite the input"),
			bad("fcs events: --out is a folder", f -> a("fcs", "events", f.copy(STAINED), "--out", f.folder("ev")),
				"ev", "folder"),
			bad("fcs events: --out inside a file", f -> a("fcs", "events", f.copy(STAINED), "--out",
				f.write("notes", "x").resolve("ev.csv")), "notes is a file, not a folder"),

			// --- flow quadrants / positive / demo
			bad("flow quadrants: control missing", f -> quadrants(f.copy(STAINED), f.absent("ctrl.fcs"), f),
				"ctrl.fcs", "not found"),
			bad("flow quadrants: control is a folder", f -> quadrants(f.copy(STAINED), f.folder("ctrl.fcs"), f),
				"ctrl.fcs", "folder"),
			bad("flow quadrants: control truncated", f -> quadrants(f.copy(STAINED), f.truncated(UNSTAINED,
				"ctrl.fcs", 2000), f), "ctrl.fcs", "truncated"),
			bad("flow quadrants: sample empty", f -> quadrants(f.write("s.fcs", new byte[0]), f.copy(UNSTAINED), f),
				"s.fcs", "not an FCS file"),
			bad("flow quadrants: no such channel", f -> a("flow", "quadrants", f.copy(STAINED), "--x", "FL9-H", "--y",
				"FL2-H", "--control", f.copy(UNSTAINED), "--out", f.absent("out")), "apoptosis_stained.fcs",
				"no channel 'FL9-H'"),
			bad("flow quadrants: --out is an existing file", f -> a("flow", "quadrants", f.copy(STAINED), "--x",
				"FL1-H", "--y", "FL2-H", "--control", f.copy(UNSTAINED), "--out", f.write("out", "keep")), "out",
				"folder"),
			bad("flow quadrants: --out inside a file", f -> a("flow", "quadrants", f.copy(STAINED), "--x", "FL1-H",
				"--y", "FL2-H", "--control", f.copy(UNSTAINED), "--out", f.write("notes", "x").resolve("out")),
				"notes is a file, not a folder"),
			bad("flow positive: sample is a CSV", f -> a("flow", "positive", f.copy(MAP, "s.fcs"), "--channel", "FL1-H",
				"--control", f.copy(UNSTAINED), "--out", f.absent("out")), "s.fcs", "not an FCS file"),
			bad("flow positive: no such channel", f -> a("flow", "positive", f.copy(STAINED), "--channel", "CD4",
				"--control", f.copy(UNSTAINED), "--out", f.absent("out")), "no channel 'CD4'"),
			bad("flow positive: debris gate NaN", f -> a("flow", "positive", f.copy(STAINED), "--channel", "FL1-H",
				"--control", f.copy(UNSTAINED), "--gate-x", "FSC-H", "--gate-y", "SSC-H", "--gate-rect", "1,2,NaN,4",
				"--out", f.absent("out")), "debris gate", "'NaN'"),
			bad("flow quadrants: control channel all NaN", f -> quadrants(f.copy(STAINED), allNan(f, "nan.fcs"), f),
				"nan.fcs", "FL1-H has no values"),
			bad("flow positive: control channel all NaN", f -> a("flow", "positive", f.copy(STAINED), "--channel", "FL2-H",
				"--control", allNan(f, "nan.fcs"), "--out", f.absent("out")), "nan.fcs", "FL2-H has no values"),
			bad("flow quadrants: sample all NaN", f -> quadrants(allNan(f, "nan.fcs"), f.copy(UNSTAINED), f),
				"nan.fcs", "none of its 50 events can be counted"),
			bad("flow positive: sample without events", f -> a("flow", "positive", allNan(f, "none.fcs", 0), "--channel",
				"FL1-H", "--control", f.copy(UNSTAINED), "--out", f.absent("out")), "none.fcs", "has no events"),
			bad("flow table: FlowJo table without --samples", f -> a("flow", "table", f.copy(FLOWJO), "--out",
				f.absent("out")), "flowjo_apoptosis_example.csv", "--samples"),
			bad("flow table: a sample missing from the sheet", f -> a("flow", "table", f.copy(FLOWJO), "--samples",
				f.write("s.csv", "sample,group\ncontrol_1.fcs,control\ncontrol_2.fcs,control\ntreated_1.fcs,treated\n"),
				"--annexin", "FL1-H", "--pi", "FL2-H", "--out", f.absent("out")), "treated_2.fcs", "not in the sample sheet"),
			bad("flow table: sheet without a group column", f -> a("flow", "table", f.copy(FLOWJO), "--samples",
				f.write("s.csv", "sample,condition\ncontrol_1.fcs,control\n"), "--out", f.absent("out")), "s.csv",
				"missing column 'group'"),
			bad("flow table: no such quadrant channel", f -> a("flow", "table", f.copy(FLOWJO), "--samples",
				f.write("s.csv", "sample,group\ncontrol_1.fcs,c\ncontrol_2.fcs,c\ntreated_1.fcs,t\ntreated_2.fcs,t\n"),
				"--annexin", "FL3-H", "--pi", "FL2-H", "--out", f.absent("out")), "flowjo_apoptosis_example.csv",
				"no percentage column", "FL3-H"),
			bad("flow table: --annexin without --pi", f -> a("flow", "table", f.copy(FLOWJO), "--annexin", "FL1-H",
				"--out", f.absent("out")), "--pi"),
			bad("flow table: no such reference group", f -> a("flow", "table", f.copy(LONGPCT), "--reference", "msc",
				"--out", f.absent("out")), "long_percent_example.csv", "reference group 'msc' has no sample (groups: MSC"),
			bad("flow table: percent out of range", f -> a("flow", "table", f.text(LONGPCT, "p.csv", t -> t.replace("98.4",
				"198.4")), "--out", f.absent("out")), "p.csv", "outside 0..100"),
			bad("flow markers: sheet missing", f -> markers(f.absent("markers.csv"), f), "markers.csv", "not found"),
			bad("flow markers: sheet empty", f -> markers(f.write("markers.csv", ""), f), "markers.csv", "empty"),
			bad("flow markers: sheet with only a header", f -> markers(markerSheet(f, BrokenFiles::headerOnly), f),
				"markers.csv", "no markers"),
			bad("flow markers: sheet without 'channel' column", f -> markers(markerSheet(f, replace("marker,channel,",
				"marker,detector,")), f), "markers.csv", "missing column 'channel'"),
			bad("flow markers: a stained FCS file missing", f -> markers(markerSheet(f, replace("msc_CD73.fcs",
				"msc_CD90.fcs")), f), "msc_CD90.fcs", "not found"),
			bad("flow markers: a control truncated", f -> {
				Path sheet = markerSheet(f, s -> s + "\n");
				f.truncated(FLOW + "kg1a_unstained.fcs", "kg1a_unstained.fcs", 3000);
				return markers(sheet, f);
			}, "kg1a_unstained.fcs", "truncated"),
			bad("flow markers: unknown channel", f -> markers(markerSheet(f, replace("CD105,FL2-H", "CD105,FL4-H")), f),
				"msc_CD105.fcs", "no channel 'FL4-H'"),
			bad("flow markers: percentile NaN", f -> markers(markerSheet(f, replace("msc_unstained.fcs,99.9",
				"msc_unstained.fcs,NaN")), f), "markers.csv", "'NaN'"),
			bad("flow markers: decimal commas (European Excel)", f -> markers(markerSheet(f, BrokenFiles::european), f),
				"markers.csv", "decimal comma"),
			bad("flow markers: no such figure", f -> a("flow", "markers", markerSheet(f, s -> s + "\n"), "--figure", "4",
				"--out", f.absent("out")), "markers.csv", "no markers of figure '4'"),
			bad("flow markers: --out is an existing file", f -> a("flow", "markers", markerSheet(f, s -> s + "\n"),
				"--out", f.write("out", "keep")), "out", "folder"),
			bad("flow markers: --out is the sheet's folder and would replace it", f -> {
				markerSheet(f, s -> s + "\n");
				return a("flow", "markers", f.copy(FLOW + "markers.csv", "fig1_positive.csv"), "--name", "fig1", "--out",
					f.dir());
			}, "fig1_positive.csv", "would be overwritten"),
			bad("flow apoptosis: sheet missing", f -> apoptosis(f.absent("apoptosis.csv"), f), "apoptosis.csv", "not found"),
			bad("flow apoptosis: sheet with only a header", f -> apoptosis(apoptosisSheet(f, BrokenFiles::headerOnly), f),
				"apoptosis.csv", "no samples"),
			bad("flow apoptosis: sheet without 'pi' column", f -> apoptosis(apoptosisSheet(f, replace(",annexin,pi",
				",annexin,propidium")), f), "apoptosis.csv", "missing column 'pi'"),
			bad("flow apoptosis: the unstained control missing", f -> {
				Path sheet = apoptosisSheet(f, s -> s + "\n");
				try {
					Files.delete(f.dir().resolve("unstained.fcs"));
				}
				catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
				return apoptosis(sheet, f);
			}, "unstained.fcs", "not found"),
			bad("flow apoptosis: unknown PI channel", f -> apoptosis(apoptosisSheet(f, s -> s.replace("FL1-H,FL2-H",
				"FL1-H,FL3-H")), f), "control_1.fcs", "no channel 'FL3-H'"),
			bad("flow apoptosis: a sample is a CSV", f -> {
				Path sheet = apoptosisSheet(f, s -> s + "\n");
				f.write("control_2.fcs", "well,type\nA1,blank\n");
				return apoptosis(sheet, f);
			}, "control_2.fcs", "not an FCS file"),
			bad("flow apoptosis: a sample listed twice", f -> apoptosis(apoptosisSheet(f, replace("control_2,control",
				"control_1,control")), f), "apoptosis.csv", "'control_1' is listed twice"),
			bad("flow apoptosis: empty group", f -> apoptosis(apoptosisSheet(f, replace("coculture_3,co-culture",
				"coculture_3,")), f), "apoptosis.csv", "empty group"),
			bad("flow apoptosis: --out inside a file", f -> a("flow", "apoptosis", apoptosisSheet(f, s -> s + "\n"),
				"--out", f.write("notes", "x").resolve("out")), "notes is a file, not a folder"),
			bad("flow demo: --out is an existing file", f -> a("flow", "demo", "--out", f.write("demo", "keep")),
				"demo", "folder"),

			// --- synth, bench
			bad("synth: --out is an existing file", f -> a("synth", "--out", f.write("blots", "keep")), "blots", "folder"),
			bad("synth: --out inside a file", f -> a("synth", "--out", f.write("notes", "x").resolve("blots")),
				"notes is a file, not a folder"),
			bad("synth: zero lanes", f -> a("synth", "--lanes", "0", "--out", f.absent("out")), "lane count"),
			bad("synth: NaN tilt", f -> a("synth", "--tilt", "NaN", "--out", f.absent("out")), "tilt", "NaN"),
			bad("bench accuracy: --out is an existing file", f -> a("bench", "accuracy", "--n", "1", "--out",
				f.write("bench", "keep")), "bench", "not a folder"),

			// --- bands (one scan)
			bad("bands: missing", f -> a("bands", f.absent("scan.tif"), "--out", f.absent("out")), "scan.tif", "not found"),
			bad("bands: a folder without images", f -> a("bands", f.folder("scans"), "--out", f.absent("out")), "scans",
				"no images in this folder"),
			bad("bands: a scans folder as --out holding the lab's own summary.csv", f -> {
				f.copy(TIFF, "scans/blot.tif");
				f.write("scans/summary.csv", "experiment,date\nE1,2024-05-02\n");
				return a("bands", f.dir().resolve("scans"), "--out", f.dir().resolve("scans"));
			}, "summary.csv", "is not a blotfig result and would be overwritten"),
			bad("bands: a folder of subfolders", f -> {
				f.copy(TIFF, "scans/E1/blot.tif");
				f.copy(TIFF, "scans/E2/blot.tif");
				return a("bands", f.dir().resolve("scans"), "--out", f.absent("out"));
			}, "scans", "no images in this folder", "subfolders are not searched: give one of its 2 subfolders"),
			bad("bands: a folder and --roi", f -> a("bands", f.folder("scans"), "--roi", "0,0,5,5", "--out",
				f.absent("out")), "scans", "--roi applies to one image"),
			bad("bands: empty file", f -> a("bands", f.write("scan.tif", new byte[0]), "--out", f.absent("out")),
				"scan.tif", "empty"),
			bad("bands: corrupt TIFF", f -> a("bands", f.text(MAP, "scan.tif", s -> "II*\0" + s), "--out",
				f.absent("out")), "scan.tif", "not an image"),
			bad("bands: truncated TIFF", f -> a("bands", f.truncated(TIFF, "scan.tif", 2000), "--out", f.absent("out")),
				"scan.tif", "is truncated"),
			bad("bands: a colour picture (all pixels coloured RGB)", f -> {
				ij.process.ColorProcessor cp = new ij.process.ColorProcessor(300, 200);
				cp.setColor(java.awt.Color.RED);
				cp.fill();
				Path p = f.absent("red.tif");
				new ij.io.FileSaver(new ij.ImagePlus("red", cp)).saveAsTiff(p.toString());
				return a("bands", p, "--out", f.absent("out"));
			}, "red.tif", "strongly coloured"),
			bad("bands: --out is an existing file", f -> a("bands", f.copy(TIFF), "--out", f.write("out", "keep")),
				"--out must be a folder, not a file"),
			bad("bands: --out inside a file", f -> a("bands", f.copy(TIFF), "--out", f.write("notes", "x").resolve("out")),
				"notes is a file, not a folder"),

			// --- normalize (blot set)
			bad("normalize: set missing", f -> a("normalize", f.absent("set.csv"), "--out", f.absent("out")), "set.csv",
				"not found"),
			bad("normalize: set is a folder", f -> a("normalize", f.folder("set.csv"), "--out", f.absent("out")),
				"set.csv", "folder"),
			bad("normalize: set empty", f -> a("normalize", f.write("set.csv", ""), "--out", f.absent("out")),
				"set.csv", "empty"),
			bad("normalize: set without 'role' column", f -> a("normalize", blotSet(f, replace("role,", "kind,")),
				"--out", f.absent("out")), "set.csv", "'role'"),
			bad("normalize: set names a missing image", f -> a("normalize", blotSet(f, replace("../synth/clean16_000.tif",
				"../synth/gone.tif")), "--out", f.absent("out")), "gone.tif", "not found"),
			bad("normalize: set with only a header", f -> a("normalize", blotSet(f, BrokenFiles::headerOnly), "--out",
				f.absent("out")), "set.csv"),
			bad("normalize: set names a corrupt image", f -> {
				Path set = goodSet(f);
				f.text(MAP, "synth/clean16_000.tif", s -> "II*\0" + s);
				return a("normalize", set, "--out", f.absent("out"));
			}, "clean16_000.tif", "not an image"),
			bad("normalize: set names an empty image", f -> {
				Path set = goodSet(f);
				f.write("synth/clean16_000.tif", new byte[0]);
				return a("normalize", set, "--out", f.absent("out"));
			}, "clean16_000.tif", "empty"),
			bad("normalize: sample sheet without 'group'", f -> {
				Path set = goodSet(f);
				f.write("blotset/samples.csv", "lane,sample,grp,replicate,membrane,load\n2,A1,control,1,M1,20\n");
				return a("normalize", set, "--out", f.absent("out"));
			}, "samples.csv", "'group'"),
			bad("normalize: sample sheet empty", f -> {
				Path set = goodSet(f);
				f.write("blotset/samples.csv", "");
				return a("normalize", set, "--out", f.absent("out"));
			}, "samples.csv", "empty"),
			bad("normalize: sample sheet with decimal commas", f -> {
				Path set = goodSet(f);
				f.write("blotset/samples.csv", "lane;sample;group;replicate;membrane;load\n2;A1;control;1;M1;2,5\n");
				return a("normalize", set, "--out", f.absent("out"));
			}, "samples.csv", "decimal comma"),
			bad("normalize: --out is an existing file", f -> a("normalize", goodSet(f), "--out", f.write("out", "keep")),
				"out", "folder"),

			// --- study (a figure set)
			bad("study: sheet missing", f -> a("study", f.absent("study.csv"), "--out", f.absent("out")), "study.csv",
				"not found"),
			bad("study: unknown assay", f -> a("study", study(f, "Fig. 1,qpcr,plate.csv,\n"), "--out", f.absent("out")),
				"study.csv", "'qpcr'"),
			bad("study: a figure's input missing", f -> a("study", study(f, "Fig. 4,western,blotset/gone.csv,\n"), "--out",
				f.absent("out")), "study.csv", "gone.csv"),
			bad("study: corrupt image in the last figure, nothing of the first written", f -> {
				Path sheet = study(f, "Fig. 5,elisa,plate.csv,map.csv\nFig. 4,western,blotset/set.csv,\n");
				f.text(MAP, "synth/clean16_000.tif", s -> "II*\0" + s);
				return a("study", sheet, "--out", f.absent("out"));
			}, "clean16_000.tif", "not an image"),
			bad("study: expected values without a value or stars", f -> {
				Path sheet = study(f, "Fig. 5,elisa,plate.csv,map.csv\n");
				f.write("expected.csv", "figure,item,group,quantity,value,stars\nFig. 5,IL-2,x,fold_change,,\n");
				return a("study", sheet, "--out", f.absent("out"));
			}, "expected.csv", "neither a value nor stars"));
	}

	/** One dynamic test per case (junit-jupiter-params is not a dependency), each in its own folder. */
	@TestFactory
	Stream<DynamicTest> rejectedWithOneClearLineAndNothingWritten() {
		return cases().map(c -> DynamicTest.dynamicTest(c.name, () -> {
			Path dir = Files.createTempDirectory(tmp, "case");
			assertRejected(c, dir);
		}));
	}

	static void assertRejected(Case c, Path dir) {
		BrokenFiles f = new BrokenFiles(dir);
		List<String> args = c.args.apply(f);
		Map<String, byte[]> before = f.snapshot();
		CliProbe r = CliProbe.run(args.toArray(new String[0]));
		// the messages side by side in target/surefire-reports/*-output.txt, for reading them as a user would
		System.out.println(c.name + "\n    " + r.err.replace(dir.toString(), "<tmp>"));
		assertEquals(2, r.exit, "exit code; stderr: " + r.err);
		assertEquals(1, r.err.split("\n").length, "exactly one line on stderr: " + r.err);
		assertTrue(r.err.contains(": error: "), r.err);
		for (String s : c.says)
			assertTrue(r.err.contains(s), "'" + s + "' not in: " + r.err);
		for (String j : JARGON)
			assertFalse(r.err.contains(j), "Java jargon '" + j + "' in: " + r.err);
		Map<String, byte[]> after = f.snapshot();
		assertEquals(before.keySet(), after.keySet(), "files were added or removed; stderr: " + r.err);
		for (Map.Entry<String, byte[]> e : before.entrySet())
			assertArrayEquals(e.getValue(), after.get(e.getKey()), e.getKey() + " was modified");
	}

	// --- not bad input: what Excel on Windows or in a decimal-comma locale writes reads the same

	/** The same table as ';'-separated, with Windows line ends and a UTF-8 BOM (Excel "CSV UTF-8"). */
	static String excelEuropean(String s) {
		return withBom(windowsLineEnds(semicolons(s)));
	}

	@Test
	void elisaReadsSemicolonsWindowsLineEndsAndBomLikeTheOriginal() throws IOException {
		BrokenFiles f = new BrokenFiles(tmp);
		Path plain = tmp.resolve("plain"), excel = tmp.resolve("excel");
		assertEquals(0, CliProbe.run("elisa", f.copy(PLATE).toString(), "--layout", f.copy(MAP).toString(),
			"--analyte", "IL-4", "--out", plain.toString()).exit);
		CliProbe r = CliProbe.run("elisa", f.text(PLATE, "xl_plate.csv", BadInputTest::excelEuropean).toString(),
			"--layout", f.text(MAP, "xl_map.csv", BadInputTest::excelEuropean).toString(), "--analyte", "IL-4", "--out",
			excel.toString());
		assertEquals(0, r.exit, r.err);
		for (String file : new String[] { "samples.csv", "standards.csv", "curve.csv", "replicates.csv" })
			assertEquals(readString(plain.resolve(file)), readString(excel.resolve(file)), file);
		assertTrue(readString(plain.resolve("samples.csv")).contains("Ctrl-1"), "a real result was compared");
	}

	@Test
	void statsReadsSemicolonsWindowsLineEndsAndBomLikeTheOriginal() throws IOException {
		BrokenFiles f = new BrokenFiles(tmp);
		Path plain = tmp.resolve("plain"), excel = tmp.resolve("excel");
		assertEquals(0, CliProbe.run("stats", f.copy(STATS, "data.csv").toString(), "--out", plain.toString()).exit);
		CliProbe r = CliProbe.run("stats", f.text(STATS, "xl.csv", BadInputTest::excelEuropean).toString(), "--out",
			excel.toString());
		assertEquals(0, r.exit, r.err);
		for (String file : new String[] { "anova.csv", "comparisons.csv", "cells.csv" })
			assertEquals(readString(plain.resolve(file)), readString(excel.resolve(file)), file);
	}

	/** Cells pasted from Excel into a text file are tab-separated; the blot set's ladder cell keeps its ';'. */
	@Test
	void normalizeReadsATabSeparatedSetLikeTheOriginal() throws IOException {
		BrokenFiles f = new BrokenFiles(tmp);
		Path set = goodSet(f);
		Path tabs = f.text(SET, "blotset/tabs.csv", s -> s.replace(',', '\t'));
		assertEquals(0, CliProbe.run("normalize", set.toString(), "--out", tmp.resolve("plain").toString()).exit);
		CliProbe r = CliProbe.run("normalize", tabs.toString(), "--out", tmp.resolve("tabs").toString());
		assertEquals(0, r.exit, r.err);
		String plain = readString(tmp.resolve("plain/normalized.csv"));
		assertTrue(plain.contains("B8,treated,8,M2,target-low"), plain);
		assertEquals(plain, readString(tmp.resolve("tabs/normalized.csv")));
		assertEquals(readString(tmp.resolve("plain/ladder.csv")), readString(tmp.resolve("tabs/ladder.csv")));
	}

	/** Rows Excel keeps after their cells were cleared (",,,,,") were refused: "line 16, column 'lane': ''". */
	@Test
	void statsAndNormalizeSkipLinesOfEmptyCells() throws IOException {
		BrokenFiles f = new BrokenFiles(tmp);
		assertEquals(0, CliProbe.run("stats", f.copy(STATS, "data.csv").toString(), "--out", tmp.resolve("plain")
			.toString()).exit);
		CliProbe r = CliProbe.run("stats", f.text(STATS, "cleared.csv", s -> s + ",,,\n,,,\n").toString(), "--out",
			tmp.resolve("cleared").toString());
		assertEquals(0, r.exit, r.err);
		assertEquals(readString(tmp.resolve("plain/anova.csv")), readString(tmp.resolve("cleared/anova.csv")));
		Path set = blotSet(f, s -> s + ",,,,,,\n");
		f.text(SAMPLES, "blotset/samples.csv", s -> s + ",,,,,\r\n,,,,,\r\n");
		r = CliProbe.run("normalize", set.toString(), "--out", tmp.resolve("set").toString());
		assertEquals(0, r.exit, r.err);
		assertTrue(readString(tmp.resolve("set/normalized.csv")).contains("B8,treated,8,M2,target-low"));
	}

	static String readString(Path p) throws IOException {
		return new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.UTF_8);
	}

	@TempDir
	Path tmp;


	// --- an output folder that holds the input must not replace it

	@Test
	void statsRefusesToReplaceItsInput() {
		assertRejected(bad("stats: --out is the input's folder", f -> a("stats", f.copy(STATS, "cells.csv"), "--out",
			f.dir()), "cells.csv", "would be overwritten"), tmp);
	}

	@Test
	void bandsRefusesToReplaceItsInput() {
		assertRejected(bad("bands: --out is the input's folder", f -> a("bands", f.copy(TIFF, "overlay.png"), "--out",
			f.dir()), "overlay.png", "would be overwritten"), tmp);
	}
}
