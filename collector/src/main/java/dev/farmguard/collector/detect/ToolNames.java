package dev.farmguard.collector.detect;

import dev.farmguard.collector.catalog.Catalog;
import dev.farmguard.collector.catalog.RemoteToolSignature;
import java.util.Locale;

/** Maps the tool names agents write in logs and unattended-access entries to catalog ids. */
public final class ToolNames {

    private ToolNames() {}

    /** The catalog id of a tool named {@code reported} ("AnyDesk", "anydesk", "Chrome Remote Desktop"), else the name. */
    public static String catalogId(String reported, Catalog catalog) {
        String wanted = squash(reported);
        if (wanted.isEmpty()) {
            return "";
        }
        for (RemoteToolSignature t : catalog.remoteTools()) {
            if (squash(t.id()).equals(wanted) || squash(t.name()).equals(wanted)) {
                return t.id();
            }
        }
        return reported.trim().toLowerCase(Locale.ROOT);
    }

    private static String squash(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
