package org.blotfig.flow;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-built files for the data layouts the shared files do not cover; the bytes are the truth. */
class FcsDataTypesTest {

	@TempDir
	Path tmp;

	/** An FCS file with the given keywords (delimiter '/') and DATA bytes, offsets in the HEADER. */
	Path file(String version, Map<String, String> kw, byte[] data) throws IOException {
		StringBuilder t = new StringBuilder("/");
		for (Map.Entry<String, String> e : kw.entrySet()) t.append(e.getKey()).append('/').append(e.getValue()).append('/');
		byte[] text = t.toString().getBytes(StandardCharsets.US_ASCII);
		long ts = 58, te = ts + text.length - 1, ds = te + 1, de = ds + data.length - 1;
		String h = version + "    " + String.format(Locale.ROOT, "%8d%8d%8d%8d%8d%8d", ts, te, ds, de, 0, 0);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(h.getBytes(StandardCharsets.US_ASCII));
		out.write(text);
		out.write(data);
		Path p = tmp.resolve("t" + System.nanoTime() + ".fcs");
		Files.write(p, out.toByteArray());
		return p;
	}

	static Map<String, String> kw(String datatype, String byteord, int tot, String... perChannel) {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("$DATATYPE", datatype);
		m.put("$BYTEORD", byteord);
		m.put("$MODE", "L");
		m.put("$PAR", String.valueOf(perChannel.length / 2));
		if (tot >= 0) m.put("$TOT", String.valueOf(tot));
		for (int i = 0; i < perChannel.length / 2; i++) {
			m.put("$P" + (i + 1) + "N", "C" + (i + 1));
			m.put("$P" + (i + 1) + "B", perChannel[2 * i]);
			m.put("$P" + (i + 1) + "R", perChannel[2 * i + 1]);
		}
		return m;
	}

	static byte[] bytes(int... b) {
		byte[] out = new byte[b.length];
		for (int i = 0; i < b.length; i++) out[i] = (byte) b[i];
		return out;
	}

	@Test
	void mixed24And64BitLittleEndianIntegers() throws IOException {
		// one event: 24-bit 0x010203 (LE bytes 03 02 01), 64-bit 2^40 + 5, 8-bit 200
		byte[] d = bytes(0x03, 0x02, 0x01, 5, 0, 0, 0, 0, 1, 0, 0, 200);
		FcsDataset ds = FcsReader.read(file("FCS3.0", kw("I", "1,2,3,4", 1, "24", "16777216", "64", "2199023255552",
			"8", "256"), d)).first();
		assertEquals(0x010203, ds.events.raw(0, 0), 0);
		assertEquals(1099511627781.0, ds.events.raw(0, 1), 0);
		assertEquals(200, ds.events.raw(0, 2), 0);
		assertTrue(ds.events.array() instanceof long[], "masks above 31 bits need long storage");
	}

	@Test
	void rangeBeyond2To32On32BitChannelsKeepsAllBitsAndSmallRangeMasksWithAWarning() throws IOException {
		byte[] d = bytes(0xff, 0xff, 0xff, 0xff, 0x12, 0x34); // big-endian
		FcsDataset ds = FcsReader.read(file("FCS3.1", kw("I", "4,3,2,1", 1, "32", "68719476736", "16", "1024"), d))
			.first();
		assertEquals(4294967295.0, ds.events.raw(0, 0), 0);
		assertEquals(0x1234 & 1023, ds.events.raw(0, 1), 0);
		assertEquals(1, ds.maskedValues);
		assertTrue(ds.warnings.stream().anyMatch(w -> w.startsWith("1 integer values had bits set above $PnR")));
	}

	@Test
	void asciiFixedWidthAndDelimited() throws IOException {
		FcsDataset ds = FcsReader.read(file("FCS2.0", kw("A", "1,2,3,4", 2, "4", "1024", "3", "1024"),
			"  12 34   5678".getBytes(StandardCharsets.US_ASCII))).first();
		assertEquals(12, ds.events.raw(0, 0), 0);
		assertEquals(34, ds.events.raw(0, 1), 0);
		assertEquals(5, ds.events.raw(1, 0), 0); // "   5" then "678"
		assertEquals(678, ds.events.raw(1, 1), 0);
		ds = FcsReader.read(file("FCS2.0", kw("A", "1,2,3,4", 2, "*", "1024", "*", "1024"),
			"1.5,2 3\n4".getBytes(StandardCharsets.US_ASCII))).first();
		assertEquals(1.5, ds.events.raw(0, 0), 0);
		assertEquals(4, ds.events.raw(1, 1), 0);
	}

	@Test
	void missingTotInFcs20IsInferredWithAWarning() throws IOException {
		FcsDataset ds = FcsReader.read(file("FCS2.0", kw("I", "1,2", -1, "16", "1024"), bytes(1, 0, 2, 0, 3, 0)))
			.first();
		assertEquals(3, ds.eventCount);
		assertEquals(3, ds.events.raw(2, 0), 0);
		assertTrue(ds.warnings.stream().anyMatch(w -> w.contains("$TOT missing")));
	}

	@Test
	void logScalingGainAndTimestep() throws IOException {
		Map<String, String> m = kw("I", "1,2", 1, "16", "1024", "16", "1024", "16", "1024");
		m.put("$P1E", "4,0"); // f2 = 0 read as 1
		m.put("$P2G", "4");
		m.put("$P3N", "Time");
		m.put("$TIMESTEP", "0.01");
		m.put("$P1G", "2"); // ignored on a log channel, with a warning
		FcsDataset ds = FcsReader.read(file("FCS3.0", m, bytes(0, 2, 100, 0, 50, 0))).first();
		assertEquals(Math.pow(10, 4 * 512 / 1024.0), ds.values(0)[0], 1e-9);
		assertEquals(25, ds.values(1)[0], 0);
		assertEquals(0.5, ds.values(2)[0], 1e-15);
		assertTrue(ds.warnings.stream().anyMatch(w -> w.contains("$P1G ignored on log channel")), ds.warnings.toString());
	}

	@Test
	void fcs32MixedDataTypesAreRefusedClearly() throws IOException {
		Map<String, String> m = kw("I", "1,2,3,4", 1, "32", "1024", "32", "1024");
		m.put("$P2DATATYPE", "F");
		Path p = file("FCS3.2", m, new byte[8]);
		org.blotfig.core.InputException e = assertThrows(org.blotfig.core.InputException.class, () -> FcsReader.read(p));
		assertTrue(e.getMessage().contains("TEXT keyword $P2DATATYPE (byte 58): per-parameter data type 'F'"),
			e.getMessage());
	}

	@Test
	void compWithoutNamesCoversAllParameters() throws IOException {
		Map<String, String> m = kw("F", "1,2,3,4", 0, "32", "1024", "32", "1024");
		m.put("$COMP", "2,1,0.5,0,1");
		FcsDataset ds = FcsReader.read(file("FCS3.0", m, new byte[0])).first();
		assertEquals("$COMP", ds.spillover.keyword);
		assertArrayEquals(new int[] { 0, 1 }, ds.spillover.channels);
		assertEquals(0.5, ds.spillover.matrix[0][1], 0);
	}
}
