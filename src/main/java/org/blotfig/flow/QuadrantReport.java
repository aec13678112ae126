package org.blotfig.flow;

import java.nio.file.Path;

import org.blotfig.core.InputException;

/**
 * A quadrant analysis of one sample, as written to quadrants.csv: thresholds either given (in
 * scaled value units, after $PnE/$PnG decoding) or taken from a control sample's percentile on
 * the same channels. Shared by the CLI and the Fiji command.
 */
public final class QuadrantReport {

	public static final String HEADER = CsvText.line("quadrant", "label", "count", "percent", "x_channel",
		"x_threshold", "y_channel", "y_threshold", "threshold_source", "debris_gate", "excluded");

	public final String xChannel, yChannel, thresholdSource;
	/** The debris gate's description, or "" when none. */
	public final String debrisGate;
	public final QuadrantGate.Result result;

	private QuadrantReport(String x, String y, String source, String debris, QuadrantGate.Result r) {
		xChannel = x;
		yChannel = y;
		thresholdSource = source;
		debrisGate = debris;
		result = r;
	}

	/**
	 * @param xThreshold threshold on x, or NaN to derive both from the control
	 * @param control the control dataset, or null when thresholds are given
	 */
	public static QuadrantReport analyse(Path sampleFile, FcsDataset sample, String x, String y,
		double xThreshold, double yThreshold, Path controlFile, FcsDataset control, double percentile)
	{
		return analyse(sampleFile, sample, x, y, xThreshold, yThreshold, controlFile, control,
			new GatingOptions().percentile(percentile));
	}

	/** As above, with a debris gate and/or compensation applied to sample and control. */
	public static QuadrantReport analyse(Path sampleFile, FcsDataset sample, String x, String y,
		double xThreshold, double yThreshold, Path controlFile, FcsDataset control, GatingOptions opt)
	{
		double percentile = opt.percentile;
		DebrisGate debris = opt.debris;
		int xi = channel(sampleFile, sample, x), yi = channel(sampleFile, sample, y);
		String source;
		if (control != null) {
			checkPercentile(percentile);
			int cx = channel(controlFile, control, x), cy = channel(controlFile, control, y);
			if (control.eventCount == 0) throw new InputException(controlFile, "the control has no events");
			double[] vx = column(controlFile, control, cx, opt.compensate), vy = column(controlFile, control, cy,
				opt.compensate);
			if (debris != null && debris.apply(controlFile, control, vx, vy) == control.eventCount)
				throw new InputException(controlFile, "no control events inside the debris gate");
			xThreshold = threshold(controlFile, control, cx, vx, percentile);
			yThreshold = threshold(controlFile, control, cy, vy, percentile);
			source = "control " + controlFile.getFileName() + " percentile " + CsvText.num(percentile);
		}
		else {
			if (Double.isNaN(xThreshold) || Double.isNaN(yThreshold) || Double.isInfinite(xThreshold) ||
				Double.isInfinite(yThreshold)) throw new InputException(sampleFile,
					"give both thresholds as numbers, or a control sample");
			source = "given";
		}
		double[] sx = column(sampleFile, sample, xi, opt.compensate), sy = column(sampleFile, sample, yi,
			opt.compensate);
		if (debris != null) debris.apply(sampleFile, sample, sx, sy);
		QuadrantGate.Result r = QuadrantGate.apply(sx, sy, xThreshold, yThreshold);
		if (r.total == 0) throw noEvents(sampleFile, sample, debris);
		return new QuadrantReport(sample.channels.get(xi).name, sample.channels.get(yi).name, source,
			debris == null ? "" : debris.description, r);
	}

	/** Scaled (optionally compensated) values, with errors naming the file. */
	static double[] column(Path file, FcsDataset ds, int col, boolean compensate) {
		try {
			return ds.values(col, compensate);
		}
		catch (InputException e) {
			throw new InputException(file, e.getMessage());
		}
	}

	static void checkPercentile(double p) {
		if (!(p >= 0 && p <= 100)) throw new InputException("percentile " + p + " is outside 0..100");
	}

	/** 0-based channel index, or an error listing the file's channels. */
	public static int channel(Path file, FcsDataset ds, String ref) {
		int i = ds.channelIndex(ref);
		if (i < 0) {
			StringBuilder sb = new StringBuilder();
			for (FcsChannel c : ds.channels) sb.append(sb.length() > 0 ? ", " : "").append(c.displayName());
			throw new InputException(file, "no channel '" + ref + "' (channels: " + sb + ")");
		}
		return i;
	}

	/** Quadrant name by signs, e.g. "FL1-H+ FL2-H-". */
	public String quadrantName(int q) {
		String s = QuadrantGate.SIGNS[q];
		return xChannel + s.charAt(0) + " " + yChannel + s.charAt(2);
	}

	public String toCsv() {
		StringBuilder sb = new StringBuilder(HEADER);
		for (int q = 0; q < 4; q++) {
			sb.append(CsvText.line(quadrantName(q), QuadrantGate.APOPTOSIS_LABELS[q],
				String.valueOf(result.counts[q]), CsvText.num(result.percent(q)), xChannel,
				CsvText.num(result.xThreshold), yChannel, CsvText.num(result.yThreshold), thresholdSource, debrisGate,
				String.valueOf(result.excluded)));
		}
		return sb.toString();
	}

	/**
	 * The control's percentile of one channel; an error naming the file when the channel holds no
	 * number at all (every event NaN), which a percentile cannot be taken of.
	 */
	static double threshold(Path controlFile, FcsDataset control, int channel, double[] values, double percentile) {
		for (double v : values)
			if (!Double.isNaN(v)) return Percentile.of(values, percentile);
		throw new InputException(controlFile, "channel " + control.channels.get(channel).name + " has no values " +
			"(every event is NaN) to take the threshold from");
	}

	/**
	 * Percentages of nothing would be written as empty cells and vanish from a figure unnoticed:
	 * a sample without a single countable event is an error.
	 */
	static InputException noEvents(Path sampleFile, FcsDataset sample, DebrisGate debris) {
		return new InputException(sampleFile, sample.eventCount == 0 ? "the sample has no events" : "none of its " +
			sample.eventCount + " events can be counted (values missing (NaN)" + (debris == null ? ")" :
				" or outside the debris gate)"));
	}
}
