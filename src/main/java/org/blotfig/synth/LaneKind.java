package org.blotfig.synth;

/** What a lane holds: a sample (band rows), a molecular-weight ladder, or nothing. */
public enum LaneKind {
	SAMPLE, LADDER, EMPTY
}
