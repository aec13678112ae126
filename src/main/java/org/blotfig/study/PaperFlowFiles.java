package org.blotfig.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.blotfig.flow.PaperFlowDemo;
import org.blotfig.flow.QuadrantGate;
import org.blotfig.io.Csv;
import org.blotfig.io.OutputDir;

/**
 * Writes {@link PaperFlowDemo} as a lab would hand it over: the FCS files, the sheets
 * {@link MarkerFigure} and {@link ApoptosisFigure} read ({@code markers.csv}, {@code apoptosis.csv})
 * and what the generator put in and what gating must give ({@code markers_truth.csv},
 * {@code apoptosis_truth.csv}). The same seed writes the same bytes.
 */
public final class PaperFlowFiles {

	public static final String MARKERS = "markers.csv", APOPTOSIS = "apoptosis.csv", MARKERS_TRUTH = "markers_truth.csv",
		APOPTOSIS_TRUTH = "apoptosis_truth.csv";

	private PaperFlowFiles() {}

	/** Every file {@link #write} creates. */
	public static List<String> files(PaperFlowDemo d) {
		List<String> f = new ArrayList<>();
		for (PaperFlowDemo.Sample s : samples(d)) f.add(s.file);
		f.addAll(Arrays.asList(MARKERS, MARKERS_TRUTH, APOPTOSIS, APOPTOSIS_TRUTH));
		return Collections.unmodifiableList(f);
	}

	private static List<PaperFlowDemo.Sample> samples(PaperFlowDemo d) {
		List<PaperFlowDemo.Sample> all = new ArrayList<>(d.markerControls);
		for (PaperFlowDemo.Marker m : d.markers) all.add(m.sample);
		all.addAll(d.apoptosisControls);
		for (PaperFlowDemo.Replicate r : d.replicates) all.add(r.data);
		return all;
	}

	/** Writes everything into {@code dir}; returns the marker sheet and the apoptosis sheet. */
	public static Path[] write(OutputDir dir, PaperFlowDemo d) {
		for (PaperFlowDemo.Sample s : samples(d)) dir.write(s.file, os -> PaperFlowDemo.writer(s).writeFloats(os, s.events));
		Path markers = dir.writeWith(MARKERS, w -> {
			CSVPrinter p = Csv.printer(w, "figure", "marker", "channel", "file", "control", MarkerFigure.PERCENTILE);
			for (PaperFlowDemo.Marker m : d.markers)
				p.printRecord(m.figure, m.marker, m.channel, m.sample.file, m.control.file,
					Csv.num(PaperFlowDemo.MARKER_PERCENTILE));
			p.flush();
		});
		dir.writeWith(MARKERS_TRUTH, w -> {
			CSVPrinter p = Csv.printer(w, "figure", "marker", "channel", "stain", "file", "control", "events",
				"stained_population_events", "stained_population_percent", "threshold", "expected_positive",
				"expected_percent_positive", "paper_percent_positive");
			for (PaperFlowDemo.Marker m : d.markers)
				p.printRecord(m.figure, m.marker, m.channel, m.stain, m.sample.file, m.control.file, m.sample.events(),
					m.sample.count(1), Csv.num(m.truePercent()), Csv.num(m.threshold), m.expectedPositive,
					Csv.num(m.expectedPercent()), Csv.num(m.paperPercent));
			p.flush();
		});
		String control = d.apoptosisControls.get(0).file;
		Path apoptosis = dir.writeWith(APOPTOSIS, w -> {
			CSVPrinter p = Csv.printer(w, ApoptosisFigure.COLUMNS);
			for (PaperFlowDemo.Replicate r : d.replicates)
				p.printRecord(r.sample, r.group, r.replicate, r.data.file, control, "FL1-H", "FL2-H");
			p.flush();
		});
		dir.writeWith(APOPTOSIS_TRUTH, w -> {
			CSVPrinter p = Csv.printer(w, "sample", "group", "replicate", "file", "quadrant", "population", "events",
				"population_events", "expected_count", "expected_percent");
			for (PaperFlowDemo.Replicate r : d.replicates)
				for (int q = 0; q < 4; q++)
					p.printRecord(r.sample, r.group, r.replicate, r.data.file, "FL1-H" + QuadrantGate.SIGNS[q].charAt(0) +
						" FL2-H" + QuadrantGate.SIGNS[q].charAt(2), PaperFlowDemo.POPULATIONS[q], r.data.events(),
						r.data.count(q), r.expectedCounts[q], Csv.num(r.expectedPercent(q)));
			p.flush();
		});
		return new Path[] { markers, apoptosis };
	}
}
