package org.blotfig.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.blotfig.core.InputException;
import org.blotfig.ij.SynthFiles;
import org.blotfig.io.OutputDir;
import org.blotfig.synth.BlotGenerator;
import org.blotfig.synth.BlotSpec;
import org.blotfig.synth.LaneKind;
import org.blotfig.synth.Polarity;
import org.blotfig.synth.Preset;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code blotfig synth}: writes synthetic blots with ground truth ({@code <prefix>_000.tif} and
 * {@code <prefix>_000.truth.json}, ...). Options left out keep the preset's values. Image k of
 * {@code --count} uses seed + k, so any single image can be regenerated on its own.
 */
@Command(name = "synth", mixinStandardHelpOptions = true, sortOptions = false,
	description = "Generate synthetic Western blots (TIFF) with truth.json ground truth.")
public final class SynthCommand implements Callable<Integer> {

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
	Path out;

	@Option(names = "--seed", paramLabel = "N", description = "random seed (default ${DEFAULT-VALUE})", defaultValue = "1")
	long seed;

	@Option(names = "--count", paramLabel = "K", description = "number of images; image k uses seed + k (default ${DEFAULT-VALUE})",
		defaultValue = "1")
	int count;

	@Option(names = "--prefix", paramLabel = "NAME", description = "file name prefix (default ${DEFAULT-VALUE})", defaultValue = "blot")
	String prefix;

	@Option(names = "--preset", paramLabel = "NAME", description = "clean, typical or hard (default ${DEFAULT-VALUE})",
		defaultValue = "typical")
	String preset;

	@Option(names = "--lanes", paramLabel = "N", description = "number of lanes (lane 1 is a ladder)")
	Integer lanes;

	@Option(names = "--lane-width", paramLabel = "PX", description = "lane width (default 40)")
	Integer laneWidth;

	@Option(names = "--lane-gap", paramLabel = "PX", description = "gap between lanes (default 14)")
	Integer laneGap;

	@Option(names = "--margin", paramLabel = "PX", description = "space left and right of the lanes (default 30)")
	Integer margin;

	@Option(names = "--height", paramLabel = "PX", description = "image height; lanes run from 20 px to height - 20 (default 360)")
	Integer height;

	@Option(names = "--bits", paramLabel = "8|16", description = "bit depth (preset: 16; hard: 8)")
	Integer bits;

	@Option(names = "--polarity", paramLabel = "P", description = "light-bands (chemiluminescence) or dark-bands (film)")
	String polarity;

	@Option(names = "--tilt", paramLabel = "DEG", description = "rotation in degrees, -5..5")
	Double tilt;

	@Option(names = "--smile", paramLabel = "PX", description = "outer lanes lag the centre by PX at the bottom; negative = frown")
	Double smile;

	@Option(names = "--splay", paramLabel = "PX", description = "outer lanes drift outwards by PX at the bottom")
	Double splay;

	@Option(names = "--gain", paramLabel = "G", description = "shot-noise gain: variance = G x value (raw units)")
	Double gain;

	@Option(names = "--read-noise", paramLabel = "SD", description = "Gaussian read noise, raw units")
	Double readNoise;

	@Option(names = "--noise", paramLabel = "F", description = "noise standard deviation x the preset's (0 = noise-free)")
	Double noise;

	@Option(names = "--dust", paramLabel = "N", description = "number of dust specks")
	Integer dust;

	@Option(names = "--loading-cv", paramLabel = "CV", description = "random lane-to-lane loading variation (e.g. 0.15)")
	Double loadingCv;

	@Option(names = "--row-jitter", paramLabel = "PX",
		description = "random shift (SD, px) of each sample row per image, for benchmark grids")
	Double rowJitter;

	@Option(names = "--saturate", paramLabel = "LANE", split = ",",
		description = "overdrive the first band row of these lanes (1-based) so that it clips")
	List<Integer> saturate = new ArrayList<>();

	@Option(names = "--ladder-lanes", paramLabel = "LANE", split = ",",
		description = "ladder lanes, 1-based (default: lane 1); 0 = none")
	List<Integer> ladderLanes;

	@Option(names = "--empty-lanes", paramLabel = "LANE", split = ",", description = "empty lanes, 1-based")
	List<Integer> emptyLanes = new ArrayList<>();

	@Override
	public Integer call() {
		// validate everything before writing anything
		if (count < 1 || count > 100000) throw new InputException("synth: --count must be 1..100000, got " + count);
		if (!prefix.matches("[A-Za-z0-9._-]+")) throw new InputException("synth: --prefix '" + prefix +
			"' must use only letters, digits, '.', '_' and '-'");
		OutputDir.checkFolder(out);
		List<BlotSpec> specs = new ArrayList<>();
		for (int k = 0; k < count; k++)
			specs.add(spec(seed + k).validate());
		int digits = Math.max(3, String.valueOf(count - 1).length());
		OutputDir dir = new OutputDir(out);
		for (int k = 0; k < count; k++) {
			String name = String.format(Locale.ROOT, "%s_%0" + digits + "d", prefix, k);
			SynthFiles.write(dir, name, BlotGenerator.generate(specs.get(k)));
		}
		System.out.println("synth: wrote " + count + (count == 1 ? " blot" : " blots") + " (TIFF + truth.json) to " + out);
		return 0;
	}

	BlotSpec spec(long s) {
		Preset p = Preset.parse(preset);
		if (p == null) throw new InputException("synth: unknown --preset '" + preset + "' (clean, typical, hard)");
		BlotSpec natural = p.spec();
		Polarity pol = polarity == null ? natural.polarity() : Polarity.parse(polarity);
		if (pol == null) throw new InputException("synth: --polarity must be light-bands or dark-bands, got '" +
			polarity + "'");
		int b = bits == null ? natural.bitDepth() : bits;
		if (b != 8 && b != 16) throw new InputException("synth: --bits must be 8 or 16, got " + b);
		BlotSpec layout = new BlotSpec().bitDepth(b).polarity(pol).lanes(lanes == null ? 8 : lanes)
			.laneWidth(laneWidth == null ? 40 : laneWidth).laneGap(laneGap == null ? 14 : laneGap)
			.marginX(margin == null ? 30 : margin).height(height == null ? 360 : height);
		BlotSpec spec = p.spec(layout).seed(s);
		if (ladderLanes != null) {
			for (int i = 0; i < spec.lanes(); i++)
				if (spec.laneKind(i) == LaneKind.LADDER) spec.laneKind(i, LaneKind.SAMPLE);
			for (int l : ladderLanes)
				if (l != 0) spec.laneKind(lane(l, spec, "--ladder-lanes"), LaneKind.LADDER);
		}
		for (int l : emptyLanes)
			spec.laneKind(lane(l, spec, "--empty-lanes"), LaneKind.EMPTY);
		if (tilt != null) spec.tiltDeg(tilt);
		if (smile != null) spec.smile(smile);
		if (splay != null) spec.splay(splay);
		if (gain != null || readNoise != null)
			spec.noise(gain == null ? spec.gain() : gain, readNoise == null ? spec.readNoise() : readNoise);
		if (noise != null) {
			if (!(noise >= 0)) throw new InputException("synth: --noise must be >= 0, got " + noise);
			spec.scaleNoise(noise);
		}
		if (dust != null) spec.dust(dust, spec.dustAmplitude() > 0 ? spec.dustAmplitude() : 0.15 * spec.maxValue(),
			spec.dustRadius());
		if (loadingCv != null) spec.loadingCv(loadingCv);
		if (rowJitter != null) spec.rowJitter(rowJitter);
		for (int l : saturate) {
			int i = lane(l, spec, "--saturate");
			if (spec.laneKind(i) != LaneKind.SAMPLE) throw new InputException("synth: --saturate " + l +
				": lane " + l + " is a " + spec.laneKind(i).name().toLowerCase(Locale.ROOT) + " lane, not a sample lane");
			spec.saturate(i, 0, 1.5);
		}
		return spec;
	}

	private static int lane(int oneBased, BlotSpec spec, String option) {
		if (oneBased < 1 || oneBased > spec.lanes()) throw new InputException("synth: " + option + " " + oneBased +
			": lanes are 1.." + spec.lanes());
		return oneBased - 1;
	}
}
