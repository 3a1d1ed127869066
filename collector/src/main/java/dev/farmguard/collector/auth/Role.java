package dev.farmguard.collector.auth;

import java.util.Locale;

/** What an API token may do; least privilege: give each caller the smallest role that works. */
public enum Role {
    /** Everything: roster import, token management, all reads. */
    ADMIN,
    /** Read-only queries (the security team). */
    ANALYST,
    /** Reserved for a front proxy that forwards agent traffic; may not read or change anything over the API. */
    INGEST_PROXY;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Role fromApiName(String name) {
        for (Role r : values()) {
            if (r.apiName().equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + name + "' (admin, analyst, ingest-proxy)");
    }

    /** True when a holder of this role may call an endpoint that requires {@code required}. */
    public boolean satisfies(Role required) {
        return this == ADMIN || this == required;
    }
}
