package org.blotfig.norm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.blotfig.core.InputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlotSetTest {

	@TempDir
	Path dir;

	static final String SHEET = "lane,sample,group,replicate,membrane\n2,C1,control,1,A\n3,E1,treated,1,A\n" +
		"2,C2,control,2,B\n3,E2,treated,2,B\n";

	@BeforeEach
	void images() throws IOException {
		// parsing only checks that the images exist; their pixels are read by the pipeline
		for (String n : new String[] { "a_p53.tif", "a_actin.tif", "b_p53.tif", "b_stain.tif" })
			write(n, "x");
		write("samples.csv", SHEET);
	}

	Path write(String name, String text) throws IOException {
		Path p = dir.resolve(name);
		Files.write(p, text.getBytes(StandardCharsets.UTF_8));
		return p;
	}

	String error(String set) throws IOException {
		Path p = write("set.csv", set);
		InputException e = assertThrows(InputException.class, () -> BlotSet.read(p));
		return e.getMessage();
	}

	static final String HEADER = "image,target,role,membrane,row,mw_kda,lane\n";

	/** Columns blotfig does not read are named in a note (a misspelt optional column would silently do nothing). */
	@Test
	void columnsNotReadAreNamed() throws IOException {
		String set = "a_p53.tif,P53,target,A,1,,\na_actin.tif,beta-actin,loading-control,A,,,\n";
		assertEquals(0, BlotSet.read(write("set.csv", HEADER + set)).notes.size(), "every column read");
		write("samples.csv", SHEET.replace("membrane\n", "membrane,Memebrane\n").replace("A\n", "A,x\n")
			.replace("B\n", "B,y\n"));
		BlotSet s = BlotSet.read(write("set.csv", HEADER.replace("lane\n", "lane,notes\n") +
			set.replace("\n", ",\n")));
		assertEquals(java.util.Arrays.asList("set.csv: column 'notes' ignored: not one blotfig reads (image, target, " +
			"role, membrane, row, mw_kda, lane, sample_sheet, roi); check the spelling", "samples.csv: column " +
			"'Memebrane' ignored: not one blotfig reads (lane, sample, group, replicate, membrane, experiment, load); " +
			"check the spelling"), s.notes);
	}

	@Test
	void readsAValidSet() throws IOException {
		BlotSet s = BlotSet.read(write("set.csv", HEADER +
			"a_p53.tif,P53,target,A,,53,\n" +
			"a_p53.tif,PageRuler Plus Prestained,ladder,A,,,1\n" +
			"a_actin.tif,beta-actin,loading-control,A,,,\n" +
			"b_p53.tif,P53,target,B,2,,\n" +
			"b_stain.tif,Ponceau,Total_Protein,B,,,\n"));
		assertEquals(5, s.entries.size());
		assertEquals(4, s.images().size());
		assertEquals(dir.resolve("samples.csv"), s.sampleSheetFile);
		assertEquals(BlotSet.Role.TOTAL_PROTEIN, s.normaliser("B").role);
		assertEquals("beta-actin", s.normaliser("A").target);
		BlotSet.Entry p53 = s.entries.get(0);
		assertEquals(53, p53.mwKda, 0);
		assertEquals(0, p53.row);
		assertEquals(1, s.ladderFor(p53.source, "A").ladderLane);
		assertEquals(9, s.ladderFor(new BlotSet.Source(dir.resolve("a_actin.tif"), null), "A").ladder.size()); // same membrane
		assertNull(s.ladderFor(new BlotSet.Source(dir.resolve("b_p53.tif"), null), "B"));
		assertEquals(2, s.entries.get(3).row);
	}

	@Test
	void sampleSheetNamedInTheSetOrOverridden() throws IOException {
		write("other.csv", "lane,sample,group,replicate\n1,x,g,1\n");
		String set = "image,target,role,sample_sheet\na_p53.tif,P53,target,other.csv\na_actin.tif,actin,loading-control,\n";
		BlotSet s = BlotSet.read(write("set.csv", set));
		assertEquals(dir.resolve("other.csv"), s.sampleSheetFile);
		assertEquals("1", s.entries.get(0).membrane);
		Path over = write("over.csv", "lane,sample,group,replicate\n4,y,g,1\n");
		assertEquals(4, BlotSet.read(dir.resolve("set.csv"), over).samples.lanes().get(0).lane);
		assertTrue(error("image,target,role,sample_sheet\na_p53.tif,P53,target,other.csv\n" +
			"a_actin.tif,actin,loading-control,samples.csv\n").contains("one blot set has one sample sheet"));
		assertTrue(error("image,target,role,sample_sheet\na_p53.tif,P53,target,gone.csv\n").contains("gone.csv not found"));
	}

	@Test
	void clearErrorsNamingFileAndLine() throws IOException {
		String ok = "a_actin.tif,actin,loading-control,A,,,\n";
		assertTrue(error(HEADER + "missing.tif,P53,target,A,,,\n" + ok).contains("line 2: image "));
		assertTrue(error(HEADER + "a_p53.tif,P53,blot,A,,,\n" + ok).contains("role 'blot' is not one of"));
		assertTrue(error(HEADER + "a_p53.tif,P53,target,C,,,\n" + ok).contains("membrane 'C' is not in the sample sheet"));
		assertTrue(error(HEADER + "a_p53.tif,P53,target,A,1,53,\n" + ok).contains("either row or mw_kda"));
		assertTrue(error(HEADER + "a_p53.tif,P53,target,A,,53,\n" + ok).contains("mw_kda needs a ladder"));
		assertTrue(error(HEADER + "a_p53.tif,P53,target,A,0,,\n" + ok).contains("column 'row': '0'"));
		assertTrue(error(HEADER + "a_p53.tif,P53,target,B,,,\n" + ok).contains("membrane B has a target but no loading-control"));
		assertTrue(error(HEADER + "a_p53.tif,P53,target,A,,,\n" + ok + "a_p53.tif,P53,target,A,,,\n")
			.contains("target P53 listed twice"));
		assertTrue(error(HEADER + "a_p53.tif,P53,target,A,,,\n" + ok + "b_stain.tif,stain,total-protein,A,,,\n")
			.contains("two normalisers"));
		assertTrue(error(HEADER + "a_p53.tif,P53,target,A,,,\n" + ok + "a_p53.tif,Foo,ladder,A,,,1\n")
			.contains("unknown ladder 'Foo'"));
		assertTrue(error(HEADER + "a_p53.tif,P53,target,A,,,\n" + ok + "a_p53.tif,100;50;20,ladder,A,,,2\n")
			.contains("ladder lane 2 is a sample lane"));
		assertTrue(error(HEADER + "a_p53.tif,P53,target,A,,,\n" + ok + "a_p53.tif,100;50;20,ladder,A,,,\n")
			.contains("needs the ladder's 'lane'"));
		assertTrue(error(HEADER + "a_p53.tif,P53,target,A,,,3\n" + ok).contains("'lane' applies only to ladder"));
		assertTrue(error(HEADER + ok).contains("no row with role 'target'"));
		assertTrue(error("image,target,role\na_p53.tif,P53,target\n" + "a_actin.tif,actin,loading-control\n")
			.contains("the sample sheet has several (A, B)"));
		assertTrue(error("image,target\na_p53.tif,P53\n").contains("missing column 'role'"));
		String e = error(HEADER + "a_p53.tif,P53,target,A,,,\n" + "b_stain.tif,stain,total-protein,A,2,,\n");
		assertTrue(e.startsWith(dir.resolve("set.csv").toString()) && e.contains("row and mw_kda do not apply"), e);
	}
}
