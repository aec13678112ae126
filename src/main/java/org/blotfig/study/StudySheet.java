package org.blotfig.study;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.blotfig.core.InputException;
import org.blotfig.io.Csv;

/**
 * A study sheet: one row per figure, naming the assay and its input, so that one run turns a
 * study's raw data into its whole figure set. Columns {@code figure,assay,input} and optionally
 * {@code layout} (the ELISA plate map) and {@code y_label}; paths are relative to the sheet.
 * Assays: {@code western} (input = a blot set), {@code elisa} (input = the plate read),
 * {@code flow-markers} and {@code flow-apoptosis} (input = the flow sheet).
 */
public final class StudySheet {

	public enum Assay {
		WESTERN("western"), ELISA("elisa"), FLOW_MARKERS("flow-markers"), FLOW_APOPTOSIS("flow-apoptosis");

		public final String key;

		Assay(String key) {
			this.key = key;
		}

		static Assay of(String key) {
			for (Assay a : values()) if (a.key.equalsIgnoreCase(key)) return a;
			return null;
		}
	}

	/** One figure of the study. */
	public static final class Panel {
		public final String figure;
		public final Assay assay;
		public final Path input;
		/** The ELISA plate map; null for the other assays. */
		public final Path layout;
		public final String yLabel;
		/** Output subfolder: the figure label in lower case, letters and digits only ("Fig. 4" -> "fig4"). */
		public final String folder;

		Panel(String figure, Assay assay, Path input, Path layout, String yLabel) {
			this.figure = figure;
			this.assay = assay;
			this.input = input;
			this.layout = layout;
			this.yLabel = yLabel;
			this.folder = figure.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		}
	}

	public final Path file;
	public final List<Panel> panels;

	private StudySheet(Path file, List<Panel> panels) {
		this.file = file;
		this.panels = Collections.unmodifiableList(panels);
	}

	/** Reads and checks the sheet (every input present) before anything runs. */
	public static StudySheet load(Path file) {
		Csv.Table t = Csv.read(file);
		t.require("figure", "assay", "input");
		Path dir = file.toAbsolutePath().getParent();
		List<Panel> panels = new ArrayList<>();
		Set<String> folders = new HashSet<>();
		for (CSVRecord r : t.rows) {
			String line = "line " + (r.getRecordNumber() + 1) + ": ";
			String figure = t.get(r, "figure");
			if (figure.isEmpty()) throw new InputException(file, line + "empty figure name");
			Assay assay = Assay.of(t.get(r, "assay"));
			if (assay == null) throw new InputException(file, line + "assay '" + t.get(r, "assay") +
				"' is not one of western, elisa, flow-markers, flow-apoptosis");
			Path input = existing(file, dir, t.get(r, "input"), line + "input");
			Path layout = null;
			if (assay == Assay.ELISA) {
				if (t.get(r, "layout").isEmpty()) throw new InputException(file, line +
					"an elisa figure needs the plate map in the 'layout' column");
				layout = existing(file, dir, t.get(r, "layout"), line + "layout");
			}
			Panel p = new Panel(figure, assay, input, layout, t.get(r, "y_label"));
			if (p.folder.isEmpty()) throw new InputException(file, line + "figure name '" + figure +
				"' has no letters or digits to name its folder");
			if (!folders.add(p.folder)) throw new InputException(file, line + "figure '" + figure +
				"' would share the output folder '" + p.folder + "' with an earlier figure");
			panels.add(p);
		}
		if (panels.isEmpty()) throw new InputException(file, "no figures listed");
		return new StudySheet(file, panels);
	}

	private static Path existing(Path sheet, Path dir, String cell, String what) {
		if (cell.isEmpty()) throw new InputException(sheet, what + " is empty");
		Path p = dir.resolve(cell).normalize();
		if (!Files.isRegularFile(p)) throw new InputException(sheet, what + " '" + cell + "' not found (" + p + ")");
		return p;
	}
}
