package dev.farmguard.collector.detect;

import java.time.Duration;

/**
 * Numbers the rules compare against (YAML {@code detection.thresholds}).
 *
 * @param farFromRosterKm      public-IP location farther than this from the roster location is "far"
 * @param farShare             share of located check-ins that must be far for a strong finding
 * @param farMinSpan           ...over at least this much time (business trips are shorter)
 * @param impossibleTravelKmh  faster than this between consecutive check-ins is impossible travel
 * @param impossibleTravelMinKm jumps shorter than this are GeoIP noise, never travel
 * @param housemateLimit       employees who may share one home network (couples, housemates)
 * @param colocationHigh       employees sharing one network at once from which co-location is strong
 * @param colocationCritical   ... and from which it is critical
 * @param longSession          an inbound remote session lasting this long "lasts days"
 * @param alwaysOn             a laptop reporting without a pause longer than 3 h for this long never sleeps
 * @param silence              a gap between two snapshots this long is agent silence
 * @param nightStartHour       start of the night in the roster's time zone (hour, 0-23)
 * @param nightEndHour         end of the night (hour, 1-24, after the start)
 * @param nightShare           share of active check-ins at night from which activity fits a far-away zone
 * @param minActiveSamples     active check-ins needed before activity hours are judged
 */
public record Thresholds(double farFromRosterKm, double farShare, Duration farMinSpan, double impossibleTravelKmh,
                         double impossibleTravelMinKm, int housemateLimit, int colocationHigh, int colocationCritical,
                         Duration longSession, Duration alwaysOn, Duration silence, int nightStartHour,
                         int nightEndHour, double nightShare, int minActiveSamples) {

    public static final Thresholds DEFAULTS = new Thresholds(300, 0.9, Duration.ofDays(4), 1000, 500, 3, 4, 6, Duration.ofHours(24),
            Duration.ofHours(48), Duration.ofDays(4), 0, 6, 0.3, 12);

    public Thresholds {
        require(farFromRosterKm > 0, "far-from-roster-km must be above 0");
        require(farShare > 0 && farShare <= 1, "far-share must be in (0, 1]");
        require(impossibleTravelKmh > 0, "impossible-travel-kmh must be above 0");
        require(impossibleTravelMinKm >= 0, "impossible-travel-min-km must be 0 or more");
        require(housemateLimit >= 1, "housemate-limit must be 1 or more");
        require(colocationHigh > housemateLimit, "colocation-high must be above housemate-limit");
        require(colocationCritical >= colocationHigh, "colocation-critical must be at least colocation-high");
        require(nightStartHour >= 0 && nightStartHour < 24, "night-start-hour must be 0..23");
        require(nightEndHour > nightStartHour && nightEndHour <= 24, "night-end-hour must be after night-start-hour, at most 24");
        require(nightShare > 0 && nightShare <= 1, "night-share must be in (0, 1]");
        require(minActiveSamples >= 1, "min-active-samples must be 1 or more");
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
