package dev.farmguard.collector.report;

import dev.farmguard.collector.geo.GeoIpLookup;
import dev.farmguard.collector.geo.GeoLocation;
import dev.farmguard.collector.model.RosterEntry;
import dev.farmguard.collector.model.Verdict;
import dev.farmguard.collector.net.IpLiteral;
import dev.farmguard.collector.report.FleetReport.DeviceRow;
import dev.farmguard.collector.report.FleetReport.MapPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each flagged laptop appears to be (its latest public address, geolocated with the collector's GeoIP
 * databases) against where the roster says its holder should be. Laptops whose address no database places are left
 * off the map.
 */
final class WhereaboutsMap {

    private WhereaboutsMap() {}

    static List<MapPoint> of(List<DeviceRow> rows, Map<String, RosterEntry> roster, GeoIpLookup geo) {
        List<MapPoint> out = new ArrayList<>();
        for (DeviceRow r : rows) {
            if (r.verdict() == Verdict.OK || r.publicIp().isEmpty()) {
                continue;
            }
            Optional<GeoLocation> seen = IpLiteral.parse(r.publicIp()).flatMap(geo::city)
                    .filter(GeoLocation::hasCoordinates);
            if (seen.isEmpty()) {
                continue;
            }
            RosterEntry holder = roster.get(r.deviceId());
            boolean located = holder != null && holder.hasLocation();
            out.add(new MapPoint(r.deviceId(), r.hostname(), r.verdict(), seen.get().latitude(),
                    seen.get().longitude(), place(seen.get()), located ? holder.latitude() : null,
                    located ? holder.longitude() : null, located ? place(holder) : ""));
        }
        return out;
    }

    private static String place(GeoLocation g) {
        return join(g.city(), g.region(), g.countryIsoCode());
    }

    private static String place(RosterEntry e) {
        return join(e.city(), e.region(), e.country());
    }

    private static String join(String... parts) {
        return String.join(", ", java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
    }
}
