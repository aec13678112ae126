package org.blotfig.flow;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever the FCS 3.1 writer writes, the reader reads back bit-exactly. */
class FcsWriterTest {

	@TempDir
	Path tmp;

	static List<FcsChannel> channels(String... names) {
		List<FcsChannel> out = new ArrayList<>();
		for (int i = 0; i < names.length; i++) {
			out.add(new FcsChannel(i + 1, names[i], null, 32, "262144", 262144, "0,0", 0, 1, null, 1, 1, -1));
		}
		return out;
	}

	Path write(String name, FcsWriter w, Object events, int bits) throws IOException {
		ByteArrayOutputStream bos = new ByteArrayOutputStream();
		if (events instanceof float[]) w.writeFloats(bos, (float[]) events);
		else if (events instanceof double[]) w.writeDoubles(bos, (double[]) events);
		else w.writeInts(bos, (long[]) events, bits);
		Path p = tmp.resolve(name);
		Files.write(p, bos.toByteArray());
		return p;
	}

	@Test
	void floatsRoundTripBitExactlyWithSpecialValuesAndKeywords() throws IOException {
		float[] ev = { 0f, -0f, 1.5f, Float.NaN, Float.POSITIVE_INFINITY, -1e-30f, Float.MIN_VALUE,
			Float.MAX_VALUE, 123456.789f };
		FcsWriter w = new FcsWriter(Arrays.asList("FSC-A", "FL1/FITC", "Time")).label(1, "CD4 A/B")
			.keyword("$CYT", "blotfig demo").spillover(Arrays.asList("FSC-A", "FL1/FITC"),
				new double[][] { { 1, 0.25 }, { 0.125, 1 } });
		FcsDataset ds = FcsReader.read(write("f.fcs", w, ev, 32)).first();
		assertEquals("FCS3.1", ds.version());
		assertEquals('F', ds.datatype);
		assertEquals(3, ds.eventCount);
		assertEquals("FL1/FITC", ds.channels.get(1).name);
		assertEquals("CD4 A/B", ds.channels.get(1).label);
		assertEquals("blotfig demo", ds.keyword("$CYT"));
		assertEquals(FcsText.Mode.ESCAPE, ds.textMode);
		assertArrayEquals(new int[] { 0, 1 }, ds.spillover.channels);
		assertEquals(0.125, ds.spillover.matrix[1][0]);
		assertTrue(ds.warnings.isEmpty(), ds.warnings.toString());
		float[] back = (float[]) ds.events.array();
		assertEquals(ev.length, back.length);
		for (int i = 0; i < ev.length; i++) assertEquals(Float.floatToRawIntBits(ev[i]),
			Float.floatToRawIntBits(back[i]), "value " + i);
	}

	@Test
	void manyRandomFloatsRoundTripAcrossReadChunks() throws IOException {
		Random rnd = new Random(42);
		int rows = 70_000, par = 5; // 1.4 MB: more than one 1 MiB read chunk
		float[] ev = new float[rows * par];
		for (int i = 0; i < ev.length; i++) ev[i] = Float.intBitsToFloat(rnd.nextInt());
		FcsDataset ds = FcsReader.read(write("big.fcs", new FcsWriter(Arrays.asList("a", "b", "c", "d", "e")),
			ev, 32)).first();
		float[] back = (float[]) ds.events.array();
		for (int i = 0; i < ev.length; i++) assertEquals(Float.floatToRawIntBits(ev[i]),
			Float.floatToRawIntBits(back[i]));
	}

	@Test
	void doublesRoundTrip() throws IOException {
		double[] ev = { Math.PI, -Math.E, 1e300, Double.NaN, -0.0, 7 };
		FcsDataset ds = FcsReader.read(write("d.fcs", new FcsWriter(Arrays.asList("x", "y")), ev, 64)).first();
		assertEquals('D', ds.datatype);
		double[] back = (double[]) ds.events.array();
		for (int i = 0; i < ev.length; i++) assertEquals(Double.doubleToRawLongBits(ev[i]),
			Double.doubleToRawLongBits(back[i]));
	}

	@Test
	void integersRoundTripAt8_16_32Bits() throws IOException {
		for (int bits : new int[] { 8, 16, 32 }) {
			long max = (1L << bits) - 1;
			long[] ev = { 0, 1, max, max / 3, 17, max - 1 };
			FcsWriter w = new FcsWriter(Arrays.asList("x", "y")).range(0, max + 1).range(1, max + 1);
			FcsDataset ds = FcsReader.read(write("i" + bits + ".fcs", w, ev, bits)).first();
			assertEquals('I', ds.datatype);
			assertEquals(0, ds.maskedValues);
			for (int i = 0; i < ev.length; i++) assertEquals(ev[i], ds.events.raw(i / 2, i % 2), 0, bits + " bits");
		}
	}

	@Test
	void offsetsBeyondTheHeaderLimitAreReadFromText() throws IOException {
		FcsWriter w = new FcsWriter(Arrays.asList("x", "y"));
		w.headerOffsetLimit = 100; // as if the file were larger than 99,999,999 bytes
		float[] ev = { 1, 2, 3, 4, 5, 6 };
		FcsDataset ds = FcsReader.read(write("big-offsets.fcs", w, ev, 32)).first();
		assertEquals(0, ds.header.dataStart);
		assertEquals(0, ds.header.dataEnd);
		assertEquals("text", ds.dataOffsetSource);
		assertArrayEquals(ev, (float[]) ds.events.array());
	}

	@Test
	void zeroEventsRoundTrip() throws IOException {
		FcsDataset ds = FcsReader.read(write("empty.fcs", new FcsWriter(Arrays.asList("x", "y")), new float[0], 32))
			.first();
		assertEquals(0, ds.eventCount);
		assertEquals(0, ds.events.rows);
		assertTrue(ds.warnings.isEmpty(), ds.warnings.toString());
	}

	@Test
	void rejectsValuesOutsideTheRange() {
		FcsWriter w = new FcsWriter(Arrays.asList("x")).range(0, 1024);
		assertThrows(IllegalArgumentException.class, () -> w.writeInts(new ByteArrayOutputStream(),
			new long[] { 1024 }, 16));
		assertThrows(IllegalArgumentException.class, () -> new FcsWriter(Arrays.asList("x"))
			.keyword("NOTE", "/starts with delimiter").writeFloats(new ByteArrayOutputStream(), new float[1]));
	}
}
