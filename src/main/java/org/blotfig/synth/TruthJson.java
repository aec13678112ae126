package org.blotfig.synth;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.blotfig.core.InputException;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

/** truth.json reading and writing: pretty, snake_case keys, byte-identical for identical truth. */
public final class TruthJson {

	private TruthJson() {}

	/** The Gson configuration used for truth files (and spec copies). */
	public static Gson gson() {
		// a new instance each time: Gson is cheap to build and this keeps no static state
		return new GsonBuilder().setPrettyPrinting()
			.setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
			.disableHtmlEscaping().create();
	}

	/** The truth as pretty JSON text, ending with a newline. */
	public static String toJson(Truth t) {
		return gson().toJson(t) + "\n";
	}

	/** Reads a truth.json file; throws {@link InputException} naming the file when it is not one. */
	public static Truth read(Path file) {
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			Truth t = gson().fromJson(in, Truth.class);
			if (t == null || !Truth.FORMAT.equals(t.format)) throw new InputException(file,
				"not a blotfig synthetic-blot truth file (format is not " + Truth.FORMAT + ")");
			return t;
		}
		catch (NoSuchFileException e) {
			throw new InputException(file, "file not found");
		}
		catch (IOException | JsonParseException e) {
			throw new InputException(file, "cannot read truth JSON: " + e.getMessage(), e);
		}
	}
}
