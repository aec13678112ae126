package org.blotfig.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.blotfig.io.OutputDir;
import org.blotfig.study.MarkerFigure;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code blotfig flow markers SHEET.csv --out DIR}: % positive per marker and the histogram figure. */
@Command(name = "markers", mixinStandardHelpOptions = true, sortOptions = false,
	description = { "Single-marker phenotype figure (e.g. MSC markers): %% positive of each stained FCS file against " +
		"its control's percentile on the marker's channel, and overlaid control/stained histograms with the gate.",
		"SHEET.csv: [figure,]marker,channel,file,control[,percentile] (paths relative to the sheet; percentile " +
			"default 99).",
		"Writes NAME.svg/.png/.pdf and NAME_positive.csv." })
public final class FlowMarkersCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "SHEET.csv", description = "one row per stained tube")
	Path sheet;

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
	Path out;

	@Option(names = "--figure", paramLabel = "LABEL", description = "only the sheet's rows of this figure")
	String figure;

	@Option(names = "--name", paramLabel = "NAME", defaultValue = "markers", description = "file name stem " +
		"(default ${DEFAULT-VALUE})")
	String name;

	@Override
	public Integer call() {
		OutputDir.checkFolder(out);
		List<Path> inputs = new ArrayList<>();
		inputs.add(sheet);
		OutputDir.checkInputsKept(out, MarkerFigure.files(name), inputs.toArray(new Path[0]));
		MarkerFigure f = MarkerFigure.load(sheet, figure);
		for (MarkerFigure.Marker m : f.markers) inputs.add(m.file);
		OutputDir.checkInputsKept(out, MarkerFigure.files(name), inputs.toArray(new Path[0]));
		f.write(new OutputDir(out), name);
		StringBuilder sb = new StringBuilder();
		boolean several = f.figures().size() > 1;
		for (MarkerFigure.Marker m : f.markers)
			sb.append(sb.length() == 0 ? "" : ", ").append(several && !m.figure.isEmpty() ? "(" + m.figure + ") " : "")
				.append(String.format(Locale.ROOT, "%s %.2f %%", m.marker, m.percent()));
		System.out.println(f.markers.size() + " markers positive: " + sb + " -> " + out);
		return 0;
	}
}
