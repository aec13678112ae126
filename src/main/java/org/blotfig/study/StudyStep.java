package org.blotfig.study;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.blotfig.io.OutputDir;

/** One figure of a study, prepared: its inputs read and checked, nothing written yet. */
interface StudyStep {

	/** Fails when writing into {@code dir} would replace one of the figure's inputs. */
	void checkOutput(Path dir);

	/** Analyses the figure's data in memory; what it returns writes the figure's files. */
	Analysed analyse();

	/** A figure analysed, not yet written. */
	interface Analysed {
		StudyRun.PanelResult write(OutputDir dir);
	}

	/** The figure files written under a base name, relative to the study folder, vector first. */
	static List<String> files(StudySheet.Panel p, OutputDir dir, String base) {
		List<String> f = new ArrayList<>();
		for (String name : org.blotfig.figures.ChartFiles.files(base))
			if (Files.isRegularFile(dir.resolve(name))) f.add(p.folder + "/" + name);
		return f;
	}
}
