package dev.farmguard.collector.detect;

import dev.farmguard.collector.geo.AsnInfo;
import dev.farmguard.collector.netkind.NetworkKind;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An autonomous system the configuration names as a VPN exit, hosting or mobile carrier: by number, or by an
 * organisation pattern ({@code *} matches any text, case ignored) when no number is given.
 *
 * @param asn          AS number, or -1 to match by organisation
 * @param organization organisation (documentation when {@code asn} is given, the pattern otherwise)
 * @param kind         {@code vpn}, {@code hosting} or {@code mobile}
 */
public record AsnRule(long asn, String organization, NetworkKind kind) {

    public AsnRule {
        organization = organization == null ? "" : organization.trim();
        kind = kind == null ? NetworkKind.HOSTING : kind;
        if (asn < -1 || asn > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("AS number must be 0..4294967295, got " + asn);
        }
        if (asn < 0 && organization.isEmpty()) {
            throw new IllegalArgumentException("give an asn number or an organization pattern");
        }
    }

    /**
     * @param kind {@code vpn} (or the older {@code vpn-exit}), {@code hosting}, {@code mobile}; blank is hosting
     * @throws IllegalArgumentException for any other word
     */
    public AsnRule(long asn, String organization, String kind) {
        this(asn, organization, kind == null || kind.isBlank() ? NetworkKind.HOSTING : NetworkKind.parse(kind)
                .orElseThrow(() -> new IllegalArgumentException("kind '" + kind + "' is not one of vpn, hosting, mobile")));
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
