package org.blotfig.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import org.blotfig.core.ProgressListener;
import org.blotfig.gel.GelImage;
import org.blotfig.io.OutputDir;

/**
 * A whole study from raw data to its figure set: every figure of a {@link StudySheet} analysed as
 * its assay's own command would (blot set, ELISA plate, flow sheets), each into its own folder,
 * and the numbers of all of them collected for the {@link StudyReport}. Every input is read and
 * checked before anything is written.
 */
public final class StudyRun {

	/** What one figure produced. */
	public static final class PanelResult {
		public final StudySheet.Panel panel;
		public final String description;
		public final List<StudyNumber> numbers;
		/** The figure's own files (vector and raster), relative to the study's output folder. */
		public final List<String> files;
		public final List<String> notes;

		PanelResult(StudySheet.Panel panel, String description, List<StudyNumber> numbers, List<String> files,
			List<String> notes)
		{
			this.panel = panel;
			this.description = description;
			this.numbers = Collections.unmodifiableList(numbers);
			this.files = Collections.unmodifiableList(files);
			this.notes = Collections.unmodifiableList(notes);
		}
	}

	private final StudySheet sheet;
	private final List<StudyStep> steps = new ArrayList<>();

	/**
	 * Reads and checks every figure's inputs.
	 *
	 * @param images opens a blot image (the ImageJ adapter's reader, or a test's)
	 * @param imageWarnings what that reader noticed about the images (lossy, converted from RGB)
	 */
	public StudyRun(StudySheet sheet, Function<Path, GelImage> images, List<String> imageWarnings) {
		this.sheet = sheet;
		for (StudySheet.Panel p : sheet.panels) {
			switch (p.assay) {
				case WESTERN: steps.add(new WesternStep(p, images, imageWarnings)); break;
				case ELISA: steps.add(new ElisaStep(p)); break;
				case FLOW_MARKERS: steps.add(new MarkerStep(p)); break;
				case FLOW_APOPTOSIS: steps.add(new ApoptosisStep(p)); break;
				default: throw new IllegalStateException("unhandled assay " + p.assay);
			}
		}
	}

	/** Fails before any work when a result would replace an input (the sheet, or a figure's inputs). */
	public void checkOutput(Path out, Path... moreInputs) {
		List<Path> inputs = new ArrayList<>(java.util.Arrays.asList(moreInputs));
		inputs.add(sheet.file);
		OutputDir.checkInputsKept(out, java.util.Arrays.asList(StudyReport.CSV, StudyReport.MARKDOWN,
			StudyReport.HTML), inputs.toArray(new Path[0]));
		for (int i = 0; i < steps.size(); i++) steps.get(i).checkOutput(out.resolve(sheet.panels.get(i).folder));
	}

	/**
	 * Analyses every figure first, then writes them all, so that bad data in any figure (a corrupt
	 * image found only when read) stops the run before anything is written.
	 */
	public List<PanelResult> run(OutputDir out, ProgressListener progress) {
		List<StudyStep.Analysed> analysed = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			StudySheet.Panel p = sheet.panels.get(i);
			progress.progress((double) i / steps.size(), p.figure + " (" + p.assay.key + ")");
			if (progress.isCanceled()) return new ArrayList<>();
			analysed.add(steps.get(i).analyse());
		}
		List<PanelResult> results = new ArrayList<>();
		for (int i = 0; i < analysed.size(); i++) {
			Path dir = out.resolve(sheet.panels.get(i).folder);
			OutputDir.checkFolder(dir);
			results.add(analysed.get(i).write(new OutputDir(dir)));
		}
		progress.progress(1, "study done");
		return results;
	}
}
