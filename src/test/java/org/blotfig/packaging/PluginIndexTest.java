package org.blotfig.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Fiji finds commands only through the annotation processor's index: every command class in
 * the code base must be listed, with a unique label and snake_case macro keys.
 */
class PluginIndexTest {

	static final Path CLASSES = Paths.get("target", "classes");

	static Set<String> commandClasses() throws IOException, ClassNotFoundException {
		Set<String> found = new TreeSet<>();
		try (Stream<Path> files = Files.walk(CLASSES)) {
			for (Path p : (Iterable<Path>) files::iterator) {
				String rel = CLASSES.relativize(p).toString().replace('\\', '/');
				if (!rel.endsWith(".class") || rel.contains("$")) continue;
				String name = rel.substring(0, rel.length() - 6).replace('/', '.');
				Class<?> c = Class.forName(name, false, PluginIndexTest.class.getClassLoader());
				Plugin plugin = c.getAnnotation(Plugin.class);
				if (plugin != null && Command.class.isAssignableFrom(plugin.type())) found.add(name);
			}
		}
		return found;
	}

	static Set<String> indexedClasses() throws IOException {
		Path index = CLASSES.resolve("META-INF/json/org.scijava.plugin.Plugin");
		assertTrue(Files.exists(index), "annotation processor wrote no plugin index at " + index);
		String json = new String(Files.readAllBytes(index), StandardCharsets.UTF_8);
		Set<String> listed = new TreeSet<>();
		Matcher m = Pattern.compile("\"class\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
		while (m.find()) listed.add(m.group(1));
		return listed;
	}

	@Test
	void everyCommandIsInThePluginIndex() throws Exception {
		Set<String> commands = commandClasses();
		assertFalse(commands.isEmpty(), "no SciJava command found in target/classes");
		Set<String> listed = indexedClasses();
		for (String c : commands) assertTrue(listed.contains(c), c + " is missing from the plugin index");
	}

	@Test
	void commandsAreHeadlessWithUniqueLabelsAndSnakeCaseKeys() throws Exception {
		Set<String> labels = new TreeSet<>();
		for (String name : commandClasses()) {
			Class<?> c = Class.forName(name);
			Plugin plugin = c.getAnnotation(Plugin.class);
			assertTrue(plugin.headless(), name + " must be headless = true");
			String label = label(plugin);
			assertFalse(label.isEmpty(), name + " has no menu label");
			assertTrue(labels.add(label), "duplicate menu label '" + label + "'");
			List<String> keys = new ArrayList<>();
			for (Field f : c.getDeclaredFields()) {
				if (f.getAnnotation(Parameter.class) == null) continue;
				Parameter p = f.getAnnotation(Parameter.class);
				if (p.type() == org.scijava.ItemIO.OUTPUT || isService(f.getType())) continue;
				assertTrue(f.getName().matches("[a-z][a-z0-9]*(_[a-z0-9]+)*"),
					name + "." + f.getName() + " is not a snake_case macro key");
				keys.add(f.getName());
			}
			// ImageJ matches a key after '_' inside a longer key: no key may be a _-suffix of another
			for (String a : keys)
				for (String b : keys)
					assertFalse(!a.equals(b) && b.endsWith("_" + a), name + ": key '" + a +
						"' collides with '" + b + "' in macros");
		}
		assertEquals(labels.size(), commandClasses().size());
	}

	private static boolean isService(Class<?> type) {
		return org.scijava.service.Service.class.isAssignableFrom(type) ||
			org.scijava.Context.class.isAssignableFrom(type) ||
			type.getName().startsWith("org.scijava.") && type.getSimpleName().endsWith("Service") ||
			org.scijava.log.Logger.class.isAssignableFrom(type);
	}

	static String label(Plugin plugin) {
		if (plugin.menu().length > 0) return plugin.menu()[plugin.menu().length - 1].label();
		String path = plugin.menuPath();
		return path.substring(path.lastIndexOf('>') + 1).trim();
	}
}
