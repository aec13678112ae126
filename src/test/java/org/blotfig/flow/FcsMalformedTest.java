package org.blotfig.flow;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.blotfig.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Synthetic broken files: each gives one clear error naming file, field and offset. */
class FcsMalformedTest {

	@TempDir
	Path tmp;

	byte[] valid() throws IOException {
		ByteArrayOutputStream bos = new ByteArrayOutputStream();
		new FcsWriter(Arrays.asList("FSC", "FL1")).writeFloats(bos, new float[] { 1, 2, 3, 4, 5, 6 });
		return bos.toByteArray();
	}

	String fail(String name, byte[] bytes) throws IOException {
		Path p = tmp.resolve(name);
		Files.write(p, bytes);
		InputException e = assertThrows(InputException.class, () -> FcsReader.read(p));
		assertTrue(e.getMessage().startsWith(p.toString() + ": "), e.getMessage());
		return e.getMessage();
	}

	static byte[] replace(byte[] b, String from, String to) {
		String s = new String(b, StandardCharsets.ISO_8859_1);
		assertTrue(s.contains(from));
		return s.replace(from, to).getBytes(StandardCharsets.ISO_8859_1);
	}

	@Test
	void truncatedData() throws IOException {
		byte[] b = valid();
		String m = fail("trunc.fcs", Arrays.copyOf(b, b.length - 3));
		assertTrue(m.contains("HEADER DATA offsets (byte 26)") && m.contains("beyond the end of the file"), m);
	}

	@Test
	void missingParAndBadDatatypeAndBadOffsets() throws IOException {
		String m = fail("par.fcs", replace(valid(), "/$PAR/2/", "/$PAX/2/"));
		assertTrue(m.contains("TEXT keyword $PAR (byte 58): missing required keyword"), m);
		m = fail("dt.fcs", replace(valid(), "/$DATATYPE/F/", "/$DATATYPE/Q/"));
		assertTrue(m.contains("$DATATYPE (byte 58): 'Q' is not one of I, F, D, A"), m);
		m = fail("hdr.fcs", replace(valid(), "FCS3.1          58", "FCS3.1          5x"));
		assertTrue(m.contains("HEADER TEXT start offset (byte 10): '5x' is not a number"), m);
		m = fail("tot.fcs", replace(valid(), "/$TOT/3/", "/$TOT/4/"));
		assertTrue(m.contains("holds 24 bytes but $TOT (4) events of 8 bytes need 32"), m);
		m = fail("empty.fcs", new byte[0]);
		assertTrue(m.contains("not an FCS file"), m);
		m = fail("bits.fcs", replace(valid(), "/$P1B/32/", "/$P1B/12/"));
		assertTrue(m.contains("$P1B (byte 58): 12 bits"), m);
	}

	@Test
	void cellQuestEmptyValuesAreDetected() {
		byte[] esc = "\\$PAR\\1\\$TOT\\0\\$DATATYPE\\I\\$BYTEORD\\1,2\\$P1N\\a\\\\b\\".getBytes(StandardCharsets.ISO_8859_1);
		FcsText t = FcsText.parse(esc);
		assertEquals(FcsText.Mode.ESCAPE, t.mode);
		assertEquals("a\\b", t.keywords.get("$P1N"));
		byte[] empty = "\\$PAR\\1\\NOTE\\\\$TOT\\0\\$DATATYPE\\I\\$BYTEORD\\1,2\\".getBytes(StandardCharsets.ISO_8859_1);
		t = FcsText.parse(empty);
		assertEquals(FcsText.Mode.EMPTY_VALUE, t.mode);
		assertEquals("", t.keywords.get("NOTE"));
		assertEquals("0", t.keywords.get("$TOT"));
	}
}
