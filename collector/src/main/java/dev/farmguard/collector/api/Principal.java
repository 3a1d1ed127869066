package dev.farmguard.collector.api;

import dev.farmguard.collector.auth.Role;

/** Who is calling: the token's id and role; {@link #ANONYMOUS} on public routes. */
public record Principal(String tokenId, Role role) {

    public static final Principal ANONYMOUS = new Principal("", null);
}
