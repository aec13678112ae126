package org.blotfig.flow;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.blotfig.core.InputException;
import org.blotfig.testutil.Shared;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Every file in ../shared/data/fcs against expected.json (an independent decoder's values):
 * valid files match metadata, first/last rows and column sums/maxima of raw channel values;
 * malformed files give one clear InputException naming file, field and byte offset.
 */
class FcsReaderRealFilesTest {

	static Path fcsDir() {
		return Shared.data("fcs");
	}

	static JsonObject expected() throws IOException {
		String json = new String(Files.readAllBytes(fcsDir().resolve("expected.json")), "UTF-8");
		return JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("files");
	}

	@TestFactory
	Stream<DynamicTest> everyFileMatchesExpectations() throws IOException {
		JsonObject files = expected();
		List<DynamicTest> tests = new ArrayList<>();
		for (Map.Entry<String, JsonElement> e : files.entrySet()) {
			Path p = fcsDir().resolve(e.getKey());
			String name = p.getFileName().toString();
			if (e.getValue().isJsonObject()) {
				tests.add(DynamicTest.dynamicTest("malformed " + name, () -> checkMalformed(p)));
			}
			else {
				JsonArray sets = e.getValue().getAsJsonArray();
				tests.add(DynamicTest.dynamicTest(name, () -> checkValid(p, sets)));
			}
		}
		assertTrue(tests.size() >= 34, "expected.json lists every file: " + tests.size());
		return tests.stream();
	}

	/** Counts over the whole table, so that no file is silently skipped. */
	@Test
	void expectationsCoverAllFcsFilesInTheFolder() throws IOException {
		JsonObject files = expected();
		try (Stream<Path> s = Files.walk(fcsDir())) {
			s.filter(f -> f.toString().endsWith(".fcs") || f.toString().endsWith(".lmd"))
				.forEach(f -> assertTrue(files.has(fcsDir().relativize(f).toString().replace('\\', '/')),
					"no expectation for " + f));
		}
	}

	static void checkMalformed(Path p) {
		InputException ex = assertThrows(InputException.class, () -> FcsReader.read(p));
		String m = ex.getMessage();
		assertTrue(m.startsWith(p.toString()), m);
		assertTrue(m.contains("(byte "), "message names the offset: " + m);
		assertFalse(m.contains("Exception"), m);
	}

	static void checkValid(Path p, JsonArray sets) {
		FcsFile f = FcsReader.read(p);
		assertEquals(sets.size(), f.datasets.size(), "datasets");
		for (int i = 0; i < sets.size(); i++) checkDataset(f.datasets.get(i), sets.get(i).getAsJsonObject());
	}

	static String str(JsonObject o, String k) {
		JsonElement e = o.get(k);
		return e == null || e.isJsonNull() ? null : e.getAsString();
	}

	static void checkDataset(FcsDataset ds, JsonObject x) {
		String ctx = "dataset " + ds.index + ": ";
		assertEquals(str(x, "version"), ds.version(), ctx + "version");
		JsonArray h = x.getAsJsonArray("header");
		long[] ho = ds.header.offsets();
		for (int i = 0; i < 6; i++) assertEquals(h.get(i).getAsLong(), ho[i], ctx + "header " + i);
		assertEquals(x.get("tot").getAsInt(), ds.eventCount, ctx + "$TOT");
		assertEquals(x.get("par").getAsInt(), ds.channels.size(), ctx + "$PAR");
		assertEquals(str(x, "datatype"), String.valueOf(ds.datatype), ctx + "datatype");
		assertEquals(str(x, "byteord"), ds.byteOrder, ctx + "byteord");
		assertEquals(str(x, "cyt"), ds.keyword("$CYT"), ctx + "$CYT");
		assertEquals(str(x, "nextdata"), ds.keyword("$NEXTDATA"), ctx + "$NEXTDATA");
		assertEquals(x.get("nkeys").getAsInt(), ds.textPairs, ctx + "keyword count");
		boolean emptyMode = str(x, "text_mode").startsWith("empty");
		assertEquals(emptyMode ? FcsText.Mode.EMPTY_VALUE : FcsText.Mode.ESCAPE, ds.textMode, ctx + "text mode");
		String delim = str(x, "delimiter");
		assertEquals(delimChar(delim), ds.delimiter, ctx + "delimiter");
		JsonArray used = x.getAsJsonArray("data_used");
		assertEquals(used.get(0).getAsString(), ds.dataOffsetSource, ctx + "data offsets source");
		assertEquals(used.get(1).getAsLong(), ds.dataStart, ctx + "data start");
		assertEquals(used.get(2).getAsLong(), ds.dataEnd, ctx + "data end");
		assertEquals(x.get("bitmask_changed_values").getAsLong(), ds.maskedValues, ctx + "masked values");
		for (String k : new String[] { "PnN", "PnS", "PnE", "PnR", "PnB", "PnG" }) {
			JsonArray a = x.getAsJsonArray(k);
			for (int c = 0; c < a.size(); c++) {
				String want = a.get(c).isJsonNull() ? null : a.get(c).getAsString();
				String got = ds.keyword("$P" + (c + 1) + k.substring(2));
				if (k.equals("PnN")) {
					assertEquals(want.trim(), ds.channels.get(c).name, ctx + k + " " + (c + 1));
				}
				else if (want != null && !want.equals(got)) {
					// the reference decoder read TEXT as ISO-8859-1; FCS 3.1 TEXT is UTF-8
					assertEquals(want, new String(got.getBytes(java.nio.charset.StandardCharsets.UTF_8),
						java.nio.charset.StandardCharsets.ISO_8859_1), ctx + k + " " + (c + 1));
				}
				else assertEquals(want, got, ctx + k + " " + (c + 1));
			}
		}
		for (JsonElement q : x.getAsJsonArray("quirks")) {
			String quirk = q.getAsString();
			if (quirk.startsWith("mixed integer widths")) continue; // a property, not a problem
			String key = quirk.startsWith("DATA end offset +1") ? "off-by-one" : quirk;
			assertTrue(ds.warnings.stream().anyMatch(w -> w.contains(key)),
				ctx + "warning for quirk '" + quirk + "' in " + ds.warnings);
		}
		if (ds.maskedValues > 0) assertTrue(ds.warnings.stream().anyMatch(w -> w.contains("masked")));
		JsonArray spill = x.getAsJsonArray("spill_keys");
		boolean hasMatrixKey = false;
		for (JsonElement s : spill) {
			String k = s.getAsString();
			if (k.equals("$SPILLOVER") || k.equals("SPILL") || k.equals("$COMP")) hasMatrixKey = true;
		}
		if (hasMatrixKey && ds.spillover == null) {
			// only acceptable with a warning saying why (e.g. MACSQuant writes names without values)
			assertTrue(ds.warnings.stream().anyMatch(w -> w.contains(" ignored: ")), ctx + ds.warnings);
		}
		if (hasMatrixKey && ds.spillover != null) {
			for (int i = 0; i < ds.spillover.matrix.length; i++) assertEquals(1.0, ds.spillover.matrix[i][i],
				1e-9, ctx + "spillover diagonal");
		}

		int rows = x.get("rows").getAsInt();
		FcsEvents ev = ds.events;
		assertEquals(rows, ev.rows);
		JsonArray first3 = x.getAsJsonArray("first3");
		for (int r = 0; r < first3.size(); r++) {
			JsonArray row = first3.get(r).getAsJsonArray();
			for (int c = 0; c < row.size(); c++) {
				assertEquals(row.get(c).getAsDouble(), ev.raw(r, c), 0, ctx + "row " + r + " col " + c);
			}
		}
		JsonArray last = x.getAsJsonArray("last");
		for (int c = 0; c < last.size(); c++) assertEquals(last.get(c).getAsDouble(), ev.raw(rows - 1, c), 0,
			ctx + "last row col " + c);
		JsonArray sum = x.getAsJsonArray("colsum"), max = x.getAsJsonArray("colmax");
		for (int c = 0; c < ev.columns; c++) {
			double s = 0, m = Double.NEGATIVE_INFINITY;
			for (int r = 0; r < rows; r++) {
				double v = ev.raw(r, c);
				s += v;
				m = Math.max(m, v);
			}
			double want = sum.get(c).getAsDouble();
			assertEquals(want, s, Math.max(1e-9, Math.abs(want) * 1e-9), ctx + "colsum " + c);
			assertEquals(max.get(c).getAsDouble(), m, 0, ctx + "colmax " + c);
		}
	}

	static char delimChar(String pyRepr) {
		// expected.json gives Python reprs such as '\\', '/', '\x0c'
		String s = pyRepr.substring(1, pyRepr.length() - 1);
		if (s.equals("\\\\")) return '\\';
		if (s.startsWith("\\x")) return (char) Integer.parseInt(s.substring(2), 16);
		return s.charAt(0);
	}
}
