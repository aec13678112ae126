package org.blotfig.norm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A molecular-weight ladder: a name and its band sizes in kDa, largest first (top of the gel
 * first). Common commercial protein ladders are built in by name with the nominal sizes their
 * vendors publish; apparent sizes shift with the gel and buffer system, so a lab that calibrated
 * its own lot can always give the list explicitly ("250;130;100;70").
 */
public final class Ladder {

	public final String name;
	private final double[] kda;

	public Ladder(String name, double... kda) {
		if (kda.length < 2) throw new IllegalArgumentException("a ladder needs at least 2 bands");
		double[] sorted = kda.clone();
		Arrays.sort(sorted);
		for (int i = 0; i < sorted.length; i++) {
			if (!(sorted[i] > 0) || Double.isInfinite(sorted[i])) throw new IllegalArgumentException(
				"ladder sizes must be positive kDa: " + Arrays.toString(kda));
			if (i > 0 && sorted[i] == sorted[i - 1]) throw new IllegalArgumentException(
				"ladder size " + sorted[i] + " kDa listed twice");
		}
		// largest first = top of the gel first, the order bands are found in
		double[] desc = new double[sorted.length];
		for (int i = 0; i < sorted.length; i++) desc[i] = sorted[sorted.length - 1 - i];
		this.name = name;
		this.kda = desc;
	}

	/** Band sizes in kDa, largest first. */
	public double[] kda() {
		return kda.clone();
	}

	public int size() {
		return kda.length;
	}

	// Nominal band sizes from the vendors' datasheets (Thermo Fisher, Bio-Rad, NEB catalogue pages).
	private static final Map<String, Ladder> BUILT_IN;
	static {
		Map<String, Ladder> m = new LinkedHashMap<>();
		put(m, new Ladder("PageRuler Prestained", 180, 130, 100, 70, 55, 40, 35, 25, 15, 10)); // Thermo 26616
		put(m, new Ladder("PageRuler Plus Prestained", 250, 130, 100, 70, 55, 35, 25, 15, 10)); // Thermo 26619
		put(m, new Ladder("PageRuler Unstained", 200, 150, 120, 100, 85, 70, 60, 50, 40, 30, 25, 20, 15,
			10)); // Thermo 26614
		put(m, new Ladder("Spectra Multicolor Broad Range", 260, 140, 100, 70, 50, 40, 35, 25, 15,
			10)); // Thermo 26634
		put(m, new Ladder("Precision Plus Protein", 250, 150, 100, 75, 50, 37, 25, 20, 15,
			10)); // Bio-Rad Dual Color / All Blue / Kaleidoscope / Unstained
		put(m, new Ladder("Novex Sharp Pre-stained", 260, 160, 110, 80, 60, 50, 40, 30, 20, 15, 10,
			3.5)); // Thermo LC5800
		put(m, new Ladder("NEB Color Prestained Broad Range", 250, 180, 130, 95, 72, 55, 43, 34, 26, 17,
			10)); // NEB P7719
		BUILT_IN = Collections.unmodifiableMap(m);
	}

	private static void put(Map<String, Ladder> m, Ladder l) {
		m.put(key(l.name), l);
	}

	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

	/** Names of the built-in ladders. */
	public static List<String> builtInNames() {
		List<String> names = new ArrayList<>();
		for (Ladder l : BUILT_IN.values()) names.add(l.name);
		return names;
	}

	/**
	 * A built-in ladder by name (case, spaces and punctuation ignored), or an explicit list of
	 * sizes separated by ';' or spaces. Throws IllegalArgumentException with the known names.
	 */
	public static Ladder parse(String spec) {
		String s = spec == null ? "" : spec.trim();
		Ladder l = BUILT_IN.get(key(s));
		if (l != null) return l;
		if (s.matches("[0-9.;\\s]+") && s.matches(".*[0-9].*")) {
			String[] parts = s.split("[;\\s]+");
			List<Double> v = new ArrayList<>();
			for (String p : parts) {
				if (p.isEmpty()) continue;
				try {
					v.add(Double.parseDouble(p));
				}
				catch (NumberFormatException e) {
					throw new IllegalArgumentException("'" + p + "' in ladder list '" + s + "' is not a number");
				}
			}
			double[] kda = new double[v.size()];
			for (int i = 0; i < kda.length; i++) kda[i] = v.get(i);
			return new Ladder("custom", kda);
		}
		throw new IllegalArgumentException("unknown ladder '" + s + "': give one of " +
			String.join(", ", builtInNames()) + ", or the sizes in kDa separated by ';' (e.g. 250;130;100;70)");
	}
}
