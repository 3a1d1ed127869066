package dev.farmguard.collector.detect.device;

import dev.farmguard.collector.detect.DeviceContext;
import dev.farmguard.collector.detect.IpFacts;
import dev.farmguard.collector.detect.IpIntel;
import dev.farmguard.collector.detect.Thresholds;
import dev.farmguard.collector.detect.VpnAware;
import dev.farmguard.collector.geo.GeoLocation;
import dev.farmguard.collector.model.DeviceSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where a device's check-ins place it: only those whose public address locates a person (not through a VPN tunnel,
 * not from VPN/hosting networks, not from a configured office), oldest first; to the city, or only to the country
 * when mobile carriers' addresses count too (they geolocate to a regional hub, but not across a border). The location rules share this one
 * reading, and one notion of "lasting": a stay that holds nearly every located check-in over longer than a
 * business trip.
 */
final class Whereabouts {

    static final int MIN_LOCATED = 3;

    /** One located check-in. */
    record Located(Instant at, IpFacts facts, GeoLocation where) {}

    private final List<Located> located;
    private final Instant asOf;

    private Whereabouts(List<Located> located, Instant asOf) {
        this.located = located;
        this.asOf = asOf;
    }

    /** Check-ins located to the city. */
    static Whereabouts of(DeviceContext context, IpIntel ips) {
        return of(context, ips, false);
    }

    /** Check-ins located at least to the country, mobile carriers included. */
    static Whereabouts countries(DeviceContext context, IpIntel ips) {
        return of(context, ips, true);
    }

    private static Whereabouts of(DeviceContext context, IpIntel ips, boolean countryIsEnough) {
        List<Located> out = new ArrayList<>();
        for (DeviceSnapshot s : context.history()) {
            IpFacts facts = ips.lookup(s.observedIp());
            if (facts.office() || VpnAware.tunnelUp(s) || facts.personLocation().isEmpty()
                    || (facts.mobile() && !countryIsEnough)) {
                continue;
            }
            out.add(new Located(s.collectedAt(), facts, facts.personLocation().get()));
        }
        return new Whereabouts(out, context.asOf());
    }

    List<Located> located() {
        return located;
    }

    Optional<Located> latest() {
        return located.isEmpty() ? Optional.empty() : Optional.of(located.get(located.size() - 1));
    }

    /**
     * Whether the check-ins matching {@code here} are a lasting stay: at least {@link #MIN_LOCATED} located check-ins,
     * a share of {@code far-share} or more of them match, and the stay there ({@link #stay}) lasts {@code far-min-span}
     * or more.
     */
    boolean lasting(Predicate<Located> here, Thresholds t) {
        List<Located> matching = located.stream().filter(here).toList();
        if (located.size() < MIN_LOCATED || matching.isEmpty() || matching.size() < t.farShare() * located.size()) {
            return false;
        }
        return stay(here).compareTo(t.farMinSpan()) >= 0;
    }

    /**
     * How long the device has been where {@code here} matches: from the first matching located check-in to the last,
     * or on to the newest check-in when no located check-in elsewhere came after. A check-in through a VPN does not
     * move a laptop: one that lives abroad behind a VPN shows where it is only when the tunnel drops, and stays there
     * in between.
     */
    Duration stay(Predicate<Located> here) {
        List<Located> matching = located.stream().filter(here).toList();
        if (matching.isEmpty()) {
            return Duration.ZERO;
        }
        Located last = matching.get(matching.size() - 1);
        Instant end = last == located.get(located.size() - 1) ? asOf : last.at();
        return Duration.between(matching.get(0).at(), end);
    }
}
