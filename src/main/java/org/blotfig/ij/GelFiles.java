package org.blotfig.ij;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.commons.csv.CSVPrinter;
import org.blotfig.core.Version;
import org.blotfig.gel.Band;
import org.blotfig.gel.GelImage;
import org.blotfig.gel.GelResult;
import org.blotfig.gel.Lane;
import org.blotfig.io.Csv;
import org.blotfig.io.OutputDir;

import com.google.gson.GsonBuilder;

/**
 * Writes a gel analysis as files: lanes.csv, bands.csv (full-image pixel coordinates),
 * overlay.png and params.json (every parameter, the polarity found, the software version).
 */
public final class GelFiles {

	private GelFiles() {}

	public static final String[] LANE_COLUMNS = { "lane", "x_top", "x_bottom", "width", "kind" };
	public static final String[] BAND_COLUMNS = { "lane", "row", "x", "y", "left", "right", "top", "bottom", "volume",
		"background", "peak", "width", "snr", "saturated_px", "flags", "volume_se" };

	/** The files {@link #writeAll} creates. */
	public static final List<String> FILES = java.util.Collections.unmodifiableList(java.util.Arrays.asList(
		"lanes.csv", "bands.csv", "overlay.png", "params.json"));

	/**
	 * Writes all four files.
	 *
	 * @param full the whole image, for the overlay (the analysis may cover a selection of it)
	 * @param input a description of the input (file name or image title) for params.json
	 */
	public static void writeAll(OutputDir out, GelResult r, GelImage full, String input, List<String> warnings) {
		writeLanes(out, r);
		writeBands(out, r);
		BufferedImage overlay = GelOverlay.render(full, r);
		out.write("overlay.png", o -> ImageIO.write(overlay, "png", o));
		out.writeText("params.json", paramsJson(r, input, warnings));
	}

	public static void writeLanes(OutputDir out, GelResult r) {
		out.writeWith("lanes.csv", w -> {
			// not closed here: OutputDir owns the stream
			CSVPrinter p = Csv.printer(w, LANE_COLUMNS);
			for (Lane l : r.lanes)
				p.printRecord(l.index, Csv.num(round(l.xTop())), Csv.num(round(l.xBottom())), Csv.num(round(l.width())),
					l.kind.label());
			p.flush();
		});
	}

	public static void writeBands(OutputDir out, GelResult r) {
		out.writeWith("bands.csv", w -> {
			CSVPrinter p = Csv.printer(w, BAND_COLUMNS);
			for (Band b : r.bands)
				p.printRecord(b.lane, b.row, Csv.num(round(b.x)), Csv.num(round(b.y)), b.left, b.right, b.top, b.bottom,
					Csv.num(round(b.volume)), Csv.num(round(b.background)), Csv.num(round(b.peak)), Csv.num(round(b.width)),
					Csv.num(round(b.snr)), b.saturatedPx, b.flagString(), Csv.num(round(b.volumeSe)));
			p.flush();
		});
	}

	/** Rounds to 4 decimals: enough for pixel positions and volumes, readable in a spreadsheet. */
	static double round(double v) {
		if (Double.isNaN(v) || Double.isInfinite(v)) return v;
		return Math.round(v * 1e4) / 1e4;
	}

	public static String paramsJson(GelResult r, String input, List<String> warnings) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("software", "blotfig");
		m.put("version", Version.get());
		m.put("input", input);
		m.put("lanes_requested", r.params.lanes);
		m.put("polarity_requested", r.params.polarity.label());
		m.put("polarity", r.polarity.label());
		m.put("polarity_detected", r.polarityDetected);
		m.put("background", r.params.background.label());
		m.put("radius", r.params.radius);
		m.put("border_width", r.params.borderWidth);
		m.put("min_prominence_noise_sd", r.params.minProminence);
		m.put("min_relative_prominence", r.params.minRelativeProminence);
		m.put("low_snr", r.params.lowSnr);
		m.put("tilt_deg", round(r.tiltDeg));
		m.put("lanes_found", r.lanes.size());
		m.put("bands_found", r.bands.size());
		m.put("warnings", warnings);
		return new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create().toJson(m) + "\n";
	}
}
