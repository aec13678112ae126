package org.blotfig.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.blotfig.core.ProgressListener;
import org.blotfig.ij.BlotSetImages;
import org.blotfig.study.StudyJob;
import org.blotfig.study.StudyReport;
import org.blotfig.study.StudyRun;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code blotfig study STUDY.csv --out DIR}: a study's whole figure set from its raw data, one
 * folder per figure plus report.md/report.html and numbers.csv with every number.
 */
@Command(name = "study", mixinStandardHelpOptions = true, sortOptions = false,
	description = { "A study's figure set from raw data: every figure of the study sheet (blot sets, ELISA " +
		"plates, ...) analysed into its own folder, plus report.html/report.md and numbers.csv with every number.",
		"Study sheet columns: figure,assay,input[,layout,y_label]; assay = western (a blot set), elisa (plate read, " +
		"layout = plate map), flow-markers or flow-apoptosis (a flow sheet)." })
public final class StudyCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "STUDY.csv", description = "study sheet")
	Path sheet;

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
	Path out;

	@Option(names = "--expected", paramLabel = "FILE", description = "values to reproduce " +
		"(figure,item,group,quantity,value[,stars]); default: expected.csv beside the sheet, if there is one")
	Path expected;

	@Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		BlotSetImages images = new BlotSetImages();
		// reads and checks every input, then the output folder, before writing anything
		StudyJob job = StudyJob.prepare(sheet, expected, images, images.warnings());
		List<StudyRun.PanelResult> results = job.run(out, ProgressListener.NONE);
		for (StudyRun.PanelResult p : results)
			spec.commandLine().getOut().println(p.panel.figure + ": " + String.join(", ", p.files) + " (" +
				p.numbers.size() + (p.numbers.size() == 1 ? " number)" : " numbers)"));
		spec.commandLine().getOut().println(out.resolve(StudyReport.HTML) + ": the report with every number");
		return 0;
	}
}
