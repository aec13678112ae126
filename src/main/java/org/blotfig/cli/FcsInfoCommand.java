package org.blotfig.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.blotfig.flow.FcsChannel;
import org.blotfig.flow.FcsDataset;
import org.blotfig.flow.FcsFile;
import org.blotfig.flow.FcsReader;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code blotfig fcs info FILE}: version, counts, channels, spillover and warnings as JSON. */
@Command(name = "info", mixinStandardHelpOptions = true,
	description = "Print an FCS file's metadata as JSON (no events are read).")
public final class FcsInfoCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "FILE", description = "FCS file")
	Path file;

	@Option(names = "--dataset", paramLabel = "N", description = "dataset number (1-based; default 1)")
	int dataset = 1;

	@picocli.CommandLine.Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		FcsFile f = FcsReader.read(file, false);
		FcsDataset ds = f.dataset(dataset);
		spec.commandLine().getOut().println(new GsonBuilder().setPrettyPrinting().serializeNulls()
			.serializeSpecialFloatingPointValues().create().toJson(json(f, ds)));
		spec.commandLine().getOut().flush();
		return 0;
	}

	static JsonObject json(FcsFile f, FcsDataset ds) {
		JsonObject o = new JsonObject();
		o.addProperty("file", f.path.toString());
		o.addProperty("dataset", ds.index);
		o.addProperty("datasets", f.datasets.size());
		o.addProperty("version", ds.version());
		o.addProperty("tot", ds.eventCount);
		o.addProperty("par", ds.channels.size());
		o.addProperty("datatype", String.valueOf(ds.datatype));
		o.addProperty("byte_order", ds.byteOrder);
		o.addProperty("cytometer", ds.keyword("$CYT"));
		o.addProperty("text_mode", ds.textMode.name().toLowerCase(java.util.Locale.ROOT));
		o.addProperty("data_offsets_from", ds.dataOffsetSource);
		o.addProperty("data_start", ds.dataStart);
		o.addProperty("data_end", ds.dataEnd);
		JsonArray ch = new JsonArray();
		for (FcsChannel c : ds.channels) {
			JsonObject j = new JsonObject();
			j.addProperty("n", c.number);
			j.addProperty("PnN", c.name);
			j.addProperty("PnS", c.label);
			j.addProperty("PnB", ds.keyword("$P" + c.number + "B"));
			j.addProperty("PnR", c.rangeText);
			j.addProperty("PnE", c.ampText);
			j.addProperty("PnG", c.gainText);
			ch.add(j);
		}
		o.add("channels", ch);
		if (ds.spillover != null) {
			JsonObject s = new JsonObject();
			s.addProperty("keyword", ds.spillover.keyword);
			JsonArray names = new JsonArray();
			for (String n : ds.spillover.channelNames(ds.channels)) names.add(n);
			s.add("channels", names);
			JsonArray m = new JsonArray();
			for (double[] row : ds.spillover.matrix) {
				JsonArray r = new JsonArray();
				for (double v : row) r.add(v);
				m.add(r);
			}
			s.add("matrix", m);
			o.add("spillover", s);
		}
		else o.add("spillover", null);
		JsonArray w = new JsonArray();
		for (String s : ds.warnings) w.add(s);
		o.add("warnings", w);
		JsonObject kw = new JsonObject();
		for (java.util.Map.Entry<String, String> e : ds.keywords.entrySet()) kw.addProperty(e.getKey(), e.getValue());
		o.add("keywords", kw);
		return o;
	}
}
