package dev.farmguard.collector.detect.device;

import dev.farmguard.collector.detect.DetectionConfig;
import dev.farmguard.collector.detect.DeviceContext;
import dev.farmguard.collector.detect.DeviceRule;
import dev.farmguard.collector.detect.Findings;
import dev.farmguard.collector.detect.IpIntel;
import dev.farmguard.collector.detect.Thresholds;
import dev.farmguard.collector.detect.VpnAware;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.Finding.Severity;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code location.activity_hours} (low): the laptop is used at night where it is so often that the working day fits
 * a far-away zone. Low, because night-shift workers have exactly that day: hours only add to other evidence. "Where it is" is the time zone of the check-in's public address when that locates the
 * laptop (so a traveller in Tokyo works Tokyo days), else the roster's zone (behind a VPN, without GeoIP). An
 * active check-in is one whose input is at most 5 minutes old at its collection time; at least
 * {@code min-active-samples} of them over two days or more, and a share of {@code night-share} or more between
 * {@code night-start-hour} and {@code night-end-hour}. Evidence gives the UTC offset whose office hours would fit
 * best. People working late into the evening stay below the share.
 */
public final class ActivityHoursRule implements DeviceRule {

    static final long ACTIVE_INPUT_MILLIS = 5 * 60_000L;
    /** Middle of an office day, local hours, for the best-fitting offset. */
    static final double MIDDAY = 13.0;

    private final DetectionConfig config;
    private final IpIntel ips;

    public ActivityHoursRule(DetectionConfig config, IpIntel ips) {
        this.config = config;
        this.ips = ips;
    }

    @Override
    public String id() {
        return "location";
    }

    @Override
    public List<Finding> evaluate(DeviceContext context) {
        if (context.roster().isEmpty()) {
            return List.of();
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(context.roster().get().timezone());
        } catch (DateTimeException e) {
            return List.of();
        }
        Thresholds t = config.thresholds();
        int active = 0;
        int night = 0;
        double sin = 0;
        double cos = 0;
        Set<java.time.LocalDate> days = new HashSet<>();
        for (DeviceSnapshot s : context.history()) {
            if (s.input() == null || !s.input().activeWithin(ACTIVE_INPUT_MILLIS)) {
                continue;
            }
            Instant at = s.collectedAt().minusMillis(s.input().idleOrZero());
            ZonedDateTime local = at.atZone(whereItIs(s, zone));
            double hour = local.getHour() + local.getMinute() / 60.0;
            active++;
            days.add(local.toLocalDate());
            if (hour >= t.nightStartHour() && hour < t.nightEndHour()) {
                night++;
            }
            ZonedDateTime home = at.atZone(zone);
            double angle = 2 * Math.PI * (home.getHour() + home.getMinute() / 60.0) / 24;
            sin += Math.sin(angle);
            cos += Math.cos(angle);
        }
        if (active < t.minActiveSamples() || days.size() < 2 || night < t.nightShare() * active) {
            return List.of();
        }
        double meanHour = (Math.toDegrees(Math.atan2(sin, cos)) / 15.0 + 24) % 24;
        int rosterOffset = zone.getRules().getOffset(context.asOf()).getTotalSeconds();
        double fitOffsetHours = wrap(rosterOffset / 3600.0 + (MIDDAY - meanHour));
        return List.of(Findings.of("location.activity_hours", Severity.LOW,
                        Math.round(100.0 * night / active) + "% of activity falls at night in " + zone.getId()
                                + "; the working day fits UTC" + (fitOffsetHours >= 0 ? "+" : "")
                                + Findings.round1(fitOffsetHours))
                .with("rosterTimeZone", zone.getId())
                .with("activeCheckIns", active)
                .with("nightShare", Findings.share(night, active))
                .with("meanActiveHourLocal", Findings.round1(meanHour))
                .with("bestFitUtcOffsetHours", Findings.round1(fitOffsetHours))
                .build());
    }

    /** The zone of the address the snapshot came from when it locates the laptop, else the roster's. */
    private ZoneId whereItIs(DeviceSnapshot s, ZoneId roster) {
        if (VpnAware.tunnelUp(s)) {
            return roster;
        }
        return ips.lookup(s.observedIp()).personLocation().map(g -> g.timeZone()).filter(z -> !z.isEmpty())
                .flatMap(ActivityHoursRule::zone).orElse(roster);
    }

    private static java.util.Optional<ZoneId> zone(String id) {
        try {
            return java.util.Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** Into -12..+12 hours. */
    private static double wrap(double hours) {
        double h = ((hours + 12) % 24 + 24) % 24 - 12;
        return h;
    }
}
