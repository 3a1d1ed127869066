package dev.farmguard.collector.auth;

import java.util.Locale;

/**
 * What an API token may do; least privilege: give each caller the smallest role that works.
 *
 * <p>{@code viewer}, {@code analyst} and {@code admin} form a ladder: each may do everything the one below may.
 * {@code ingest-proxy} stands apart: it satisfies only itself (and admin satisfies it), so a proxy's token reads
 * nothing. Tokens issued as {@code analyst} before triage existed were read-only; schema V6 turned them into
 * {@code viewer} so no token silently gained the right to triage.
 */
public enum Role {
    /** Read-only queries: devices, roster, clusters, cases, suppressions, metrics. */
    VIEWER(1),
    /** Reads plus triage: cases and suppressions. */
    ANALYST(2),
    /** Everything: roster import, tokens, enrollment, device revocation, detection runs, the audit log. */
    ADMIN(3),
    /** Reserved for a front proxy that forwards agent traffic; may not read or change anything over the API. */
    INGEST_PROXY(0);

    /** Position on the viewer &lt; analyst &lt; admin ladder; 0 = not on it. */
    private final int rank;

    Role(int rank) {
        this.rank = rank;
    }

    public String apiName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Role fromApiName(String name) {
        for (Role r : values()) {
            if (r.apiName().equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + name + "' (viewer, analyst, admin, ingest-proxy)");
    }

    /** True when a holder of this role may call an endpoint that requires {@code required}. */
    public boolean satisfies(Role required) {
        if (this == required || this == ADMIN) {
            return true;
        }
        return rank > 0 && required.rank > 0 && rank >= required.rank;
    }
}
