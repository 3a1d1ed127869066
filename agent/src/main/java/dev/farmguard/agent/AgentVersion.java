package dev.farmguard.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The agent's own version, from a resource filtered at build time (works in tests and in the shaded jar). */
public final class AgentVersion {

    private static final String RESOURCE = "agent-version.properties";
    private static final String VERSION = load();

    private AgentVersion() {
    }

    /** E.g. "0.1.0-SNAPSHOT". */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = AgentVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " (build with Maven)");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
