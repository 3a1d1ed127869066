package dev.farmguard.collector.triage;

import java.util.Locale;

/** Where the security team stands on a device. A device without a case is {@code none} (no row, no enum value). */
public enum CaseState {
    ACKNOWLEDGED,
    INVESTIGATING,
    RESOLVED,
    /** The flag was wrong; a reason is required so the next analyst knows why. */
    FALSE_POSITIVE;

    /** The state a device without a case reports. */
    public static final String NONE = "none";

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean needsReason() {
        return this == FALSE_POSITIVE;
    }

    public static CaseState fromApiName(String name) {
        for (CaseState s : values()) {
            if (s.apiName().equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown case state '" + name
                + "' (acknowledged, investigating, resolved, false_positive)");
    }
}
