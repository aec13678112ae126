package org.blotfig.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.blotfig.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudySheetTest {

	@TempDir
	Path dir;

	private Path sheet(String text) throws Exception {
		Files.write(dir.resolve("plate.csv"), "x".getBytes(StandardCharsets.UTF_8));
		Files.write(dir.resolve("map.csv"), "x".getBytes(StandardCharsets.UTF_8));
		Path p = dir.resolve("study.csv");
		Files.write(p, text.getBytes(StandardCharsets.UTF_8));
		return p;
	}

	private void refused(String text, String why) throws Exception {
		Path p = sheet(text);
		InputException e = assertThrows(InputException.class, () -> StudySheet.load(p));
		assertTrue(e.getMessage().contains("study.csv") && e.getMessage().contains(why), e.getMessage());
	}

	@Test
	void readsFiguresWithPathsRelativeToTheSheet() throws Exception {
		StudySheet s = StudySheet.load(sheet("figure,assay,input,layout,y_label\nFig. 5,ELISA,plate.csv,map.csv,pg/mL\n"));
		assertEquals(1, s.panels.size());
		StudySheet.Panel p = s.panels.get(0);
		assertEquals(StudySheet.Assay.ELISA, p.assay);
		assertEquals(dir.resolve("plate.csv").toAbsolutePath(), p.input);
		assertEquals(dir.resolve("map.csv").toAbsolutePath(), p.layout);
		assertEquals("fig5", p.folder);
		assertEquals("pg/mL", p.yLabel);
	}

	@Test
	void badSheetsAreRefusedNamingTheFileAndTheProblem() throws Exception {
		refused("figure,assay\nFig. 1,elisa\n", "missing column 'input'");
		refused("figure,assay,input\nFig. 1,qpcr,plate.csv\n", "assay 'qpcr' is not one of");
		refused("figure,assay,input\nFig. 1,western,nothere.csv\n", "'nothere.csv' not found");
		refused("figure,assay,input\nFig. 1,elisa,plate.csv\n", "needs the plate map");
		refused("figure,assay,input,layout\nFig. 5,elisa,plate.csv,map.csv\nfig 5,elisa,plate.csv,map.csv\n",
			"share the output folder 'fig5'");
		refused("figure,assay,input\n", "no figures");
		refused("figure,assay,input\n,western,plate.csv\n", "empty figure name");
	}
}
