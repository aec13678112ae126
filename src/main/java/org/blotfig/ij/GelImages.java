package org.blotfig.ij;

import java.awt.Rectangle;
import java.awt.image.IndexColorModel;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.blotfig.core.InputException;
import org.blotfig.gel.GelImage;

import ij.ImagePlus;
import ij.gui.Roi;
import ij.io.FileInfo;
import ij.io.Opener;
import ij.process.ImageProcessor;
import ij.process.LUT;

/**
 * ImagePlus to {@link GelImage}: the original values of the current slice in floating point
 * (8/16/32 bit), RGB converted to luminance (with a warning unless it is grey stored as RGB),
 * palette images through their colour table, an inverting LUT and lossy sources (JPEG, GIF,
 * palette) recorded, a rectangular selection honoured.
 */
public final class GelImages {

	private GelImages() {}

	/** The converted image with the warnings raised on the way. */
	public static final class Converted {
		public final GelImage image;
		public final List<String> warnings;

		Converted(GelImage image, List<String> warnings) {
			this.image = image;
			this.warnings = warnings;
		}
	}

	/** Opens an image file with ImageJ, failing with a clear message naming the file. */
	public static ImagePlus open(Path file) {
		if (!Files.exists(file)) throw new InputException(file, "file not found");
		if (Files.isDirectory(file)) throw new InputException(file, "is a folder, not an image");
		if (!Files.isReadable(file)) throw new InputException(file, "cannot be read (permissions)");
		try {
			if (Files.size(file) == 0) throw new InputException(file, "file is empty");
		}
		catch (java.io.IOException e) {
			throw new InputException(file, "cannot be read: " + e.getMessage(), e);
		}
		ImagePlus imp;
		try {
			imp = new Opener().openImage(file.toAbsolutePath().toString());
		}
		catch (RuntimeException e) {
			throw new InputException(file, "not an image ImageJ can read (" + e.getMessage() + ")", e);
		}
		if (imp == null || imp.getProcessor() == null) throw new InputException(file,
			"not an image ImageJ can read");
		long end = dataEnd(imp.getOriginalFileInfo()), size = file.toFile().length();
		if (end > size) {
			imp.flush();
			throw new InputException(file, "is truncated: its image data runs to byte " + end + " but the file " +
				"has only " + size + " bytes (copy or export the scan again)");
		}
		return imp;
	}

	/**
	 * Where a TIFF's image data ends according to its header, or 0 when unknown. ImageJ reads a
	 * TIFF that was cut short (an interrupted copy or download) without complaint and fills the
	 * missing pixels with zeros, which would be measured as a blot.
	 */
	static long dataEnd(FileInfo fi) {
		if (fi == null || fi.fileFormat != FileInfo.TIFF) return 0;
		long end = 0;
		if (fi.stripOffsets != null && fi.stripLengths != null && fi.stripOffsets.length == fi.stripLengths.length) {
			for (int i = 0; i < fi.stripOffsets.length; i++)
				end = Math.max(end, (fi.stripOffsets[i] & 0xffffffffL) + (fi.stripLengths[i] & 0xffffffffL));
		}
		else if (fi.compression == FileInfo.COMPRESSION_NONE) {
			end = fi.getOffset() + (long) fi.width * fi.height * fi.getBytesPerPixel() * Math.max(1, fi.nImages);
		}
		return end;
	}

	/** Converts the whole image, or the bounds of its selection when it has an area selection. */
	public static Converted convert(ImagePlus imp) {
		Roi roi = imp.getRoi();
		Rectangle r = roi != null && roi.isArea() ? roi.getBounds() : null;
		return convert(imp, r);
	}

	/** Converts the image, cropped to {@code rect} (full-image coordinates) when it is not null. */
	public static Converted convert(ImagePlus imp, Rectangle rect) {
		List<String> warnings = new ArrayList<>();
		ImageProcessor ip = imp.getProcessor();
		int w = ip.getWidth(), h = ip.getHeight();
		GelImage g;
		boolean lossy = isLossyFile(imp);
		switch (imp.getType()) {
			case ImagePlus.GRAY8:
				g = GelImage.of8Bit(w, h, (byte[]) ip.getPixels());
				break;
			case ImagePlus.GRAY16:
				g = GelImage.of16Bit(w, h, (short[]) ip.getPixels());
				break;
			case ImagePlus.GRAY32:
				g = GelImage.ofFloat(w, h, ((float[]) ip.getPixels()).clone());
				break;
			case ImagePlus.COLOR_256:
				g = GelImage.of8Bit(w, h, paletteToGrey(ip));
				lossy = true;
				warnings.add("palette image: converted to grey through its colour table (lossy)");
				break;
			case ImagePlus.COLOR_RGB: {
				int[] px = (int[]) ip.getPixels();
				boolean grey = true;
				for (int p : px) {
					int r = (p >> 16) & 0xff, gg = (p >> 8) & 0xff, b = p & 0xff;
					if (r != gg || gg != b) {
						grey = false;
						break;
					}
				}
				if (grey) {
					byte[] out = new byte[px.length];
					for (int i = 0; i < px.length; i++) out[i] = (byte) (px[i] & 0xff);
					g = GelImage.of8Bit(w, h, out);
					break;
				}
				// coloured pixels are annotations (lane boxes, labels, separators), not blot: missing
				float[] out = new float[px.length];
				boolean[] annotation = AnnotationMask.of(px, w, h);
				int coloured = 0;
				for (int i = 0; i < px.length; i++) {
					int p = px[i];
					int r = (p >> 16) & 0xff, gg = (p >> 8) & 0xff, b = p & 0xff;
					if (annotation[i]) {
						out[i] = Float.NaN;
						coloured++;
					}
					else out[i] = Math.round(0.299 * r + 0.587 * gg + 0.114 * b);
				}
				// said here: further on it would only be "no finite pixel values", which means nothing to a user
				if (coloured == px.length) throw new InputException(imp.getTitle() + ": every pixel is strongly " +
					"coloured: a colour picture, not a grey blot scan");
				warnings.add("RGB image: converted to luminance (0.299 R + 0.587 G + 0.114 B); " +
					"quantify the original grayscale scan if you have it");
				if (coloured > 0) warnings.add(coloured + " coloured pixels (annotations?) ignored");
				g = GelImage.of8BitWithMissing(w, h, out);
				break;
			}
			default:
				throw new InputException("unsupported image type " + imp.getType() + " in " + imp.getTitle());
		}
		// an imager's multi-page export (chemiluminescence + marker picture, exposures): one image is
		// analysed, the one shown in Fiji; say which, so that a CLI user does not quantify the marker
		if (imp.getStackSize() > 1) {
			String label = imp.getStack().getShortSliceLabel(imp.getCurrentSlice());
			warnings.add("stack of " + imp.getStackSize() + " images: image " + imp.getCurrentSlice() +
				(label == null || label.isEmpty() ? "" : " (" + label + ")") + " analysed (in Fiji, the one shown; " +
				"to analyse another, show it, or save it as its own file)");
		}
		// a LUT that maps 0 to white shows the opposite of the values (ImageJ's "inverting LUT")
		g = g.withLossy(lossy).withInvertedLut(imp.getType() != ImagePlus.COLOR_RGB && ip.isInvertedLut());
		if (lossy) warnings.add("lossy input (JPEG/GIF/palette): band volumes may be distorted by compression");
		if (rect != null) {
			Rectangle c = rect.intersection(new Rectangle(0, 0, w, h));
			if (c.isEmpty()) throw new InputException("selection " + rect.x + "," + rect.y + "," + rect.width + "," +
				rect.height + " lies outside the " + w + "x" + h + " image " + imp.getTitle());
			g = g.crop(c.x, c.y, c.width, c.height);
		}
		return new Converted(g, warnings);
	}

	private static byte[] paletteToGrey(ImageProcessor ip) {
		byte[] idx = (byte[]) ip.getPixels();
		LUT lut = ip.getLut();
		IndexColorModel cm = lut;
		byte[] out = new byte[idx.length];
		for (int i = 0; i < idx.length; i++) {
			int k = idx[i] & 0xff;
			out[i] = (byte) Math.round(0.299 * cm.getRed(k) + 0.587 * cm.getGreen(k) + 0.114 * cm.getBlue(k));
		}
		return out;
	}

	/** JPEG (also inside TIFF), GIF and palette files lose information. */
	static boolean isLossyFile(ImagePlus imp) {
		FileInfo fi = imp.getOriginalFileInfo();
		if (fi != null) {
			if (fi.fileFormat == FileInfo.GIF_OR_JPG) return true;
			if (fi.compression == FileInfo.JPEG) return true;
			if (fi.fileType == FileInfo.COLOR8) return true;
			String name = fi.fileName == null ? "" : fi.fileName.toLowerCase(Locale.ROOT);
			if (name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".gif")) return true;
		}
		String title = imp.getTitle() == null ? "" : imp.getTitle().toLowerCase(Locale.ROOT);
		return title.endsWith(".jpg") || title.endsWith(".jpeg") || title.endsWith(".gif") ||
			new File(title).getName().matches(".*\\.jpe?g$");
	}
}
