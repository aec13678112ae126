package org.blotfig.norm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.blotfig.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleSheetTest {

	@TempDir
	Path dir;

	Path write(String name, String text) throws IOException {
		Path p = dir.resolve(name);
		Files.write(p, text.getBytes(StandardCharsets.UTF_8));
		return p;
	}

	String error(String text) throws IOException {
		Path p = write("s.csv", text);
		InputException e = assertThrows(InputException.class, () -> SampleSheet.read(p));
		assertTrue(e.getMessage().startsWith(p.toString()), "names the file: " + e.getMessage());
		return e.getMessage();
	}

	@Test
	void readsLanesGroupsAndMembranes() throws IOException {
		SampleSheet s = SampleSheet.read(write("s.csv", "\uFEFFlane,sample,group,replicate,membrane\n" +
			"2,C1,control,1,A\n3,E1,co-culture,1,A\n2,C2,control,2,B\n3,E2,co-culture,2,B\n"));
		assertEquals(4, s.lanes().size());
		assertEquals(Arrays.asList("control", "co-culture"), s.groups());
		assertEquals(Arrays.asList("A", "B"), Arrays.asList(s.membranes().toArray()));
		assertEquals("C2", s.lanesOf("B").get(2).sample);
		assertTrue(s.hasMembraneColumn());
		assertTrue(s.lanesOf("Z").isEmpty());
	}

	@Test
	void experimentIsASynonymAndNoColumnMeansOneMembrane() throws IOException {
		SampleSheet e = SampleSheet.read(write("e.csv", "lane,sample,group,replicate,experiment\n1,a,g,1,exp1\n"));
		assertEquals("exp1", e.lanes().get(0).membrane);
		SampleSheet one = SampleSheet.read(write("o.csv", "lane,sample,group,replicate\n1,a,g,1\n2,b,h,1\n"));
		assertEquals(SampleSheet.DEFAULT_MEMBRANE, one.lanes().get(1).membrane);
		assertFalse(one.hasMembraneColumn());
	}

	@Test
	void clearErrors() throws IOException {
		assertTrue(error("lane,sample,group\n1,a,g\n").contains("missing column 'replicate'"));
		assertTrue(error("lane,sample,group,replicate\nx,a,g,1\n").contains("line 2, column 'lane': 'x' is not a whole number >= 1"));
		assertTrue(error("lane,sample,group,replicate\n0,a,g,1\n").contains("'0' is not a whole number"));
		assertTrue(error("lane,sample,group,replicate\n1,a,,1\n").contains("line 2: empty 'group'"));
		String dup = error("lane,sample,group,replicate\n1,a,g,1\n1,b,g,2\n");
		assertTrue(dup.contains("line 3: lane 1 already given on line 2") && dup.contains("add a 'membrane' column"), dup);
		assertTrue(error("lane,sample,group,replicate,membrane\n1,a,g,1,A\n1,b,g,2,A\n").contains("of membrane 'A'"));
		assertTrue(error("lane,sample,group,replicate,membrane,experiment\n1,a,g,1,A,B\n").contains("keep one"));
		assertTrue(error("lane,sample,group,replicate\n").contains("no sample rows"));
		assertTrue(error("lane,sample,group,replicate,load\n1,a,g,1,-2\n").contains("line 2: load must be > 0"));
		assertTrue(error("lane,sample,group,replicate,load\n1,a,g,1,lots\n").contains("'lots' is not a finite number"));
		InputException missing = assertThrows(InputException.class, () -> SampleSheet.read(dir.resolve("nope.csv")));
		assertTrue(missing.getMessage().contains("file not found"));
	}
}
