package org.blotfig.flow;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.blotfig.core.InputException;
import org.blotfig.testutil.Shared;
import org.junit.jupiter.api.Test;

/** Full event arrays against FlowIO's truth (.npy), compensation matrices, and clear errors. */
class FcsReaderTruthTest {

	/** A minimal .npy reader: little-endian float64, C order, 2-D. */
	static double[][] npy(Path p) throws IOException {
		byte[] b = Files.readAllBytes(p);
		assertEquals((byte) 0x93, b[0]);
		assertEquals("NUMPY", new String(b, 1, 5, StandardCharsets.US_ASCII));
		int major = b[6];
		int hlen, off;
		if (major == 1) {
			hlen = (b[8] & 0xff) | (b[9] & 0xff) << 8;
			off = 10;
		}
		else {
			hlen = ByteBuffer.wrap(b, 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
			off = 12;
		}
		String header = new String(b, off, hlen, StandardCharsets.US_ASCII);
		assertTrue(header.contains("'descr': '<f8'"), header);
		assertTrue(header.contains("'fortran_order': False"), header);
		String shape = header.replaceAll(".*'shape': \\(([0-9]+), ([0-9]+)\\).*", "$1,$2").trim();
		String[] rc = shape.split(",");
		int rows = Integer.parseInt(rc[0].trim()), cols = Integer.parseInt(rc[1].trim());
		ByteBuffer bb = ByteBuffer.wrap(b, off + hlen, rows * cols * 8).order(ByteOrder.LITTLE_ENDIAN);
		double[][] out = new double[rows][cols];
		for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) out[r][c] = bb.getDouble();
		return out;
	}

	static void assertMatches(double[][] truth, FcsDataset ds, boolean scaled, double relTol) {
		assertEquals(truth.length, ds.eventCount);
		assertEquals(truth[0].length, ds.channels.size());
		for (int c = 0; c < truth[0].length; c++) {
			double[] v = scaled ? ds.values(c) : ds.raw(c);
			for (int r = 0; r < truth.length; r++) {
				double want = truth[r][c];
				assertEquals(want, v[r], Math.abs(want) * relTol + 1e-12, "row " + r + " col " + c);
			}
		}
	}

	@Test
	void data1RawAndScaledMatchFlowIO() throws IOException {
		FcsDataset ds = FcsReader.read(Shared.data("fcs/FlowKit/data/gate_ref/data1.fcs")).first();
		assertMatches(npy(Shared.data("fcs/FlowIO/data/truth/data1_original_events.npy")), ds, false, 0);
		// scaled: linear / $PnG (FSC 3.67, SSC 8), log 10^(4*ch/1024) with f2 = 0 read as 1
		assertMatches(npy(Shared.data("fcs/FlowIO/data/truth/data1_preprocessed.npy")), ds, true, 1e-12);
	}

	@Test
	void b01ScaledIncludingTimestepMatchesFlowIO() throws IOException {
		FcsDataset ds = FcsReader.read(Shared.data("fcs/FlowIO/data/fcs_files/B01 KC-A-W---91-US.fcs")).first();
		assertMatches(npy(Shared.data("fcs/FlowIO/data/truth/B01 KC-A-W---91-US_preprocessed_events.npy")),
			ds, true, 1e-12);
	}

	@Test
	void spillChannelsMatchFlowKitsCompensationCsvAndMatrixIsTheFilesIdentity() throws IOException {
		FcsDataset ds = FcsReader.read(Shared.data("fcs/FlowKit/data/test_comp_example.fcs")).first();
		List<String> lines = Files.readAllLines(Shared.data("fcs/FlowKit/data/comp_complete_example.csv"));
		String[] names = lines.get(0).split(",");
		Spillover s = ds.spillover;
		assertNotNull(s);
		assertEquals(names.length, s.channels.length);
		assertEquals(java.util.Arrays.asList(names), s.channelNames(ds.channels));
		// the file's SPILL is an identity matrix (FlowKit's CSV is a separate, edited matrix)
		for (int i = 0; i < names.length; i++) {
			for (int j = 0; j < names.length; j++) assertEquals(i == j ? 1.0 : 0.0, s.matrix[i][j]);
		}
	}

	@Test
	void compensationUndoesKnownSpillover() {
		double[][] m = { { 1, 0.2, 0.05 }, { 0.1, 1, 0.3 }, { 0, 0.02, 1 } };
		Spillover s = new Spillover("$SPILLOVER", new int[] { 1, 2, 3 }, m);
		double[][] truth = { { 10, 500, -3, 7 }, { 0, 100, 250, 1 } }; // events x (4 params)
		double[][] cols = new double[4][2];
		for (int r = 0; r < 2; r++) {
			cols[0][r] = truth[r][0];
			for (int j = 0; j < 3; j++) {
				double o = 0;
				for (int i = 0; i < 3; i++) o += truth[r][1 + i] * m[i][j];
				cols[1 + j][r] = o;
			}
		}
		s.compensate(cols);
		for (int r = 0; r < 2; r++) for (int p = 0; p < 4; p++) assertEquals(truth[r][p], cols[p][r], 1e-9);
	}

	@Test
	void spilloverByParameterNumbers() {
		List<FcsChannel> ch = FcsWriterTest.channels("FSC", "FL1", "FL2");
		Spillover s = Spillover.parse("$SPILLOVER", "2,2,3,1,0.1,0.2,1", ch);
		assertArrayEquals(new int[] { 1, 2 }, s.channels);
		assertEquals(0.2, s.matrix[1][0]);
	}

	@Test
	void binarySupplementalTextIsIgnoredWithAWarning() {
		FcsDataset ds = FcsReader.read(Shared.data(
			"fcs/fcsparser/fcsparser/tests/data/FlowCytometers/cyflow_cube_8/cyflow_cube_8.fcs")).first();
		assertEquals("16681", ds.keyword("$BEGINSTEXT"));
		assertEquals(91, ds.keywords.size(), "no keywords from the ZIP archive named as supplemental TEXT");
		assertTrue(ds.warnings.stream().anyMatch(w -> w.contains("supplemental TEXT 16681-58392 is not keyword text")),
			ds.warnings.toString());
	}

	@Test
	void malformedFilesNameFileFieldAndOffset() throws IOException {
		// looked up outside assertThrows: without ../shared the test must skip, not fail
		java.nio.file.Path corrupted = Shared.data("fcs/fcsparser/fcsparser/tests/data/FlowCytometers/corrupted/corrupted.fcs"),
			header = Shared.data("fcs/fcsparser/fcsparser/tests/data/FlowCytometers/cytek-nl-2000/sample_header.fcs");
		InputException e = assertThrows(InputException.class, () -> FcsReader.read(corrupted));
		assertTrue(e.getMessage().contains("HEADER version (byte 0): not an FCS file"), e.getMessage());
		e = assertThrows(InputException.class, () -> FcsReader.read(header));
		assertTrue(e.getMessage().contains("HEADER TEXT") || e.getMessage().contains("DATA"), e.getMessage());
		assertTrue(e.getMessage().contains("beyond the end of the file"), e.getMessage());
	}
}
