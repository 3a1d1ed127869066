package dev.farmguard.collector.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Identities (PNP id + product code) known to belong to real monitors, panels and TVs. An external display whose
 * identity is not here is one of the EDID tells. The bundled list holds the real monitors of the linuxhw/EDID
 * sample (CC BY 4.0, "linuxhw/EDID, linux-hardware.org"); operators can load a larger one from a file.
 * File format: one identity a line as {@code PNP} TAB {@code product code in 4 hex digits}; '#' starts a comment.
 */
public final class MonitorReference {

    public static final String BUNDLED_RESOURCE = "/catalog/monitor-identities.tsv";

    private final Set<String> identities;
    private final String origin;

    private MonitorReference(Set<String> identities, String origin) {
        this.identities = Set.copyOf(identities);
        this.origin = origin;
    }

    public static MonitorReference bundled() {
        try (InputStream in = MonitorReference.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUNDLED_RESOURCE);
            }
            String origin = "classpath:" + BUNDLED_RESOURCE;
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), origin);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUNDLED_RESOURCE, e);
        }
    }

    public static MonitorReference load(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read monitor reference " + file.toAbsolutePath(), e);
        }
    }

    public static MonitorReference of(List<String> identities, String origin) {
        Set<String> set = new HashSet<>();
        identities.forEach(i -> set.add(i.toUpperCase(Locale.ROOT)));
        return new MonitorReference(set, origin);
    }

    static MonitorReference parse(String text, String origin) {
        Set<String> set = new HashSet<>();
        String[] lines = text.split("\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 2 || !cols[0].matches("[A-Za-z@\\[\\\\\\]^_]{3}") || !cols[1].matches("[0-9A-Fa-f]{4}")) {
                throw new IllegalArgumentException(origin + " line " + (n + 1)
                        + ": expected PNP id TAB 4 hex digits, got \"" + line + "\"");
            }
            set.add((cols[0] + cols[1]).toUpperCase(Locale.ROOT));
        }
        return new MonitorReference(set, origin);
    }

    /** Whether a real monitor with this identity is known, e.g. {@code contains("DEL", 0xA0B4)}. */
    public boolean contains(String pnpId, int productCode) {
        return identities.contains((pnpId + String.format("%04X", productCode)).toUpperCase(Locale.ROOT));
    }

    public int size() {
        return identities.size();
    }

    public String origin() {
        return origin;
    }
}
