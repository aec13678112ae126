package org.blotfig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running again into the same --out after changing the input: files the new run does not write
 * must not stay behind looking like its results (they did: the three-analyte anova.csv beside a
 * one-analyte figure that says it has no statistics; a dilution.csv after the loads were removed).
 */
class RerunIntoSameFolderTest {

	@TempDir
	Path tmp;

	@Test
	void elisaRerunForOneAnalyteLeavesNoStatisticsOfTheEarlierRun() throws IOException {
		BrokenFiles f = new BrokenFiles(tmp);
		String plate = f.copy(BadInputTest.PLATE).toString(), map = f.copy(BadInputTest.MAP).toString();
		Path out = tmp.resolve("out");
		assertEquals(0, CliProbe.run("elisa", plate, "--layout", map, "--out", out.toString()).exit);
		assertTrue(Files.exists(out.resolve("anova.csv")) && Files.isDirectory(out.resolve("IL-2")));
		CliProbe r = CliProbe.run("elisa", plate, "--layout", map, "--analyte", "IL-4", "--out", out.toString());
		assertEquals(0, r.exit, r.err);
		// one analyte: its curve at the top, a figure without statistics (two-way needs two analytes)
		assertTrue(Files.exists(out.resolve("curve.csv")) && Files.exists(out.resolve("figure.svg")));
		for (String stale : new String[] { "anova.csv", "comparisons.csv", "cells.csv" })
			assertFalse(Files.exists(out.resolve(stale)), stale + " of the earlier run is still there");
		assertTrue(r.err.contains("removed what an earlier run left in") && r.err.contains("anova.csv"), r.err);
		// and back: the one-analyte files at the top go, the statistics come back
		r = CliProbe.run("elisa", plate, "--layout", map, "--out", out.toString());
		assertEquals(0, r.exit, r.err);
		assertFalse(Files.exists(out.resolve("curve.csv")));
		assertTrue(Files.exists(out.resolve("anova.csv")) && Files.exists(out.resolve("IL-4/curve.csv")));
	}

	@Test
	void normalizeRerunWithoutLoadsLeavesNoDilutionTable() throws IOException {
		BrokenFiles f = new BrokenFiles(tmp);
		Path set = BadInputTest.goodSet(f);
		Path out = tmp.resolve("out");
		assertEquals(0, CliProbe.run("normalize", set.toString(), "--out", out.toString()).exit);
		assertTrue(Files.exists(out.resolve("dilution.csv")));
		// the same sample sheet without its 'load' column: no dilution series any more
		f.text(BadInputTest.SAMPLES, "blotset/samples.csv", s -> s.replaceAll("(?m),[^,\\n]*$", ""));
		CliProbe r = CliProbe.run("normalize", set.toString(), "--out", out.toString());
		assertEquals(0, r.exit, r.err);
		assertFalse(Files.exists(out.resolve("dilution.csv")), "dilution.csv of the earlier run is still there");
		assertTrue(Files.exists(out.resolve("normalized.csv")) && Files.exists(out.resolve("fold_change.svg")));
		assertTrue(r.err.contains("this one does not write: dilution.csv"), r.err);
	}

	@Test
	void flowTableAndApoptosisRerunsWithOneGroupLeaveNoStatistics() throws IOException {
		BrokenFiles f = new BrokenFiles(tmp);
		Path out = tmp.resolve("table");
		assertEquals(0, CliProbe.run("flow", "table", f.copy(BadInputTest.FLOWJO).toString(), "--samples",
			f.copy("flow/flowjo_samples.csv").toString(), "--out", out.toString()).exit);
		assertTrue(Files.exists(out.resolve("anova.csv")));
		// the long example has one group: a figure, no statistics
		CliProbe r = CliProbe.run("flow", "table", f.copy(BadInputTest.LONGPCT).toString(), "--out", out.toString());
		assertEquals(0, r.exit, r.err);
		assertTrue(Files.exists(out.resolve("figure.svg")) && Files.exists(out.resolve("percent.csv")));
		assertFalse(Files.exists(out.resolve("anova.csv")), "anova.csv of the earlier run is still there");
		assertTrue(r.err.contains("blotfig flow table: removed what an earlier run left in"), r.err);

		Path sheet = BadInputTest.apoptosisSheet(f, s -> s + "\n");
		out = tmp.resolve("apoptosis");
		assertEquals(0, CliProbe.run("flow", "apoptosis", sheet.toString(), "--out", out.toString()).exit);
		assertTrue(Files.exists(out.resolve("apoptosis_anova.csv")));
		Path control = f.text("study/flow/apoptosis.csv", "control_only.csv", s -> s.replaceAll("(?m)^coculture.*\n", ""));
		r = CliProbe.run("flow", "apoptosis", control.toString(), "--out", out.toString());
		assertEquals(0, r.exit, r.err);
		assertTrue(Files.exists(out.resolve("apoptosis_bars.svg")));
		assertFalse(Files.exists(out.resolve("apoptosis_anova.csv")), "apoptosis_anova.csv of the earlier run is still there");
	}
}
