package org.blotfig.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.blotfig.core.InputException;
import org.blotfig.flow.EventsCsv;
import org.blotfig.flow.FcsDataset;
import org.blotfig.flow.FcsReader;
import org.blotfig.io.OutputDir;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code blotfig fcs events FILE --out FILE.csv}: all events as CSV. */
@Command(name = "events", mixinStandardHelpOptions = true,
	description = "Write an FCS file's events as CSV (one column per channel).")
public final class FcsEventsCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "FILE", description = "FCS file")
	Path file;

	@Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "output CSV")
	Path out;

	@Option(names = "--scale", paramLabel = "raw|value", description = "raw channel values (default) or " +
		"scaled values ($PnE log decoding, $PnG, $TIMESTEP)")
	String scale = "raw";

	@Option(names = "--dataset", paramLabel = "N", description = "dataset number (1-based; default 1)")
	int dataset = 1;

	@Option(names = "--compensate", description = "scaled values compensated with the file's spillover matrix")
	boolean compensate;

	@Override
	public Integer call() throws Exception {
		if (!scale.equals("raw") && !scale.equals("value")) throw new InputException("--scale must be raw or " +
			"value, not '" + scale + "'");
		if (Files.isDirectory(out)) throw new InputException(out, "is a folder; --out needs a file name");
		if (Files.exists(file) && Files.exists(out) && Files.isSameFile(file, out)) throw new InputException(out,
			"would overwrite the input file");
		OutputDir.checkPlace(out);
		if (compensate && scale.equals("raw")) throw new InputException("--compensate works on values: add --scale value");
		FcsDataset ds = FcsReader.read(file).dataset(dataset);
		if (compensate && ds.spillover == null) throw new InputException(file, "no usable spillover matrix " +
			"($SPILLOVER, SPILL or $COMP) to compensate with" + (ds.warnings.isEmpty() ? "" : " (" +
				String.join("; ", ds.warnings) + ")"));
		OutputDir.writeFile(out, os -> {
			java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(os,
				java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
			EventsCsv.write(w, ds, scale.equals("value"), compensate);
			w.flush();
		});
		System.out.println(ds.eventCount + " events x " + ds.channels.size() + " channels (" + scale + ") -> " + out);
		return 0;
	}
}
