package dev.farmguard.agent.probe.locale;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Windows time zone names ("Pacific Standard Time", the registry's {@code TimeZoneKeyName} and
 * {@code tzutil /g}) to IANA ids, from the bundled default mapping of Unicode CLDR's windowsZones
 * ({@code windows-zones.tsv} next to this class).
 */
public final class WindowsZones {

    private static final String RESOURCE = "windows-zones.tsv";
    private static final Map<String, String> IANA = load();

    private WindowsZones() {
    }

    /** The IANA id of a Windows zone name (case-insensitive), empty when CLDR does not know it. */
    public static Optional<String> iana(String windowsName) {
        return Optional.ofNullable(IANA.get(windowsName.trim().toLowerCase(Locale.ROOT)));
    }

    /** Every mapping, Windows name (lower case) to IANA id. */
    static Map<String, String> all() {
        return IANA;
    }

    private static Map<String, String> load() {
        try (InputStream in = WindowsZones.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Map<String, String> map = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] fields = line.split("\t");
                if (!line.startsWith("#") && fields.length == 2) {
                    map.put(fields[0].trim().toLowerCase(Locale.ROOT), fields[1].trim());
                }
            }
            return Collections.unmodifiableMap(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
