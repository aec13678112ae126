package org.blotfig.ij;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.blotfig.core.InputException;
import org.blotfig.io.OutputDir;
import org.blotfig.synth.SyntheticBlot;

import ij.ImagePlus;
import ij.io.FileInfo;
import ij.io.FileSaver;
import ij.io.Opener;
import ij.io.TiffEncoder;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

/**
 * Grayscale TIFF reading and writing through ImageJ 1.x, so files are exactly what Fiji writes
 * and reads. Writing is atomic (temporary file, then move) via {@link OutputDir#writeFile}.
 */
public final class BlotTiff {

	private BlotTiff() {}

	/** An 8-bit ({@code byte[]}) or 16-bit ({@code short[]}) raster as an ImagePlus (no copy). */
	public static ImagePlus toImagePlus(String title, int width, int height, Object pixels) {
		ImageProcessor ip;
		if (pixels instanceof byte[]) ip = new ByteProcessor(width, height, (byte[]) pixels);
		else if (pixels instanceof short[]) ip = new ShortProcessor(width, height, (short[]) pixels, null);
		else throw new IllegalArgumentException("pixels must be byte[] or short[], got " +
			(pixels == null ? "null" : pixels.getClass().getSimpleName()));
		ip.resetMinAndMax();
		return new ImagePlus(title, ip);
	}

	/** The synthetic blot as an ImagePlus titled {@code title}, display range set to the data. */
	public static ImagePlus toImagePlus(String title, SyntheticBlot blot) {
		return toImagePlus(title, blot.width(), blot.height(), blot.pixels());
	}

	/**
	 * Writes the image as an uncompressed TIFF exactly as {@link FileSaver#saveAsTiff} would
	 * (ImageJ description header, same encoder), but atomically.
	 */
	public static Path write(Path target, ImagePlus imp) {
		FileInfo fi = imp.getFileInfo();
		fi.description = new FileSaver(imp).getDescriptionString();
		fi.info = imp.getInfoProperty();
		return OutputDir.writeFile(target, out -> new TiffEncoder(fi).write(out));
	}

	/** A raster read from a grayscale TIFF. */
	public static final class Raster {
		public final int width;
		public final int height;
		public final int bitDepth;
		/** {@code byte[]} (8-bit) or {@code short[]} (16-bit). */
		public final Object pixels;

		Raster(int width, int height, int bitDepth, Object pixels) {
			this.width = width;
			this.height = height;
			this.bitDepth = bitDepth;
			this.pixels = pixels;
		}
	}

	/** Reads an 8- or 16-bit single-image TIFF; other files fail with {@link InputException}. */
	public static Raster read(Path file) {
		if (!Files.isRegularFile(file)) throw new InputException(file, "file not found");
		if (!looksLikeTiff(file)) throw new InputException(file, "not a TIFF file");
		ImagePlus imp = new Opener().openImage(file.toAbsolutePath().toString());
		if (imp == null) throw new InputException(file, "ImageJ cannot open it as an image");
		if (imp.getStackSize() != 1) throw new InputException(file, "expected one image, found a stack of " +
			imp.getStackSize());
		int bits = imp.getBitDepth();
		if (bits != 8 && bits != 16) throw new InputException(file, "expected an 8- or 16-bit grayscale image, found " +
			(imp.getType() == ImagePlus.COLOR_RGB ? "RGB" : bits + "-bit"));
		return new Raster(imp.getWidth(), imp.getHeight(), bits, imp.getProcessor().getPixels());
	}

	/** Checks the TIFF byte-order mark first, so that ImageJ does not print its own error for other files. */
	private static boolean looksLikeTiff(Path file) {
		byte[] head = new byte[4];
		try (java.io.InputStream in = Files.newInputStream(file)) {
			if (in.read(head) != 4) return false;
		}
		catch (java.io.IOException e) {
			throw new InputException(file, "cannot read: " + e.getMessage(), e);
		}
		return head[0] == 'I' && head[1] == 'I' && head[2] == 42 && head[3] == 0 ||
			head[0] == 'M' && head[1] == 'M' && head[2] == 0 && head[3] == 42;
	}

	/** For callers holding a {@link File}. */
	public static Raster read(File file) {
		return read(file.toPath());
	}
}
