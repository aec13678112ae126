package org.blotfig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Column names as people type them in Excel ("Sample", "Lane", "Percentile") read like the
 * documented lower-case ones: the same results, not "missing column 'sample' (found: Sample, ...)",
 * and an optional column such as "Percentile" is not passed over for its default.
 */
class CapitalisedHeadersTest {

	@TempDir
	Path tmp;

	/** Every header cell of the text's first line with its first letter upper-case. */
	static String capitalised(String s) {
		int nl = s.indexOf('\n');
		StringBuilder h = new StringBuilder();
		for (String c : s.substring(0, nl).split(",", -1)) {
			if (h.length() > 0) h.append(',');
			h.append(c.isEmpty() ? c : c.substring(0, 1).toUpperCase(Locale.ROOT) + c.substring(1));
		}
		return h + s.substring(nl);
	}

	@Test
	void blotSetAndSampleSheetWithCapitalisedColumns() throws IOException {
		BrokenFiles plain = new BrokenFiles(tmp.resolve("plain")), caps = new BrokenFiles(tmp.resolve("caps"));
		Path set = BadInputTest.goodSet(plain);
		Path capsSet = BadInputTest.blotSet(caps, CapitalisedHeadersTest::capitalised);
		Path capsSamples = caps.text(BadInputTest.SAMPLES, "blotset/samples.csv", CapitalisedHeadersTest::capitalised);
		assertTrue(read(capsSet).startsWith("Image,Target,Role,Membrane,Row,"), read(capsSet));
		assertTrue(read(capsSamples).startsWith("Lane,Sample,Group,Replicate,Membrane,Load"), read(capsSamples));
		assertEquals(0, CliProbe.run("normalize", set.toString(), "--out", tmp.resolve("o1").toString()).exit);
		CliProbe r = CliProbe.run("normalize", capsSet.toString(), "--out", tmp.resolve("o2").toString());
		assertEquals(0, r.exit, r.err);
		String expected = read(tmp.resolve("o1/normalized.csv"));
		assertTrue(expected.contains("B8,treated,8,M2,target-high"), "membranes and samples were read");
		assertEquals(expected, read(tmp.resolve("o2/normalized.csv")));
	}

	@Test
	void markerSheetsOptionalPercentileColumnIsNotPassedOver() throws IOException {
		BrokenFiles plain = new BrokenFiles(tmp.resolve("plain")), caps = new BrokenFiles(tmp.resolve("caps"));
		Path sheet = BadInputTest.markerSheet(plain, s -> s + "\n");
		Path capsSheet = BadInputTest.markerSheet(caps, CapitalisedHeadersTest::capitalised);
		assertTrue(read(capsSheet).contains("Percentile"), read(capsSheet));
		assertEquals(0, CliProbe.run("flow", "markers", sheet.toString(), "--out", tmp.resolve("o1").toString()).exit);
		CliProbe r = CliProbe.run("flow", "markers", capsSheet.toString(), "--out", tmp.resolve("o2").toString());
		assertEquals(0, r.exit, r.err);
		String expected = read(tmp.resolve("o1/markers_positive.csv"));
		// the sheet's 99.9th percentile (not the default 99) gives the paper's 0.16 % for CD56
		assertTrue(expected.contains(",99.9,") && expected.contains(",0.16\n"), expected);
		assertEquals(expected, read(tmp.resolve("o2/markers_positive.csv")));
	}

	@Test
	void elisaStandardsAndUnknownsTablesWithCapitalisedColumns() throws IOException {
		String std = "conc,od\n1000,2.1\n500,1.5\n250,0.9\n125,0.5\n62.5,0.3\n31.25,0.2\n";
		String unk = "sample,od,group\ns1,1.0,control\ns2,1.1,control\ns3,0.6,treated\ns4,0.7,treated\n";
		BrokenFiles f = new BrokenFiles(tmp);
		assertEquals(0, CliProbe.run("elisa", "--standards", f.write("std.csv", std).toString(), "--samples",
			f.write("unk.csv", unk).toString(), "--out", tmp.resolve("o1").toString()).exit);
		CliProbe r = CliProbe.run("elisa", "--standards", f.write("Std.csv", "Conc,OD\n" + std.substring(8)).toString(),
			"--samples", f.write("Unk.csv", "Sample,OD,Group\n" + unk.substring(16)).toString(), "--out",
			tmp.resolve("o2").toString());
		assertEquals(0, r.exit, r.err);
		String expected = read(tmp.resolve("o1/samples.csv"));
		assertTrue(expected.contains("s3") && expected.contains("treated"), expected);
		assertEquals(expected, read(tmp.resolve("o2/samples.csv")));
		// without a group column the other columns describe the sample; "Sample" and "OD" are not among them
		String bare = "sample,od,dilution\ns1,1.0,2\ns3,0.6,2\n";
		assertEquals(0, CliProbe.run("elisa", "--standards", f.write("std.csv", std).toString(), "--samples",
			f.write("bare.csv", bare).toString(), "--out", tmp.resolve("o3").toString()).exit);
		r = CliProbe.run("elisa", "--standards", f.write("Std.csv", "Conc,OD\n" + std.substring(8)).toString(),
			"--samples", f.write("Bare.csv", "Sample,OD,Dilution\n" + bare.substring(19)).toString(), "--out",
			tmp.resolve("o4").toString());
		assertEquals(0, r.exit, r.err);
		assertEquals(read(tmp.resolve("o3/samples.csv")), read(tmp.resolve("o4/samples.csv")));
	}

	static String read(Path p) throws IOException {
		return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
	}
}
