package org.blotfig.packaging;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;

/** Runs after packaging: the jar Fiji installs holds the plugin index and no shaded libraries. */
class PluginJarIT {

	static File pluginJar() {
		File[] jars = new File("target").listFiles((d, n) -> n.startsWith("blotfig_") && n.endsWith(".jar") &&
			!n.contains("sources") && !n.contains("tests") && !n.contains("javadoc"));
		assertNotNull(jars);
		assertTrue(jars.length == 1, "expected one plugin jar in target/");
		return jars[0];
	}

	@Test
	void jarListsEveryCommandAndShadesNothing() throws Exception {
		Set<String> commands = PluginIndexTest.commandClasses();
		try (JarFile jar = new JarFile(pluginJar())) {
			ZipEntry index = jar.getEntry("META-INF/json/org.scijava.plugin.Plugin");
			assertNotNull(index, "plugin jar has no SciJava plugin index");
			String json;
			try (InputStream in = jar.getInputStream(index)) {
				json = new String(readAll(in), StandardCharsets.UTF_8);
			}
			for (String c : commands) assertTrue(json.contains("\"" + c + "\""), c + " not in the jar's index");
			jar.stream().forEach(e -> assertTrue(e.getName().startsWith("META-INF") ||
				e.getName().startsWith("org/blotfig/") || e.getName().equals("plugins.config") ||
				e.getName().equals("org/") || e.getName().endsWith("/") && "org/blotfig/".startsWith(e.getName()),
				"unexpected (shaded?) entry in plugin jar: " + e.getName()));
			if (new File("src/main/resources/plugins.config").exists())
				assertNotNull(jar.getEntry("plugins.config"), "plugins.config missing from the jar");
		}
	}

	/** Fiji-Stable runs Java 8: every class in the plugin jar must be Java 8 bytecode (major 52). */
	@Test
	void everyClassIsJava8Bytecode() throws Exception {
		int classes = 0;
		try (JarFile jar = new JarFile(pluginJar())) {
			for (java.util.Enumeration<java.util.jar.JarEntry> e = jar.entries(); e.hasMoreElements();) {
				java.util.jar.JarEntry entry = e.nextElement();
				if (!entry.getName().endsWith(".class")) continue;
				byte[] b;
				try (InputStream in = jar.getInputStream(entry)) {
					b = readAll(in);
				}
				int major = (b[6] & 0xff) << 8 | (b[7] & 0xff);
				assertTrue(major == 52, entry.getName() + " is class file version " + major + ", not Java 8 (52)");
				classes++;
			}
		}
		assertTrue(classes > 50, "too few classes in the plugin jar: " + classes);
	}

	private static byte[] readAll(InputStream in) throws java.io.IOException {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		byte[] buf = new byte[8192];
		for (int n; (n = in.read(buf)) > 0;) out.write(buf, 0, n);
		return out.toByteArray();
	}
}
