package dev.farmguard.collector.detect;

import dev.farmguard.collector.geo.AsnInfo;
import dev.farmguard.collector.geo.GeoIpLookup;
import dev.farmguard.collector.geo.GeoLocation;
import dev.farmguard.collector.net.IpLiteral;
import dev.farmguard.collector.netkind.NetworkKind;
import dev.farmguard.collector.netkind.NetworkKinds;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Looks up public addresses once: GeoIP location and network, the network's kind (VPN, hosting, mobile: the
 * configuration's own entries first, then the network-kinds list; excluded AS numbers are never a kind) and the
 * office holding them. Thread-safe; answers are cached (the cache is emptied when it grows past its bound).
 */
public final class IpIntel {

    static final int MAX_CACHED = 200_000;

    private final GeoIpLookup geo;
    private final List<AsnRule> configured;
    private final NetworkKinds kinds;
    private final List<OfficeNetwork> offices;
    private final Map<String, IpFacts> cache = new ConcurrentHashMap<>();

    public IpIntel(GeoIpLookup geo, List<AsnRule> vpnHostingAsns, NetworkKinds kinds, List<OfficeNetwork> offices) {
        this.geo = geo;
        this.configured = List.copyOf(vpnHostingAsns);
        this.kinds = kinds;
        this.offices = List.copyOf(offices);
    }

    public static IpIntel of(GeoIpLookup geo, DetectionConfig config) {
        return new IpIntel(geo, config.vpnHostingAsns(), config.networkKinds(), config.officeNetworks());
    }

    /** The GeoIP databases behind the lookups (the reports' map places addresses with them too). */
    public GeoIpLookup geo() {
        return geo;
    }

    public IpFacts lookup(String ip) {
        if (ip == null || ip.isBlank()) {
            return IpFacts.unknown(ip);
        }
        IpFacts hit = cache.get(ip);
        if (hit != null) {
            return hit;
        }
        IpFacts facts = IpLiteral.parse(ip).map(a -> facts(ip, a)).orElseGet(() -> IpFacts.unknown(ip));
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(ip, facts);
        return facts;
    }

    private IpFacts facts(String ip, InetAddress address) {
        if (!IpAddresses.isPublic(address)) {
            return IpFacts.unknown(ip);
        }
        GeoLocation location = geo.city(address).filter(GeoLocation::hasCoordinates).orElse(null);
        AsnInfo asn = geo.asn(address).orElse(null);
        NetworkKind kind = asn == null ? null : kind(asn);
        String office = offices.stream().filter(o -> o.publicCidrs().stream().anyMatch(c -> c.contains(address)))
                .map(OfficeNetwork::name).findFirst().orElse(null);
        return new IpFacts(ip, IpAddresses.householdKey(address), location, asn, kind, office);
    }

    private NetworkKind kind(AsnInfo asn) {
        if (kinds.excluded(asn.number())) {
            return null;
        }
        return configured.stream().filter(r -> r.matches(asn)).map(AsnRule::kind).findFirst()
                .or(() -> kinds.kindOf(asn.number())).orElse(null);
    }

    /** Name of the configured office whose router has this MAC, if any. */
    public Optional<String> officeGateway(String mac) {
        return offices.stream().filter(o -> o.gatewayMacs().contains(mac)).map(OfficeNetwork::name).findFirst();
    }

    /** Name of the configured office whose access point has this BSSID, if any. */
    public Optional<String> officeBssid(String bssid) {
        return offices.stream().filter(o -> o.bssids().contains(bssid)).map(OfficeNetwork::name).findFirst();
    }
}
