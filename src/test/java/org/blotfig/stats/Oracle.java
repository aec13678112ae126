package org.blotfig.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.blotfig.io.LongCsv;
import org.blotfig.testutil.Shared;

/** Loads the R/scipy oracle JSON files and compares numbers with relative tolerances. */
final class Oracle {

	static final String[] DATASETS = { "ds1_wb_paper_2x8_n3", "ds4_elisa_cytokines_2x3_n3",
		"ds5_flow_annexin_2x4_n3", "ds6_no_replication_2x8" };

	/**
	 * Hard cases the shared files lack, with R outputs from the shared oracle.R (run on that
	 * folder) and extra.R: unbalanced, a cell with one value, zero-variance cells, one-way 4 groups.
	 */
	static final java.util.List<String> HARD = java.util.Arrays.asList("dsh1_unbalanced_3x2",
		"dsh2_single_value_cell_2x3", "dsh3_constant_cells_2x2");
	static final Path HARD_DIR = java.nio.file.Paths.get("src", "test", "resources", "org", "blotfig",
		"stats", "hard");

	private Oracle() {}

	private static Path file(String ds, String ext) {
		return ds.startsWith("dsh") ? HARD_DIR.resolve(ds + ext) : Shared.data("stats/" + ds + ext);
	}

	static LongTable table(String ds) {
		Path csv = file(ds, ".csv");
		LongCsv c = LongCsv.read(csv);
		return LongTable.of(csv.toString(), c.row, c.col, c.value, c.where);
	}

	static JsonObject r(String ds) {
		return json(file(ds, ".r.json"));
	}

	static JsonObject py(String ds) {
		return json(file(ds, ".py.json"));
	}

	static JsonObject json(Path p) {
		try (Reader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
			return JsonParser.parseReader(in).getAsJsonObject();
		}
		catch (IOException e) {
			throw new AssertionError("cannot read " + p, e);
		}
	}

	/** A JSON number, null -> NaN, "Infinity" strings -> infinities. */
	static double num(JsonElement e) {
		if (e == null || e.isJsonNull()) return Double.NaN;
		String s = e.getAsString();
		if (s.equals("Infinity")) return Double.POSITIVE_INFINITY;
		if (s.equals("-Infinity")) return Double.NEGATIVE_INFINITY;
		return e.getAsDouble();
	}

	static double num(JsonObject o, String key) {
		return num(o.get(key));
	}

	static String str(JsonObject o, String key) {
		JsonElement e = o.get(key);
		return e == null || e.isJsonNull() ? "" : e.getAsString();
	}

	/** |actual - expected| <= rel |expected| (NaN must match NaN, infinities must match). */
	static void rel(double expected, double actual, double rel, String what) {
		if (Double.isNaN(expected) || Double.isInfinite(expected)) {
			assertEquals(expected, actual, what);
			return;
		}
		double err = Math.abs(actual - expected);
		assertTrue(err <= rel * Math.abs(expected), () -> what + ": expected " + expected + " got " +
			actual + " (rel err " + err / Math.abs(expected) + " > " + rel + ")");
	}

	/** Relative tolerance with an absolute floor for values that are only noise in the oracle. */
	static void relAbs(double expected, double actual, double rel, double abs, String what) {
		if (Double.isNaN(expected)) {
			assertEquals(expected, actual, what);
			return;
		}
		double err = Math.abs(actual - expected);
		assertTrue(err <= rel * Math.abs(expected) + abs, () -> what + ": expected " + expected +
			" got " + actual + " (abs err " + err + ")");
	}
}
