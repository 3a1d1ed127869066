package dev.farmguard.collector.config;

import dev.farmguard.collector.netkind.AsNumbers;
import dev.farmguard.collector.netkind.AsnList;
import dev.farmguard.collector.netkind.AsnListFormatException;
import dev.farmguard.collector.netkind.NetworkKinds;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads {@code detection.network-kinds}: whether a list of VPN, hosting and mobile networks is used ({@code enabled}),
 * which one (the shipped list, or {@code file} written by {@code asn-list import}), and the AS numbers never to treat
 * as any kind ({@code exclude-asns}). The file is loaded here, so a bad one stops the collector at startup.
 */
final class NetworkKindsFile {

    static final Set<String> KEYS = Set.of("enabled", "file", "exclude-asns");

    private NetworkKindsFile() {}

    static NetworkKinds read(YamlSection n) {
        boolean enabled = !n.has("enabled") || n.parsed("enabled", "true or false", NetworkKindsFile::bool);
        String file = n.has("file") ? n.string("file") : "";
        Set<Long> excluded = n.has("exclude-asns")
                ? new LinkedHashSet<>(n.list("exclude-asns", "an AS number like 64500 or AS64500", NetworkKindsFile::asn))
                : Set.of();
        if (!enabled) {
            if (!file.isEmpty()) {
                throw new ConfigException(n.key("file"), "a list file is named while enabled is false",
                        "remove file, or set enabled: true to use it");
            }
            return NetworkKinds.none(excluded);
        }
        if (file.isEmpty()) {
            return excluded.isEmpty() ? NetworkKinds.shipped() : NetworkKinds.of(AsnList.loadBundled(), "shipped",
                    excluded);
        }
        try {
            return NetworkKinds.of(AsnList.load(Path.of(file)), file, excluded);
        } catch (AsnListFormatException e) {
            throw new ConfigException(n.key("file"), e.getMessage(),
                    "write it with `farmguard-collector asn-list import`, or remove the key for the shipped list");
        }
    }

    private static boolean bool(String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("not true or false");
        };
    }

    private static long asn(String text) {
        return AsNumbers.parse(text).orElseThrow(() -> new IllegalArgumentException("not an AS number"));
    }
}
