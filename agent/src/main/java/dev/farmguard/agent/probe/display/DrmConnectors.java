package dev.farmguard.agent.probe.display;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses Linux DRM connector directory names such as "card0-eDP-1" or "card1-HDMI-A-2". */
public final class DrmConnectors {

    private static final Pattern CONNECTOR = Pattern.compile("card\\d+-(.+)-\\d+");

    private DrmConnectors() {
    }

    /** The connector type ("eDP", "HDMI-A", "Virtual"), or empty when the name is not a connector. */
    public static Optional<String> type(String directoryName) {
        Matcher matcher = CONNECTOR.matcher(directoryName);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** eDP, LVDS and DSI are built-in panels; Virtual is virtual; every other type is an external port. */
    public static DisplayConnectionKind kind(String type) {
        return switch (type) {
            case "eDP", "LVDS", "DSI" -> DisplayConnectionKind.INTERNAL;
            case "Virtual" -> DisplayConnectionKind.VIRTUAL;
            case "Unknown" -> DisplayConnectionKind.UNKNOWN;
            default -> DisplayConnectionKind.EXTERNAL;
        };
    }

    /** Writeback connectors are capture sinks of the GPU, not displays. */
    public static boolean isDisplay(String type) {
        return !type.equals("Writeback");
    }
}
