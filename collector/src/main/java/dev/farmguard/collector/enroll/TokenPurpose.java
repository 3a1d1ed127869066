package dev.farmguard.collector.enroll;

import java.util.Locale;

/** What an enrollment token lets its holder do. */
public enum TokenPurpose {
    /** A laptop's agent enrolls; the collector assigns a new device id. What installers carry. */
    DEVICE,
    /**
     * A replay client enrolls the device ids of a recorded fleet, naming each id itself. Whoever holds
     * such a token can obtain a certificate for any device id, so only admins create them, for tests.
     */
    REPLAY;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TokenPurpose fromApiName(String name) {
        for (TokenPurpose p : values()) {
            if (p.apiName().equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown purpose '" + name + "' (device, replay)");
    }
}
