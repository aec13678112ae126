package org.blotfig.stats.io;

import java.nio.file.Path;

import org.blotfig.io.LongCsv;
import org.blotfig.stats.LongTable;

/** Reads a long statistics CSV ({@code row,col[,rep],value}) into a {@link LongTable}. */
public final class StatsInputs {

	private StatsInputs() {}

	/** @throws org.blotfig.core.InputException naming the file and the problem */
	public static LongTable load(Path csv) {
		LongCsv c = LongCsv.read(csv);
		return LongTable.of(csv.toString(), c.row, c.col, c.value, c.where);
	}
}
