package org.blotfig.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import org.blotfig.core.ProgressListener;
import org.blotfig.gel.GelAnalyzer;
import org.blotfig.gel.GelImage;
import org.blotfig.gel.GelParams;
import org.blotfig.gel.GelResult;
import org.blotfig.synth.BlotGenerator;
import org.blotfig.synth.BlotSpec;
import org.blotfig.synth.Polarity;
import org.blotfig.synth.Preset;
import org.blotfig.synth.SyntheticBlot;

/**
 * blotfig's full detection and quantification of one large 16-bit scan, against ImageJ's rolling
 * ball (r = 50, Process > Subtract Background) on the same image and against one plain summing
 * pass over its pixels. One JVM, warm-up runs first, then the three interleaved (so a busy
 * neighbour slows all alike) and the medians compared. Peak heap is measured in separate runs
 * after a GC, from the heap pools' peak usage (an upper bound: it includes garbage not yet
 * collected).
 */
public final class SpeedBenchmark {

	/** Lane layout of the generated scan: 120 px lanes, 40 px gaps, margins filling the width. */
	static final int LANE_WIDTH = 120, LANE_GAP = 40;

	public static final class Result {
		public int width, height, lanesTrue, lanesFound, bandsFound, repeats;
		/** Median milliseconds per run. */
		public double oursMs, rollingBallMs, singlePassMs;
		/**
		 * Median CPU milliseconds of the running thread per run: unlike the wall time, not inflated
		 * while neighbours on a shared machine hold the cores (garbage collection, on other threads,
		 * is not included).
		 */
		public double oursCpuMs, rollingBallCpuMs, singlePassCpuMs;
		/** Heap in use after a GC before the run, and the peak during it, bytes. */
		public long oursBase, oursPeak, rollingBallBase, rollingBallPeak, passBase, passPeak;
		public long checksum;
		/** Where blotfig's time goes (one extra run, timed at its progress messages): stage and ms. */
		public final List<String> stageNames = new ArrayList<>();
		public final List<Double> stageMs = new ArrayList<>();

		public double ratioVsRollingBall() {
			return oursMs / rollingBallMs;
		}

		public double ratioVsSinglePass() {
			return oursMs / singlePassMs;
		}
	}

	private SpeedBenchmark() {}

	/** The scan: the TYPICAL preset (gradient, blotches, noise, dust, 1 degree tilt, smile) at this size. */
	public static BlotSpec spec(int width, int height, long seed) {
		int lanes = Math.max(1, (width - 60 + LANE_GAP) / (LANE_WIDTH + LANE_GAP));
		int margin = (width - lanes * LANE_WIDTH - (lanes - 1) * LANE_GAP) / 2;
		BlotSpec layout = new BlotSpec().bitDepth(16).polarity(Polarity.LIGHT_BANDS).lanes(lanes).laneWidth(LANE_WIDTH)
			.laneGap(LANE_GAP).marginX(margin).height(height);
		return Preset.TYPICAL.spec(layout).width(width).seed(seed);
	}

	/**
	 * Untimed runs of each before timing. blotfig's code has many more loops than the rolling ball
	 * for the JIT to compile; with 2 warm-ups its timed runs still included compilation (a
	 * 40-run profile settled 10 % below them).
	 */
	public static final int WARMUPS = 5;

	public static Result run(int width, int height, int repeats, long seed, ProgressListener progress) {
		progress.progress(0, "generating " + width + " x " + height);
		SyntheticBlot blot = BlotGenerator.generate(spec(width, height, seed));
		final short[] original = blot.pixels16();
		final short[] work = new short[original.length];
		final int w = blot.width(), h = blot.height();
		Result r = new Result();
		r.width = w;
		r.height = h;
		r.repeats = repeats;
		r.lanesTrue = blot.truth().lanes.size();
		GelResult found = analyze(original, w, h);
		r.lanesFound = found.lanes.size();
		r.bandsFound = found.bands.size();

		LongSupplier ours = () -> analyze(original, w, h).bands.size();
		LongSupplier rb = () -> {
			ImageJGelMethod.subtractBackground16(work, w, h, false, ImageJGelMethod.RADIUS);
			return work[work.length / 2];
		};
		LongSupplier pass = () -> sum(original);
		for (int i = 0; i < WARMUPS; i++) {
			progress.progress(0.1 + 0.2 * i / WARMUPS, "warm-up " + (i + 1));
			r.checksum += ours.getAsLong();
			System.arraycopy(original, 0, work, 0, work.length);
			r.checksum += rb.getAsLong();
			// the pass is one small loop: it needs more calls than the others before the JIT compiles it fully
			for (int k = 0; k < 20; k++) r.checksum += pass.getAsLong();
		}
		double[] to = new double[repeats], tr = new double[repeats], tp = new double[repeats];
		double[] co = new double[repeats], cr = new double[repeats], cp = new double[repeats];
		for (int i = 0; i < repeats; i++) {
			progress.progress(0.3 + 0.6 * i / repeats, "run " + (i + 1) + " of " + repeats);
			to[i] = time(ours, r, co, i);
			// the rolling ball works in place: a fresh copy of the scan each time, outside the clock
			System.arraycopy(original, 0, work, 0, work.length);
			tr[i] = time(rb, r, cr, i);
			tp[i] = time(pass, r, cp, i);
		}
		r.oursMs = Stats.median(to);
		r.rollingBallMs = Stats.median(tr);
		r.singlePassMs = Stats.median(tp);
		r.oursCpuMs = Stats.median(co);
		r.rollingBallCpuMs = Stats.median(cr);
		r.singlePassCpuMs = Stats.median(cp);
		progress.progress(0.85, "stages");
		stages(original, w, h, r);
		progress.progress(0.9, "peak heap");
		long[] m = heap(ours, r);
		r.oursBase = m[0];
		r.oursPeak = m[1];
		System.arraycopy(original, 0, work, 0, work.length);
		m = heap(rb, r);
		r.rollingBallBase = m[0];
		r.rollingBallPeak = m[1];
		m = heap(pass, r);
		r.passBase = m[0];
		r.passPeak = m[1];
		progress.progress(1, "done");
		return r;
	}

	/** What a user's run does: wrap the 16-bit pixels as an image, then detect and quantify. */
	static GelResult analyze(short[] pixels, int w, int h) {
		return new GelAnalyzer().analyze(GelImage.of16Bit(w, h, pixels), new GelParams(), ProgressListener.NONE);
	}

	/**
	 * One more run of blotfig, timed between its progress messages (consecutive "lane N" messages
	 * count as one stage), to show where the time goes. The first stage is wrapping the 16-bit
	 * pixels as an image (no copy).
	 */
	static void stages(short[] pixels, int w, int h, Result r) {
		final long[] last = { System.nanoTime() };
		final String[] current = { "wrap pixels" };
		ProgressListener pl = (f, msg) -> {
			String stage = msg.startsWith("lane ") ? "lanes: profiles, bands, volumes" : msg;
			if (stage.equals(current[0])) return;
			long now = System.nanoTime();
			r.stageNames.add(current[0]);
			r.stageMs.add((now - last[0]) / 1e6);
			current[0] = stage;
			last[0] = now;
		};
		r.checksum += new GelAnalyzer().analyze(GelImage.of16Bit(w, h, pixels), new GelParams(), pl).bands.size();
	}

	/** One plain pass: the sum of all pixel values (unsigned 16-bit). */
	static long sum(short[] px) {
		long s = 0;
		for (short v : px) s += v & 0xffff;
		return s;
	}

	/** Wall milliseconds of one run; its thread CPU milliseconds go to cpu[i]. */
	private static double time(LongSupplier op, Result r, double[] cpu, int i) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long c0 = threads.getCurrentThreadCpuTime();
		long t0 = System.nanoTime();
		r.checksum += op.getAsLong();
		long t1 = System.nanoTime();
		cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
		return (t1 - t0) / 1e6;
	}

	/** {heap used after a GC, peak heap during the run} in bytes, summed over the heap pools. */
	static long[] heap(LongSupplier op, Result r) {
		System.gc();
		List<MemoryPoolMXBean> pools = new ArrayList<>();
		for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans())
			if (p.getType() == MemoryType.HEAP && p.isValid()) pools.add(p);
		long base = 0;
		for (MemoryPoolMXBean p : pools) {
			p.resetPeakUsage();
			base += p.getUsage().getUsed();
		}
		r.checksum += op.getAsLong();
		long peak = 0;
		for (MemoryPoolMXBean p : pools) peak += p.getPeakUsage().getUsed();
		return new long[] { base, peak };
	}
}
