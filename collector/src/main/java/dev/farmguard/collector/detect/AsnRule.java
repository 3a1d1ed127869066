package dev.farmguard.collector.detect;

import dev.farmguard.collector.geo.AsnInfo;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An autonomous system whose addresses are VPN exits or hosting, not where a person sits: by number, or by an
 * organisation pattern ({@code *} matches any text, case ignored) when no number is given.
 *
 * @param asn          AS number, or -1 to match by organisation
 * @param organization organisation (documentation when {@code asn} is given, the pattern otherwise)
 * @param kind         e.g. {@code vpn-exit} or {@code hosting}
 */
public record AsnRule(long asn, String organization, String kind) {

    public AsnRule {
        organization = organization == null ? "" : organization.trim();
        kind = kind == null || kind.isBlank() ? "hosting" : kind.trim();
        if (asn < -1 || asn > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("AS number must be 0..4294967295, got " + asn);
        }
        if (asn < 0 && organization.isEmpty()) {
            throw new IllegalArgumentException("give an asn number or an organization pattern");
        }
    }

    public boolean matches(AsnInfo info) {
        if (asn >= 0) {
            return info.number() == asn;
        }
        return pattern().matcher(info.organization().toLowerCase(Locale.ROOT)).matches();
    }

    private Pattern pattern() {
        String quoted = "\\Q" + organization.toLowerCase(Locale.ROOT).replace("\\E", "").replace("*", "\\E.*\\Q") + "\\E";
        return Pattern.compile(quoted);
    }
}
