package dev.farmguard.collector.api;

import dev.farmguard.collector.auth.Role;

/** Who is calling: the token's id, role and name; {@link #ANONYMOUS} on public routes. */
public record Principal(String tokenId, Role role, String name) {

    public static final Principal ANONYMOUS = new Principal("", null, "");

    public Principal(String tokenId, Role role) {
        this(tokenId, role, "");
    }

    /** How a change records its author: "name (id)". */
    public String label() {
        return name.isEmpty() ? tokenId : name + " (" + tokenId + ")";
    }
}
