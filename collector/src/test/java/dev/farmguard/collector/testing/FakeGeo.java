package dev.farmguard.collector.testing;

import dev.farmguard.collector.geo.AsnInfo;
import dev.farmguard.collector.geo.GeoIpLookup;
import dev.farmguard.collector.geo.GeoLocation;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A GeoIP database of a few addresses, for rule tests. */
public final class FakeGeo implements GeoIpLookup {

    private final Map<String, GeoLocation> cities = new HashMap<>();
    private final Map<String, AsnInfo> asns = new HashMap<>();

    public FakeGeo place(String ip, String country, String city, double lat, double lon, String zone, long asn,
                         String org) {
        cities.put(ip, new GeoLocation(country, "", city, lat, lon, 20, zone));
        asns.put(ip, new AsnInfo(asn, org));
        return this;
    }

    @Override
    public Optional<GeoLocation> city(InetAddress address) {
        return Optional.ofNullable(cities.get(address.getHostAddress()));
    }

    @Override
    public Optional<AsnInfo> asn(InetAddress address) {
        return Optional.ofNullable(asns.get(address.getHostAddress()));
    }
}
