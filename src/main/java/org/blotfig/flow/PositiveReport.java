package org.blotfig.flow;

import java.nio.file.Path;

import org.blotfig.core.InputException;

/** Single-marker % positive of a sample against a control (or a given threshold), for positive.csv. */
public final class PositiveReport {

	public static final String HEADER = CsvText.line("channel", "threshold", "threshold_source", "positive",
		"total", "percent");

	public final String channel, thresholdSource;
	public final PositiveGate.Result result;

	private PositiveReport(String channel, String source, PositiveGate.Result r) {
		this.channel = channel;
		thresholdSource = source;
		result = r;
	}

	/** @param threshold the threshold, or NaN to take the control's percentile */
	public static PositiveReport analyse(Path sampleFile, FcsDataset sample, String ch, double threshold,
		Path controlFile, FcsDataset control, double percentile)
	{
		int i = QuadrantReport.channel(sampleFile, sample, ch);
		String source;
		if (control != null) {
			QuadrantReport.checkPercentile(percentile);
			int ci = QuadrantReport.channel(controlFile, control, ch);
			if (control.eventCount == 0) throw new InputException(controlFile, "the control has no events");
			threshold = Percentile.of(control.values(ci), percentile);
			source = "control " + controlFile.getFileName() + " percentile " + CsvText.num(percentile);
		}
		else {
			if (Double.isNaN(threshold) || Double.isInfinite(threshold)) throw new InputException(sampleFile,
				"give a threshold or a control sample");
			source = "given";
		}
		return new PositiveReport(sample.channels.get(i).name, source, PositiveGate.apply(sample.values(i), threshold));
	}

	public String toCsv() {
		return HEADER + CsvText.line(channel, CsvText.num(result.threshold), thresholdSource,
			String.valueOf(result.positive), String.valueOf(result.total), CsvText.num(result.percent()));
	}
}
