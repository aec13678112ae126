package org.blotfig.gel;

import java.util.Locale;

/** What a lane holds, as reported (never silently dropped). */
public enum LaneKind {
	SAMPLE, LADDER, EMPTY;

	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}
}
