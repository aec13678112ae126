package org.blotfig.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;

import org.blotfig.core.InputException;
import org.blotfig.flow.FcsDataset;
import org.blotfig.flow.FcsReader;
import org.blotfig.flow.FcsWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code blotfig bench fcs}: parsing an FCS file (events x channels float, written by the
 * FcsWriter) against reading the same file's bytes raw into memory, in one warm JVM. Runs are
 * interleaved and the median taken, so a noisy neighbour affects both sides alike. Last line:
 * {@code ratio_vs_raw_read=<raw time / parse time>} (1 = as fast as a raw read).
 */
@Command(name = "fcs", mixinStandardHelpOptions = true,
	description = "FCS parse speed relative to a raw read of the same bytes.")
public final class BenchFcsCommand implements Callable<Integer> {

	@Option(names = "--events", description = "events (default 1000000)")
	int events = 1_000_000;

	@Option(names = "--channels", description = "channels (default 12)")
	int channels = 12;

	@Option(names = "--repeats", description = "timed runs of each (default 7; plus 2 warm-up runs)")
	int repeats = 7;

	@picocli.CommandLine.Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		if (events < 1 || channels < 1 || (long) events * channels > 200_000_000L) throw new InputException(
			"bench fcs: need 1 <= events x channels <= 200,000,000");
		if (repeats < 1) throw new InputException("bench fcs: --repeats must be at least 1");
		PrintWriter out = spec.commandLine().getOut();
		Path file = Files.createTempFile("blotfig-bench-", ".fcs");
		try {
			float[] ev = new float[events * channels];
			Random rnd = new Random(1);
			for (int i = 0; i < ev.length; i++) ev[i] = (float) (rnd.nextGaussian() * 1000 + 5000);
			List<String> names = new ArrayList<>();
			for (int c = 0; c < channels; c++) names.add("P" + (c + 1));
			try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
				new FcsWriter(names).writeFloats(os, ev);
			}
			// the reader must return what was written, or the timing means nothing
			float[] back = (float[]) FcsReader.read(file).first().events.array();
			if (!Arrays.equals(ev, back)) throw new IllegalStateException("round trip mismatch");
			ev = null;
			back = null;
			long size = Files.size(file);
			for (int i = 0; i < 2; i++) {
				rawRead(file);
				parse(file);
			}
			double[] raw = new double[repeats], parse = new double[repeats];
			long sink = 0;
			for (int i = 0; i < repeats; i++) {
				long t0 = System.nanoTime();
				sink += rawRead(file);
				long t1 = System.nanoTime();
				sink += parse(file);
				long t2 = System.nanoTime();
				raw[i] = (t1 - t0) / 1e6;
				parse[i] = (t2 - t1) / 1e6;
			}
			double r = median(raw), p = median(parse);
			out.printf(Locale.ROOT, "file: %d events x %d float channels, %.1f MB (FCS 3.1 from FcsWriter)%n", events,
				channels, size / 1e6);
			out.printf(Locale.ROOT, "raw read into memory: median %.2f ms (%.0f MB/s) over %d runs%n", r,
				size / 1e3 / r, repeats);
			out.printf(Locale.ROOT, "FcsReader.read:       median %.2f ms (%.0f MB/s)%n", p, size / 1e3 / p);
			out.printf(Locale.ROOT, "(checksum %d)%n", sink & 0xff);
			out.printf(Locale.ROOT, "ratio_vs_raw_read=%.3f%n", r / p);
			out.flush();
			return 0;
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	/**
	 * Reads the whole file into a byte array in 1 MiB reads, the same I/O pattern the reader uses
	 * (one whole-file read would go through a temporary direct buffer of the file's size and make
	 * the reference slower than it needs to be).
	 */
	static long rawRead(Path file) throws java.io.IOException {
		try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
			byte[] all = new byte[(int) ch.size()];
			int pos = 0;
			while (pos < all.length) {
				int n = ch.read(ByteBuffer.wrap(all, pos, Math.min(1 << 20, all.length - pos)));
				if (n < 0) break;
				pos += n;
			}
			return all[all.length - 1];
		}
	}

	static long parse(Path file) {
		FcsDataset ds = FcsReader.read(file).first();
		return (long) ds.events.raw(ds.eventCount - 1, 0);
	}

	static double median(double[] v) {
		double[] s = v.clone();
		Arrays.sort(s);
		int n = s.length;
		return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
	}
}
