package org.blotfig.gel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.blotfig.core.InputException;
import org.blotfig.core.ProgressListener;
import org.blotfig.synth.BlotGenerator;
import org.blotfig.synth.Preset;
import org.blotfig.synth.SyntheticBlot;
import org.junit.jupiter.api.Test;

import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ShortArray;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.view.Views;

/** An ImgLib2 image gives exactly what the same pixels give through the array route. */
class ImgLib2ImagesTest {

	@Test
	void sixteenBitImgMatchesTheArrayRouteBandForBand() {
		SyntheticBlot blot = BlotGenerator.generate(Preset.TYPICAL.spec().seed(5));
		int w = blot.truth().width, h = blot.truth().height;
		short[] px = blot.pixels16();
		ArrayImg<UnsignedShortType, ShortArray> img = ArrayImgs.unsignedShorts(px.clone(), w, h);
		GelImage viaImgLib2 = ImgLib2Images.of(img), viaArray = GelImage.of16Bit(w, h, px);
		assertEquals(65535, viaImgLib2.typeMax());
		assertArrayEquals(viaArray.values(), viaImgLib2.values());
		GelResult a = new GelAnalyzer().analyze(viaImgLib2, new GelParams(), ProgressListener.NONE);
		GelResult b = new GelAnalyzer().analyze(viaArray, new GelParams(), ProgressListener.NONE);
		assertEquals(b.lanes.size(), a.lanes.size());
		assertEquals(b.bands.size(), a.bands.size());
		for (int i = 0; i < a.bands.size(); i++) assertEquals(b.bands.get(i).volume, a.bands.get(i).volume, 0);
	}

	@Test
	void anOffsetIntervalIsReadFromItsOwnOrigin() {
		ArrayImg<UnsignedShortType, ShortArray> img = ArrayImgs.unsignedShorts(new short[] { 1, 2, 3, 4, 5, 6 }, 3, 2);
		GelImage g = ImgLib2Images.of(Views.translate(img, 10, 20));
		assertArrayEquals(new float[] { 1, 2, 3, 4, 5, 6 }, g.values());
	}

	@Test
	void aStackIsRefused() {
		assertThrows(InputException.class, () -> ImgLib2Images.of(ArrayImgs.unsignedShorts(2, 2, 2)));
	}
}
