package dev.farmguard.collector.detect;

import dev.farmguard.collector.geo.AsnInfo;
import dev.farmguard.collector.geo.GeoLocation;
import dev.farmguard.collector.netkind.NetworkKind;
import java.util.Optional;

/**
 * What the collector knows about one public address a device came from.
 *
 * @param ip           the address as reported
 * @param householdKey the network a home shows (IPv4 address, IPv6 /64), null when not a usable public address
 * @param location     GeoIP location, null when unknown or without coordinates
 * @param asn          GeoIP autonomous system, null when unknown
 * @param networkKind  the kind of network its AS is ({@link NetworkKind#VPN}, {@link NetworkKind#HOSTING},
 *                     {@link NetworkKind#MOBILE}: a carrier-grade NAT shared by unrelated subscribers), from the
 *                     configuration's {@code vpn-hosting-asns} or the network-kinds list; null for an ordinary
 *                     network or an unknown AS
 * @param officeName   name of the configured office network holding it, else null
 */
public record IpFacts(String ip, String householdKey, GeoLocation location, AsnInfo asn, NetworkKind networkKind,
                      String officeName) {

    /** Nothing known: no address, or not a literal. */
    public static IpFacts unknown(String ip) {
        return new IpFacts(ip, null, null, null, null, null);
    }

    /** {@code "vpn"} or {@code "hosting"} when the address is such an exit, else null (mobile is not an exit). */
    public String exitKind() {
        return vpnOrHosting() ? networkKind.id() : null;
    }

    /** The address is a VPN exit or hosting: where it is says nothing about where the person sits. */
    public boolean vpnOrHosting() {
        return networkKind != null && networkKind.exit();
    }

    /** A mobile carrier's carrier-grade NAT: a place (roughly), but shared by many unrelated people. */
    public boolean mobile() {
        return networkKind == NetworkKind.MOBILE;
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
