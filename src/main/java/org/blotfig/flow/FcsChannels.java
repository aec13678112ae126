package org.blotfig.flow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the channels of a dataset from $PnN/$PnS/$PnB/$PnR/$PnE/$PnG and $TIMESTEP: bit widths
 * checked against $DATATYPE, the integer bit mask (next power of two of $PnR, minus 1, never
 * wider than the field), log decoding (f2 = 0 read as 1; ignored on floating-point data), gain
 * on linear channels only, and the time step for the "Time" channel. Doubtful values become
 * warnings; impossible ones errors naming the keyword.
 */
final class FcsChannels {

	private FcsChannels() {}

	static List<FcsChannel> parse(Path file, Map<String, String> kw, int par, char dt, long ts, String field,
		List<String> warnings)
	{
		double timestep = Double.NaN;
		String tsText = kw.get("$TIMESTEP");
		if (tsText != null) {
			try {
				timestep = Double.parseDouble(tsText.trim());
				if (!(timestep > 0) || Double.isInfinite(timestep)) throw new NumberFormatException();
			}
			catch (NumberFormatException e) {
				warnings.add("$TIMESTEP '" + tsText + "' is not a positive number; time left unscaled");
				timestep = Double.NaN;
			}
		}
		List<FcsChannel> out = new ArrayList<>();
		for (int n = 1; n <= par; n++) {
			String p = "$P" + n;
			String name = kw.get(p + "N");
			if (name == null || name.trim().isEmpty()) {
				warnings.add(p + "N missing; channel named P" + n);
				name = "P" + n;
			}
			name = name.trim();
			String label = kw.get(p + "S");
			if (label != null) label = label.trim();
			String pdt = kw.get(p + "DATATYPE");
			if (pdt != null && !pdt.trim().equalsIgnoreCase(String.valueOf(dt))) throw FcsErrors.at(file,
				field + p + "DATATYPE", ts, "per-parameter data type '" + pdt.trim() + "' differs from $DATATYPE " + dt +
					" (FCS 3.2 mixed data types are not supported)");
			String bText = require(file, kw, p + "B", ts, field).trim();
			int bits;
			if (dt == 'A' && bText.equals("*")) bits = 0;
			else {
				try {
					bits = Integer.parseInt(bText);
				}
				catch (NumberFormatException e) {
					throw FcsErrors.at(file, field + p + "B", ts, "'" + bText + "' is not a bit count");
				}
			}
			if (dt == 'I' && (bits < 8 || bits > 64 || bits % 8 != 0)) throw FcsErrors.at(file,
				field + p + "B", ts, bits + " bits: integer widths must be 8, 16, 24, 32, 40, 48, 56 or 64");
			if (dt == 'F' && bits != 32) throw FcsErrors.at(file, field + p + "B", ts, bits +
				" bits: $DATATYPE F needs 32");
			if (dt == 'D' && bits != 64) throw FcsErrors.at(file, field + p + "B", ts, bits +
				" bits: $DATATYPE D needs 64");
			if (dt == 'A' && bits < 0) throw FcsErrors.at(file, field + p + "B", ts, "negative width");
			String rText = kw.get(p + "R");
			double range = Double.NaN;
			if (rText != null) {
				try {
					range = Double.parseDouble(rText.trim());
				}
				catch (NumberFormatException e) {
					warnings.add(p + "R '" + rText + "' is not a number");
				}
			}
			long mask = -1L;
			if (dt == 'I') {
				long widthMask = bits == 64 ? -1L : (1L << bits) - 1;
				mask = widthMask;
				if (range > 0) {
					int k = 0;
					while (k < 64 && Math.pow(2, k) < range) k++;
					if (k < bits) mask = (1L << k) - 1;
				}
				else warnings.add(p + "R missing or not positive; no bit mask applied to " + name);
			}
			// $PnE: decades, offset (f2 = 0 read as 1, as FCS 2.0 instruments write "4,0")
			String eText = kw.get(p + "E");
			double dec = 0, off = 1;
			if (eText != null) {
				String[] f = eText.trim().split(",");
				try {
					dec = Double.parseDouble(f[0].trim());
					off = f.length > 1 ? Double.parseDouble(f[1].trim()) : 0;
				}
				catch (NumberFormatException e) {
					warnings.add(p + "E '" + eText + "' is not 'f1,f2'; channel read as linear");
					dec = 0;
				}
				if (off == 0) off = 1;
				if (dec < 0 || Double.isNaN(dec)) dec = 0;
				if (dec > 0 && (dt == 'F' || dt == 'D')) {
					warnings.add(p + "E '" + eText + "' ignored: floating-point data are already linear values");
					dec = 0;
				}
				if (dec > 0 && !(range > 0)) {
					warnings.add(p + "E log scaling needs $PnR; channel read as linear");
					dec = 0;
				}
			}
			String gText = kw.get(p + "G");
			double gain = 1;
			if (gText != null && !gText.trim().isEmpty()) {
				try {
					gain = Double.parseDouble(gText.trim());
				}
				catch (NumberFormatException e) {
					warnings.add(p + "G '" + gText + "' is not a number; gain ignored");
					gain = 1;
				}
				if (!(gain > 0) || Double.isInfinite(gain)) {
					warnings.add(p + "G '" + gText + "' is not positive; gain ignored");
					gain = 1;
				}
				if (dec > 0 && gain != 1) {
					warnings.add(p + "G ignored on log channel " + name + " ($PnG applies to linear channels)");
					gain = 1;
				}
			}
			double step = 1;
			if (name.equalsIgnoreCase("time") && !Double.isNaN(timestep) && dec == 0) step = timestep;
			out.add(new FcsChannel(n, name, label, bits, rText, range, eText, dec, off, gText, gain,
				step, mask));
		}
		return out;
	}

	private static String require(Path file, Map<String, String> kw, String key, long ts, String field) {
		String v = kw.get(key);
		if (v == null) throw FcsErrors.at(file, field + key, ts, "missing required keyword");
		return v;
	}
}
