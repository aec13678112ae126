package org.blotfig.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The software version, filled in by Maven at build time and written into every output. */
public final class Version {

	private Version() {}

	public static String get() {
		try (InputStream in = Version.class.getResourceAsStream("/org/blotfig/version.properties")) {
			if (in == null) return "unknown";
			Properties p = new Properties();
			p.load(in);
			String v = p.getProperty("version", "unknown");
			return v.startsWith("${") ? "unknown" : v;
		}
		catch (IOException e) {
			return "unknown";
		}
	}
}
