package dev.farmguard.collector.netkind;

import java.util.Locale;
import java.util.Optional;

/** What kind of network an autonomous system is, when it is not simply where its users sit. */
public enum NetworkKind {
    /** Exits of VPN services (and Tor): the address says where the tunnel ends, not where the person is. */
    VPN("vpn", true),
    /** Data centres, clouds, CDNs: servers, or VPNs run on them. */
    HOSTING("hosting", true),
    /**
     * Mobile carriers: the address is a carrier-grade NAT gateway shared by many unrelated subscribers, located
     * roughly (a region, not a home). Still a place, unlike the two exit kinds.
     */
    MOBILE("mobile", false);

    private final String id;
    private final boolean exit;

    NetworkKind(String id, boolean exit) {
        this.id = id;
        this.exit = exit;
    }

    /** The word written in files and configuration: {@code vpn}, {@code hosting}, {@code mobile}. */
    public String id() {
        return id;
    }

    /** A VPN or hosting exit: its location says nothing about where the person sits. */
    public boolean exit() {
        return exit;
    }

    /** Reads a kind word; {@code vpn-exit} (the configuration's older word) is {@link #VPN}. */
    public static Optional<NetworkKind> parse(String word) {
        String w = word == null ? "" : word.trim().toLowerCase(Locale.ROOT);
        if (w.equals("vpn-exit")) {
            return Optional.of(VPN);
        }
        for (NetworkKind k : values()) {
            if (k.id.equals(w)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
