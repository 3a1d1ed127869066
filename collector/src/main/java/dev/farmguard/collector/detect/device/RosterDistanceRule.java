package dev.farmguard.collector.detect.device;

import dev.farmguard.collector.detect.DetectionConfig;
import dev.farmguard.collector.detect.DeviceContext;
import dev.farmguard.collector.detect.DeviceRule;
import dev.farmguard.collector.detect.Findings;
import dev.farmguard.collector.detect.IpFacts;
import dev.farmguard.collector.detect.IpIntel;
import dev.farmguard.collector.detect.VpnAware;
import dev.farmguard.collector.geo.GeoLocation;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.Finding.Severity;
import dev.farmguard.collector.model.RosterEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code location.far_from_roster}: the public address geolocates farther than {@code far-from-roster-km} (minus
 * the database's accuracy radius) from where the roster says the employee is. High when nearly every located
 * check-in is far ({@code far-share}) and far check-ins span {@code far-min-span} or more (longer than a business
 * trip); low otherwise while the newest located check-in is far (a trip). Check-ins through a VPN
 * tunnel, from VPN/hosting networks or from configured offices are not located.
 */
public final class RosterDistanceRule implements DeviceRule {

    static final int MIN_LOCATED = 3;

    private final DetectionConfig config;
    private final IpIntel ips;

    public RosterDistanceRule(DetectionConfig config, IpIntel ips) {
        this.config = config;
        this.ips = ips;
    }

    @Override
    public String id() {
        return "location";
    }

    @Override
    public List<Finding> evaluate(DeviceContext context) {
        if (context.roster().isEmpty() || !context.roster().get().hasLocation()) {
            return List.of();
        }
        RosterEntry roster = context.roster().get();
        int located = 0;
        int far = 0;
        Instant firstFar = null;
        Instant lastFar = null;
        boolean latestFar = false;
        double latestKm = 0;
        Map<String, Integer> farPlaces = new TreeMap<>();
        double maxKm = 0;
        for (DeviceSnapshot s : context.history()) {
            IpFacts facts = ips.lookup(s.observedIp());
            if (facts.office() || VpnAware.tunnelUp(s) || facts.personLocation().isEmpty()) {
                continue;
            }
            GeoLocation where = facts.personLocation().get();
            double km = Math.max(0, where.distanceKmTo(roster.latitude(), roster.longitude())
                    - where.accuracyRadiusKm());
            located++;
            latestFar = km > config.thresholds().farFromRosterKm();
            latestKm = km;
            if (latestFar) {
                far++;
                firstFar = firstFar == null ? s.collectedAt() : firstFar;
                lastFar = s.collectedAt();
                farPlaces.merge(facts.place(), 1, Integer::sum);
                maxKm = Math.max(maxKm, km);
            }
        }
        if (far == 0) {
            return List.of();
        }
        boolean lasting = Duration.between(firstFar, lastFar).compareTo(config.thresholds().farMinSpan()) >= 0;
        boolean mostly = located >= MIN_LOCATED && lasting && far >= config.thresholds().farShare() * located;
        if (!mostly && !latestFar) {
            return List.of();
        }
        String where = farPlaces.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse("unknown");
        return List.of(Findings.of("location.far_from_roster", mostly ? Severity.HIGH : Severity.LOW,
                        (mostly ? "the laptop connects from " : "the laptop lately connects from ") + where + ", "
                                + Math.round(mostly ? maxKm : latestKm) + " km from the roster location")
                .with("rosterPlace", roster.city() + ", " + roster.region() + ", " + roster.country())
                .with("observedPlace", where)
                .with("distanceKm", Math.round(mostly ? maxKm : latestKm))
                .with("farCheckIns", far)
                .with("locatedCheckIns", located)
                .build());
    }
}
