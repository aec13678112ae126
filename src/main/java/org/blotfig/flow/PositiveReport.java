package org.blotfig.flow;

import java.nio.file.Path;

import org.blotfig.core.InputException;

/** Single-marker % positive of a sample against a control (or a given threshold), for positive.csv. */
public final class PositiveReport {

	public static final String HEADER = CsvText.line("channel", "threshold", "threshold_source", "positive",
		"total", "percent", "debris_gate", "excluded");

	public final String channel, thresholdSource, debrisGate;
	public final long excluded;
	public final PositiveGate.Result result;

	private PositiveReport(String channel, String source, String debris, long excluded, PositiveGate.Result r) {
		this.channel = channel;
		thresholdSource = source;
		debrisGate = debris;
		this.excluded = excluded;
		result = r;
	}

	/** @param threshold the threshold, or NaN to take the control's percentile */
	public static PositiveReport analyse(Path sampleFile, FcsDataset sample, String ch, double threshold,
		Path controlFile, FcsDataset control, double percentile)
	{
		return analyse(sampleFile, sample, ch, threshold, controlFile, control,
			new GatingOptions().percentile(percentile));
	}

	/** As above, with a debris gate and/or compensation applied to sample and control. */
	public static PositiveReport analyse(Path sampleFile, FcsDataset sample, String ch, double threshold,
		Path controlFile, FcsDataset control, GatingOptions opt)
	{
		double percentile = opt.percentile;
		DebrisGate debris = opt.debris;
		int i = QuadrantReport.channel(sampleFile, sample, ch);
		String source;
		if (control != null) {
			QuadrantReport.checkPercentile(percentile);
			int ci = QuadrantReport.channel(controlFile, control, ch);
			if (control.eventCount == 0) throw new InputException(controlFile, "the control has no events");
			double[] cv = QuadrantReport.column(controlFile, control, ci, opt.compensate);
			if (debris != null && debris.apply(controlFile, control, cv) == control.eventCount)
				throw new InputException(controlFile, "no control events inside the debris gate");
			threshold = QuadrantReport.threshold(controlFile, control, ci, cv, percentile);
			source = "control " + controlFile.getFileName() + " percentile " + CsvText.num(percentile);
		}
		else {
			if (Double.isNaN(threshold) || Double.isInfinite(threshold)) throw new InputException(sampleFile,
				"give a threshold or a control sample");
			source = "given";
		}
		double[] v = QuadrantReport.column(sampleFile, sample, i, opt.compensate);
		long excluded = debris == null ? 0 : debris.apply(sampleFile, sample, v);
		PositiveGate.Result r = PositiveGate.apply(v, threshold);
		if (r.total == 0) throw QuadrantReport.noEvents(sampleFile, sample, debris);
		return new PositiveReport(sample.channels.get(i).name, source, debris == null ? "" : debris.description,
			excluded, r);
	}

	public String toCsv() {
		return HEADER + CsvText.line(channel, CsvText.num(result.threshold), thresholdSource,
			String.valueOf(result.positive), String.valueOf(result.total), CsvText.num(result.percent()), debrisGate,
			String.valueOf(excluded));
	}
}
