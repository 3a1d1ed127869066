package dev.farmguard.collector.detect.fleet;

import dev.farmguard.collector.detect.Findings;
import dev.farmguard.collector.detect.IpFacts;
import dev.farmguard.collector.detect.Thresholds;
import dev.farmguard.collector.geo.GeoLocation;
import dev.farmguard.collector.geo.GreatCircle;
import dev.farmguard.collector.model.Finding.Severity;
import java.time.Instant;

/**
 * {@code location.impossible_travel} (medium): between two consecutive located check-ins the laptop would have
 * moved faster than {@code impossible-travel-kmh} over more than {@code impossible-travel-min-km} (distances
 * less both places' GeoIP accuracy radius). VPN-aware: check-ins with a tunnel up or from VPN/hosting networks
 * are not located, so switching a VPN on is never travel.
 */
final class ImpossibleTravelRule {

    private static final double MIN_HOURS = 1.0 / 60;

    void apply(FleetContext ctx) {
        Thresholds t = ctx.config.thresholds();
        for (DeviceTrack track : ctx.tracks) {
            Run previous = null;
            GeoLocation previousPlace = null;
            double worstSpeed = 0;
            String worst = null;
            int jumps = 0;
            for (Run r : track.runs) {
                GeoLocation place = located(ctx, r);
                if (place == null) {
                    continue;
                }
                if (previous != null && r.ip != previous.ip) {
                    double km = GreatCircle.distanceKm(previousPlace.latitude(), previousPlace.longitude(),
                            place.latitude(), place.longitude())
                            - previousPlace.accuracyRadiusKm() - place.accuracyRadiusKm();
                    double hours = Math.max(MIN_HOURS, (r.start - previous.end) / 3_600_000.0);
                    double speed = km / hours;
                    if (km > t.impossibleTravelMinKm() && speed > t.impossibleTravelKmh()) {
                        jumps++;
                        if (speed > worstSpeed) {
                            worstSpeed = speed;
                            worst = describe(ctx, previous, r, km, hours);
                        }
                    }
                }
                previous = r;
                previousPlace = place;
            }
            if (worst != null) {
                ctx.add(track.deviceId, Findings.of("location.impossible_travel", Severity.MEDIUM,
                                "the laptop moved " + worst)
                        .with("jumps", jumps)
                        .with("fastestKmh", Math.round(worstSpeed))
                        .with("maxKmh", Findings.round1(t.impossibleTravelKmh()))
                        .build());
            }
        }
    }

    private static GeoLocation located(FleetContext ctx, Run r) {
        if (r.tunnel || r.ip < 0) {
            return null;
        }
        IpFacts f = ctx.index.ipFacts(r.ip);
        // mobile carriers' addresses geolocate to a regional hub: hopping between hubs is no travel
        return f == null || f.office() || f.mobile() ? null : f.personLocation().orElse(null);
    }

    private static String describe(FleetContext ctx, Run from, Run to, double km, double hours) {
        IpFacts a = ctx.index.ipFacts(from.ip);
        IpFacts b = ctx.index.ipFacts(to.ip);
        return Math.round(km) + " km from " + a.place() + " (" + a.ip() + ", " + Instant.ofEpochMilli(from.end)
                + ") to " + b.place() + " (" + b.ip() + ", " + Instant.ofEpochMilli(to.start) + ") in "
                + Findings.round1(hours) + " h";
    }
}
