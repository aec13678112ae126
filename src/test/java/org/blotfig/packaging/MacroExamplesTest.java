package org.blotfig.packaging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * The example macros in macros/ are what biologists copy: every run("Label", "key=...") must name
 * an existing blotfig command (or an ImageJ built-in listed here) and only keys that command has.
 */
class MacroExamplesTest {

	/** ImageJ 1.x built-ins the examples may use; their keys are not checked. */
	static final Set<String> IMAGEJ_BUILTINS = new HashSet<>(Arrays.asList("Close All", "Duplicate...",
		"Specify...", "Select None", "Invert LUT", "8-bit", "16-bit", "32-bit"));

	static final Pattern RUN = Pattern.compile("run\\(\\s*\"([^\"]+)\"\\s*(?:,\\s*((?:\"[^\"]*\"|[^;\"])*?))?\\)\\s*;");
	static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"");
	static final Pattern KEY = Pattern.compile("(?:^|[\\s\\]])([a-z][a-z0-9_]*)=");

	@Test
	void everyExampleMacroUsesRealCommandsAndKeys() throws Exception {
		Map<String, Set<String>> keysByLabel = new HashMap<>();
		for (String name : PluginIndexTest.commandClasses()) {
			Class<?> c = Class.forName(name);
			Set<String> keys = new HashSet<>();
			for (Field f : c.getDeclaredFields())
				if (f.getAnnotation(Parameter.class) != null) keys.add(f.getName());
			keysByLabel.put(PluginIndexTest.label(c.getAnnotation(Plugin.class)), keys);
		}
		List<Path> macros;
		try (Stream<Path> s = Files.list(Paths.get("macros"))) {
			macros = s.filter(p -> p.toString().endsWith(".ijm")).sorted().collect(Collectors.toList());
		}
		assertFalse(macros.isEmpty(), "no example macros in macros/");
		for (Path macro : macros) {
			String text = stripComments(new String(Files.readAllBytes(macro), StandardCharsets.UTF_8));
			Matcher run = RUN.matcher(text);
			int blotfigCalls = 0;
			while (run.find()) {
				String label = run.group(1);
				if (IMAGEJ_BUILTINS.contains(label)) continue;
				Set<String> keys = keysByLabel.get(label);
				assertTrue(keys != null, macro + ": run(\"" + label + "\") is not a blotfig command " +
					"(known: " + keysByLabel.keySet() + ")");
				blotfigCalls++;
				for (String key : keysIn(run.group(2)))
					assertTrue(keys.contains(key), macro + ": '" + label + "' has no parameter '" + key + "'");
			}
			assertTrue(blotfigCalls > 0, macro + " runs no blotfig command");
		}
	}

	/** Keys appear only inside the string literals of the options argument. */
	static Set<String> keysIn(String options) {
		Set<String> keys = new HashSet<>();
		if (options == null) return keys;
		Matcher lit = LITERAL.matcher(options);
		while (lit.find()) {
			Matcher k = KEY.matcher(lit.group(1));
			while (k.find()) keys.add(k.group(1));
		}
		return keys;
	}

	static String stripComments(String text) {
		return Arrays.stream(text.split("\n")).map(l -> l.replaceAll("^\\s*//.*$", ""))
			.collect(Collectors.joining("\n"));
	}
}
