package org.blotfig.stats;

import java.util.Locale;

import org.blotfig.core.InputException;

/** Multiple-comparison methods; {@link #cliName()} is the spelling used on the CLI and in macros. */
public enum Posthoc {
	/** Fisher's LSD: raw P from the pooled residual MS, no adjustment. */
	NONE,
	/** Sidak: 1 - (1 - p)^K over the whole family (Prism's default after two-way ANOVA). */
	SIDAK,
	/** Bonferroni: min(1, K p). */
	BONFERRONI,
	/** Holm-Sidak step-down (Prism/Glantz); no confidence intervals. */
	HOLM_SIDAK,
	/** Tukey(-Kramer): studentized range with k = number of means compared. */
	TUKEY,
	/** Dunnett single-step: each group against the first (control), multivariate t. */
	DUNNETT;

	public String cliName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** Parses "sidak", "holm-sidak", "Holm_Sidak", ... */
	public static Posthoc parse(String s) {
		String k = s.trim().toUpperCase(Locale.ROOT).replace('-', '_');
		for (Posthoc p : values())
			if (p.name().equals(k)) return p;
		throw new InputException("unknown post-hoc test '" + s +
			"' (use none, sidak, bonferroni, holm-sidak, tukey or dunnett)");
	}
}
