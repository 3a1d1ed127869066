package dev.farmguard.collector.detect.device;

import dev.farmguard.collector.detect.DetectionConfig;
import dev.farmguard.collector.detect.DeviceContext;
import dev.farmguard.collector.detect.DeviceRule;
import dev.farmguard.collector.detect.Findings;
import dev.farmguard.collector.detect.IpIntel;
import dev.farmguard.collector.detect.device.Whereabouts.Located;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.Finding.Severity;
import dev.farmguard.collector.model.RosterEntry;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * {@code location.far_from_roster}: the public address geolocates farther than {@code far-from-roster-km} (minus
 * the database's accuracy radius) from where the roster says the employee is. Medium when the far check-ins are a
 * lasting stay ({@link Whereabouts#lasting}: nearly every located check-in, over longer than a business trip);
 * low otherwise while the newest located check-in is far (a trip). Never strong on its own: holidays, workations,
 * moves the roster has not caught up with and geolocation errors all look the same from the address alone. Check-ins through a VPN tunnel, from VPN/hosting
 * networks or from configured offices are not located.
 */
public final class RosterDistanceRule implements DeviceRule {

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

    /** Whether this check-in is far from where the roster puts the employee. */
    static Predicate<Located> far(RosterEntry roster, DetectionConfig config) {
        return l -> kmFrom(roster, l) > config.thresholds().farFromRosterKm();
    }

    static double kmFrom(RosterEntry roster, Located l) {
        return Math.max(0, l.where().distanceKmTo(roster.latitude(), roster.longitude()) - l.where().accuracyRadiusKm());
    }

    @Override
    public List<Finding> evaluate(DeviceContext context) {
        if (context.roster().isEmpty() || !context.roster().get().hasLocation()) {
            return List.of();
        }
        RosterEntry roster = context.roster().get();
        Whereabouts whereabouts = Whereabouts.of(context, ips);
        Predicate<Located> far = far(roster, config);
        List<Located> farOnes = whereabouts.located().stream().filter(far).toList();
        if (farOnes.isEmpty()) {
            return List.of();
        }
        boolean lasting = whereabouts.lasting(far, config.thresholds());
        Located latest = whereabouts.latest().orElseThrow();
        if (!lasting && !far.test(latest)) {
            return List.of();
        }
        Map<String, Integer> farPlaces = new TreeMap<>();
        farOnes.forEach(l -> farPlaces.merge(l.facts().place(), 1, Integer::sum));
        double km = lasting ? farOnes.stream().mapToDouble(l -> kmFrom(roster, l)).max().orElse(0) : kmFrom(roster, latest);
        String where = farPlaces.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse("unknown");
        return List.of(Findings.of("location.far_from_roster", lasting ? Severity.MEDIUM : Severity.LOW,
                        (lasting ? "the laptop connects from " : "the laptop lately connects from ") + where + ", "
                                + Math.round(km) + " km from the roster location")
                .with("rosterPlace", roster.city() + ", " + roster.region() + ", " + roster.country())
                .with("observedPlace", where)
                .with("distanceKm", Math.round(km))
                .with("farCheckIns", farOnes.size())
                .with("locatedCheckIns", whereabouts.located().size())
                .build());
    }
}
