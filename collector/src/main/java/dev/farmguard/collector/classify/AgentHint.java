package dev.farmguard.collector.classify;

import java.util.Locale;
import java.util.Optional;

/**
 * One piece of evidence the agent attached to a catalog match it made itself, read the one way the agent writes
 * it. A VPN hint's evidence is {@code KIND:VALUE} ({@code process:asproxy}, {@code path:/usr/local/Astrill},
 * {@code adapter:astrill0}, {@code service:astrill-reconnect.service}, see {@code VpnClient.evidence} in
 * snapshot.proto); a jiggler observation carries its kind in a field of its own ({@code process}, {@code install},
 * {@code usb}). Evidence without a known kind (older agents, hand-written replays) is {@link Kind#ANY}: every
 * reading is tried. A Windows path's drive letter ({@code C:\...}) is not a kind.
 *
 * @param kind  what the value names
 * @param value the name or path itself, prefix removed
 */
record AgentHint(Kind kind, String value) {

    enum Kind {
        /** A running process's name (or its executable path). */
        PROCESS,
        /** A file or folder found on disk. */
        PATH,
        /** An OS service or unit name. */
        SERVICE,
        /** A network adapter's name. */
        ADAPTER,
        /** A USB device: {@code vvvv:pppp} followed by its strings. */
        USB,
        /** No kind given: try every reading. */
        ANY
    }

    AgentHint {
        value = value == null ? "" : value.trim();
    }

    /** A VPN hint's {@code KIND:VALUE} evidence. */
    static AgentHint parse(String evidence) {
        String text = evidence == null ? "" : evidence;
        int colon = text.indexOf(':');
        if (colon > 0) {
            Optional<Kind> kind = kind(text.substring(0, colon));
            if (kind.isPresent()) {
                return new AgentHint(kind.get(), text.substring(colon + 1));
            }
        }
        return new AgentHint(Kind.ANY, text);
    }

    /** A jiggler observation: its kind field and its evidence. */
    static AgentHint of(String kind, String evidence) {
        return kind(kind == null ? "" : kind).map(k -> new AgentHint(k, evidence))
                .orElseGet(() -> new AgentHint(Kind.ANY, evidence));
    }

    /** The kind names the agent writes; {@code install} is the jiggler probe's word for a path. */
    private static Optional<Kind> kind(String word) {
        return switch (word.trim().toLowerCase(Locale.ROOT)) {
            case "process" -> Optional.of(Kind.PROCESS);
            case "path", "install" -> Optional.of(Kind.PATH);
            case "service" -> Optional.of(Kind.SERVICE);
            case "adapter" -> Optional.of(Kind.ADAPTER);
            case "usb" -> Optional.of(Kind.USB);
            default -> Optional.empty();
        };
    }

    /**
     * The catalog pattern of {@code traces} this hint names: a process or path by executable, a service by name.
     * Adapters and USB devices are for the caller (they are not traces); {@link Kind#ANY} tries each trace reading.
     */
    Optional<String> matchTraces(TraceMatcher traces) {
        return switch (kind) {
            case PROCESS, PATH -> traces.executable(value);
            case SERVICE -> traces.serviceName(value);
            case ANY -> traces.executable(value).or(() -> traces.serviceName(value));
            case ADAPTER, USB -> Optional.empty();
        };
    }

    /** The hint as the agent wrote it, for evidence. */
    String describe() {
        return kind == Kind.ANY ? value : kind.name().toLowerCase(Locale.ROOT) + ":" + value;
    }
}
