package org.blotfig.elisa;

import java.util.Locale;

import org.blotfig.core.InputException;

/** How standards are weighted in the least-squares fit. */
public enum Weighting {
	/** Every point counts equally (constant SD). */
	NONE("none"),
	/** Weight 1/Y_observed^2 (constant CV), fixed before fitting. */
	INV_Y2("1/y2"),
	/**
	 * Weight 1/Y_curve^2 (constant CV, Prism 5+): weights come from the fitted curve, so the fit
	 * is repeated with weights from the previous fit until they stop changing (IRLS), starting
	 * from the unweighted fit.
	 */
	INV_YCURVE2("1/ycurve2");

	public final String key;

	Weighting(String key) {
		this.key = key;
	}

	/** The weighting for a user-typed key: none, 1/y2, 1/ycurve2 (also 1/y^2, 1/ycurve^2). */
	public static Weighting forKey(String key) {
		String k = key == null ? "" : key.trim().toLowerCase(Locale.ROOT).replace("^", "")
			.replace("²", "2").replace(" ", "");
		for (Weighting w : values())
			if (w.key.equals(k)) return w;
		if (k.equals("1/yobs2")) return INV_Y2;
		throw new InputException("unknown weighting '" + key + "' (choose none, 1/y2 or 1/ycurve2)");
	}
}
