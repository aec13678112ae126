package org.blotfig.ij;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.blotfig.core.InputException;
import org.blotfig.io.OutputDir;
import org.blotfig.synth.BlotGenerator;
import org.blotfig.synth.Polarity;
import org.blotfig.synth.Preset;
import org.blotfig.synth.SyntheticBlot;
import org.blotfig.synth.Truth;
import org.blotfig.synth.TruthJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlotTiffTest {

	@TempDir
	Path dir;

	/** 8- and 16-bit rasters survive a write and an ImageJ read unchanged, including extreme values. */
	@Test
	void tiffRoundTripKeepsBitDepthAndValues() {
		for (int bits : new int[] { 8, 16 }) {
			SyntheticBlot blot = BlotGenerator.generate(Preset.TYPICAL.spec(bits, Polarity.LIGHT_BANDS)
				.seed(2).saturate(1, 0, 2.0));
			Path tif = SynthFiles.write(new OutputDir(dir), "b" + bits, blot);
			BlotTiff.Raster r = BlotTiff.read(tif);
			assertEquals(bits, r.bitDepth);
			assertEquals(blot.width(), r.width);
			assertEquals(blot.height(), r.height);
			if (bits == 8) assertArrayEquals(blot.pixels8(), (byte[]) r.pixels);
			else assertArrayEquals(blot.pixels16(), (short[]) r.pixels);
			int max = bits == 8 ? 255 : 65535;
			boolean sawMax = false;
			for (int y = 0; y < blot.height() && !sawMax; y++)
				for (int x = 0; x < blot.width(); x++)
					if (blot.value(x, y) == max) sawMax = true;
			assertTrue(sawMax, "the saturated band reaches the type maximum (unsigned range kept)");
			Truth t = TruthJson.read(SynthFiles.truthFor(tif));
			assertEquals(bits, t.bitDepth);
			assertTrue(t.band(1, 0).saturated);
		}
	}

	/** Same seed: byte-identical TIFF and truth files. */
	@Test
	void sameSeedWritesIdenticalBytes() throws Exception {
		Path a = dir.resolve("a"), b = dir.resolve("b");
		SynthFiles.write(new OutputDir(a), "x", BlotGenerator.generate(Preset.HARD.spec().seed(5)));
		SynthFiles.write(new OutputDir(b), "x", BlotGenerator.generate(Preset.HARD.spec().seed(5)));
		for (String f : new String[] { "x.tif", "x.truth.json" })
			assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
		try (java.util.stream.Stream<Path> s = Files.list(a)) {
			assertEquals(2, s.count(), "no temporary files left behind");
		}
	}

	@Test
	void unreadableFilesFailNamingTheFile() throws Exception {
		Path junk = dir.resolve("junk.tif");
		Files.write(junk, new byte[] { 1, 2, 3 });
		InputException e = assertThrows(InputException.class, () -> BlotTiff.read(junk));
		assertTrue(e.getMessage().contains("junk.tif"), e.getMessage());
		assertThrows(InputException.class, () -> BlotTiff.read(dir.resolve("missing.tif")));
	}
}
