/**
 * Synthetic Western blots with exact ground truth, for tests and accuracy benchmarks.
 *
 * <pre>
 * BlotSpec spec = Preset.TYPICAL.spec().seed(42);          // or new BlotSpec() and the setters
 * int actin = spec.addRow("beta-actin", 260, 4, 5e6);        // rows: name, y, sigma, amount
 * spec.volume(2, actin, 7.5e6).saturate(5, actin, 1.5);      // explicit per-band volumes
 * SyntheticBlot blot = BlotGenerator.generate(spec);         // pure, deterministic, in memory
 * short[] px = blot.pixels16();                              // or pixels8() for 8-bit
 * float[] ideal = blot.bandImage();                          // noise-free band-only image
 * Truth t = blot.truth();                                    // lanes, bands (volume, box, saturated), params
 * String json = TruthJson.toJson(t);                         // truth.json text; TruthJson.read(path)
 * </pre>
 *
 * TIFF files are written and read by {@code org.blotfig.ij.BlotTiff} / {@code SynthFiles}
 * (ImageJ lives only there). Volume convention: integrated signal above the background (light
 * bands) or integrated darkening below it (dark bands), in raw units x pixels, exact on the
 * pixel grid; see {@link org.blotfig.synth.Truth.Conventions}.
 */
package org.blotfig.synth;
