package org.blotfig.ij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;

import org.blotfig.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;

/** Opening and converting the images users actually have: RGB exports, tiny crops, broken files. */
class GelImagesTest {

	@TempDir
	Path dir;

	@Test
	void rgbIsConvertedToLuminanceWithAWarningAndColouredAnnotationsAreMissing() {
		ColorProcessor cp = new ColorProcessor(3, 1);
		cp.set(0, 0, (100 << 16) | (50 << 8) | 200); // chroma 150: a coloured label
		cp.set(1, 0, (90 << 16) | (80 << 8) | 70); // nearly grey
		cp.set(2, 0, (7 << 16) | (7 << 8) | 7);
		GelImages.Converted c = GelImages.convert(new ImagePlus("rgb", cp), null);
		assertTrue(Float.isNaN(c.image.get(0, 0)), "coloured pixel");
		assertEquals(Math.round(0.299 * 90 + 0.587 * 80 + 0.114 * 70), c.image.get(1, 0), 0);
		assertEquals(7, c.image.get(2, 0), 0);
		assertTrue(c.warnings.get(0).startsWith("RGB image: converted to luminance"), c.warnings.toString());
		assertTrue(c.warnings.contains("1 coloured pixels (annotations?) ignored"), c.warnings.toString());
	}

	@Test
	void faintlyColouredLinesTouchingAnAnnotationAreMissingToo() {
		// a box stroke (chroma 150) at x = 0, a blended blue line (chroma 50) running from it, and an
		// isolated equally blue pixel away from any stroke, which stays (a grey scan's tint)
		ColorProcessor cp = new ColorProcessor(6, 3);
		cp.setColor(0xc8c8c8);
		cp.fill();
		cp.set(0, 1, (60 << 16) | (210 << 8) | 60);
		int blue = (128 << 16) | (128 << 8) | 178;
		cp.set(1, 1, blue);
		cp.set(2, 2, blue);
		cp.set(5, 0, blue);
		GelImages.Converted c = GelImages.convert(new ImagePlus("rgb", cp), null);
		assertTrue(Float.isNaN(c.image.get(0, 1)));
		assertTrue(Float.isNaN(c.image.get(1, 1)), "touches the stroke");
		assertTrue(Float.isNaN(c.image.get(2, 2)), "touches it diagonally through the line");
		assertFalse(Float.isNaN(c.image.get(5, 0)), "isolated");
		assertFalse(Float.isNaN(c.image.get(3, 1)), "grey");
		assertTrue(c.warnings.contains("3 coloured pixels (annotations?) ignored"), c.warnings.toString());
	}

	@Test
	void greyStoredAsRgbIsTakenAsItIs() {
		ColorProcessor cp = new ColorProcessor(2, 1);
		cp.set(0, 0, 0x101010);
		cp.set(1, 0, 0xfefefe);
		GelImages.Converted c = GelImages.convert(new ImagePlus("grey", cp), null);
		assertEquals(Arrays.asList(), c.warnings);
		assertEquals(16, c.image.get(0, 0), 0);
		assertEquals(254, c.image.get(1, 0), 0);
	}

	@Test
	void aStackGivesTheImageShownWithAWarningNamingIt() {
		ij.ImageStack st = new ij.ImageStack(4, 3);
		st.addSlice("chemi", new ij.process.ShortProcessor(4, 3));
		st.addSlice("marker", new ij.process.ShortProcessor(4, 3));
		st.getProcessor(2).set(2, 1, 1234);
		ImagePlus imp = new ImagePlus("export", st);
		GelImages.Converted first = GelImages.convert(imp, null);
		assertEquals(0, first.image.get(2, 1), 0);
		assertTrue(first.warnings.contains("stack of 2 images: image 1 (chemi) analysed (in Fiji, the one shown; to " +
			"analyse another, show it, or save it as its own file)"), first.warnings.toString());
		imp.setSlice(2);
		GelImages.Converted second = GelImages.convert(imp, null);
		assertEquals(1234, second.image.get(2, 1), 0);
		assertTrue(second.warnings.get(0).startsWith("stack of 2 images: image 2 (marker) analysed"),
			second.warnings.toString());
	}

	@Test
	void aOnePixelImageConvertsAndASelectionOutsideItIsAnError() {
		ImagePlus one = new ImagePlus("one", new FloatProcessor(1, 1, new float[] { 5 }));
		GelImages.Converted c = GelImages.convert(one, null);
		assertEquals(1, c.image.width());
		assertEquals(5, c.image.get(0, 0), 0);
		InputException e = assertThrows(InputException.class, () -> GelImages.convert(one,
			new java.awt.Rectangle(3, 3, 2, 2)));
		assertTrue(e.getMessage().contains("lies outside the 1x1 image"), e.getMessage());
	}

	@Test
	void brokenFilesAreRefusedByName() throws Exception {
		assertRefused(Files.write(dir.resolve("empty.tif"), new byte[0]), "empty.tif: file is empty");
		assertRefused(Files.createDirectory(dir.resolve("scans")), "scans: is a folder, not an image");
		assertRefused(dir.resolve("gone.tif"), "gone.tif: file not found");
		byte[] tif = Files.readAllBytes(Paths.get("test-images/synth/clean16_000.tif"));
		assertRefused(Files.write(dir.resolve("cut.tif"), Arrays.copyOf(tif, tif.length - 100)),
			"cut.tif: is truncated: its image data runs to byte " + tif.length + " but the file has only " +
				(tif.length - 100) + " bytes");
		// the same check passes the whole file, and a TIFF written by ImageJ itself
		assertEquals(tif.length, GelImages.dataEnd(GelImages.open(Paths.get("test-images/synth/clean16_000.tif"))
			.getOriginalFileInfo()));
		Path saved = dir.resolve("saved.tif");
		new FileSaver(new ImagePlus("s", new FloatProcessor(20, 10))).saveAsTiff(saved.toString());
		assertEquals(20, GelImages.open(saved).getWidth());
	}

	static void assertRefused(Path file, String expected) {
		InputException e = assertThrows(InputException.class, () -> GelImages.open(file));
		assertTrue(e.getMessage().contains(expected), e.getMessage());
	}
}
