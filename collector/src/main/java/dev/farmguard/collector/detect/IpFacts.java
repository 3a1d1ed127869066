package dev.farmguard.collector.detect;

import dev.farmguard.collector.geo.AsnInfo;
import dev.farmguard.collector.geo.GeoLocation;
import java.util.Optional;

/**
 * What the collector knows about one public address a device came from.
 *
 * @param ip           the address as reported
 * @param householdKey the network a home shows (IPv4 address, IPv6 /64), null when not a usable public address
 * @param location     GeoIP location, null when unknown or without coordinates
 * @param asn          GeoIP autonomous system, null when unknown
 * @param exitKind     kind of a configured VPN/hosting network ({@code vpn-exit}, {@code hosting}), else null
 * @param officeName   name of the configured office network holding it, else null
 */
public record IpFacts(String ip, String householdKey, GeoLocation location, AsnInfo asn, String exitKind,
                      String officeName) {

    /** Nothing known: no address, or not a literal. */
    public static IpFacts unknown(String ip) {
        return new IpFacts(ip, null, null, null, null, null);
    }

    /** The address is a VPN exit or hosting: where it is says nothing about where the person sits. */
    public boolean vpnOrHosting() {
        return exitKind != null;
    }

    public boolean office() {
        return officeName != null;
    }

    /** A location that tells where the device is: known, not a VPN/hosting exit. */
    public Optional<GeoLocation> personLocation() {
        return location == null || vpnOrHosting() ? Optional.empty() : Optional.of(location);
    }

    /** "City, Region, CC" for evidence. */
    public String place() {
        if (location == null) {
            return "unknown";
        }
        StringBuilder s = new StringBuilder();
        for (String part : new String[] {location.city(), location.region(), location.countryIsoCode()}) {
            if (!part.isEmpty()) {
                s.append(s.length() == 0 ? "" : ", ").append(part);
            }
        }
        return s.length() == 0 ? "unknown" : s.toString();
    }
}
