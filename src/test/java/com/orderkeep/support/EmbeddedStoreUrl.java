package com.orderkeep.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The embedded store's JDBC URL exactly as {@code application.properties} writes it, for tests and benchmarks that
 * open the store without the application.
 */
public final class EmbeddedStoreUrl {

	private EmbeddedStoreUrl() {
	}

	/** The application's URL with {@code ${orderkeep.data-dir}} pointing at {@code dataDir}. */
	public static String of(Path dataDir) {
		Properties properties = new Properties();
		try (InputStream in = EmbeddedStoreUrl.class.getResourceAsStream("/application.properties")) {
			if (in == null) {
				throw new IllegalStateException("application.properties is not on the classpath");
			}
			properties.load(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		String url = properties.getProperty("spring.datasource.url");
		if (url == null || !url.startsWith("jdbc:hsqldb:file:${orderkeep.data-dir}/")) {
			throw new IllegalStateException("Unexpected embedded store URL in application.properties: " + url);
		}
		return url.replace("${orderkeep.data-dir}", dataDir.toAbsolutePath().toString());
	}

	/** The same URL with one property's value changed, e.g. {@code hsqldb.write_delay} to {@code true}. */
	public static String with(String url, String property, String value) {
		String current = property + "=";
		int start = url.indexOf(current);
		if (start < 0) {
			throw new IllegalArgumentException(url + " has no " + property);
		}
		int end = url.indexOf(';', start);
		return url.substring(0, start) + current + value + (end < 0 ? "" : url.substring(end));
	}
}
