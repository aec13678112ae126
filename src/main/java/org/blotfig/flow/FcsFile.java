package org.blotfig.flow;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

/** A read FCS file: one or more datasets (chained by $NEXTDATA). */
public final class FcsFile {

	public final Path path;
	public final List<FcsDataset> datasets;

	FcsFile(Path path, List<FcsDataset> datasets) {
		this.path = path;
		this.datasets = Collections.unmodifiableList(datasets);
	}

	/** The first dataset (the only one in nearly all files). */
	public FcsDataset first() {
		return datasets.get(0);
	}

	/** Dataset by 1-based number, with a clear error when absent. */
	public FcsDataset dataset(int number) {
		if (number < 1 || number > datasets.size()) throw new org.blotfig.core.InputException(path,
			"no dataset " + number + " (the file has " + datasets.size() + ")");
		return datasets.get(number - 1);
	}
}
