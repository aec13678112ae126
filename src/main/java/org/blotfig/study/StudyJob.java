package org.blotfig.study;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.blotfig.core.ProgressListener;
import org.blotfig.gel.GelImage;
import org.blotfig.io.OutputDir;

/**
 * One study run as the CLI and the Fiji command do it: the sheet and the expected values read,
 * every input checked, then all figures analysed and written with the report.
 */
public final class StudyJob {

	public final StudySheet sheet;
	public final StudyExpected expected;
	private final Path expectedFile;
	private final StudyRun run;

	private StudyJob(StudySheet sheet, Path expectedFile, StudyExpected expected, StudyRun run) {
		this.sheet = sheet;
		this.expectedFile = expectedFile;
		this.expected = expected;
		this.run = run;
	}

	/**
	 * @param expectedFile the values to reproduce; null for {@code expected.csv} beside the sheet, if there is one
	 * @param images the blot image reader (ImageJ adapter) and the warnings it collects
	 */
	public static StudyJob prepare(Path sheetFile, Path expectedFile, Function<Path, GelImage> images,
		List<String> imageWarnings)
	{
		StudySheet sheet = StudySheet.load(sheetFile);
		Path exp = expectedFile != null ? expectedFile : sheetFile.toAbsolutePath().resolveSibling("expected.csv");
		StudyExpected expected = expectedFile != null || Files.isRegularFile(exp) ? StudyExpected.load(exp) :
			StudyExpected.none();
		return new StudyJob(sheet, exp, expected, new StudyRun(sheet, images, imageWarnings));
	}

	/** Fails before any work when {@code out} cannot be used or a result would replace an input. */
	public void checkOutput(Path out) {
		OutputDir.checkFolder(out);
		run.checkOutput(out, expectedFile);
	}

	/** Analyses every figure, then writes them and report.html, report.md, numbers.csv into {@code out}. */
	public List<StudyRun.PanelResult> run(Path out, ProgressListener progress) {
		checkOutput(out);
		List<StudyRun.PanelResult> results = run.run(new OutputDir(out), progress);
		StudyReport report = report(results);
		OutputDir dir = new OutputDir(out);
		dir.writeText(StudyReport.CSV, report.csv());
		dir.writeText(StudyReport.MARKDOWN, report.markdown());
		dir.writeText(StudyReport.HTML, report.html());
		return results;
	}

	public StudyReport report(List<StudyRun.PanelResult> results) {
		return new StudyReport("Study report: " + sheet.file.getFileName(), results, expected);
	}
}
