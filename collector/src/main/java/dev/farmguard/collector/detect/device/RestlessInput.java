package dev.farmguard.collector.detect.device;

import dev.farmguard.collector.model.DeviceSnapshot;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Input that never rests: fresh input at nearly every check-in, at nearly every hour of the day, for days. People
 * sleep; a hardware jiggler, an IP-KVM's injected input or a script does not. Only measured idle times count (an
 * OS's bare "not idle" hint can stay on for good where nothing maintains it).
 *
 * @param activeCheckIns   check-ins with input within {@link HeadlessRule#ACTIVE_INPUT_MILLIS}
 * @param measuredCheckIns check-ins with a measured idle time
 * @param hoursOfDay       distinct UTC hours of the day with fresh input
 * @param span             from the first to the last measured check-in
 */
record RestlessInput(int activeCheckIns, int measuredCheckIns, int hoursOfDay, Duration span) {

    static final double NEARLY_ALL = 0.9;
    /** Awake and at the keyboard for 20 of 24 hours: nobody's day. */
    static final int ROUND_THE_CLOCK_HOURS = 20;
    static final Duration MIN_SPAN = Duration.ofHours(48);
    static final int MIN_MEASURED = 24;

    static Optional<RestlessInput> of(List<DeviceSnapshot> history) {
        int measured = 0;
        int active = 0;
        BitSet hours = new BitSet(24);
        DeviceSnapshot first = null;
        DeviceSnapshot last = null;
        for (DeviceSnapshot s : history) {
            if (s.input() == null || s.input().idleMillis() < 0) {
                continue;
            }
            measured++;
            first = first == null ? s : first;
            last = s;
            if (s.input().idleMillis() <= HeadlessRule.ACTIVE_INPUT_MILLIS) {
                active++;
                hours.set(s.collectedAt().atOffset(ZoneOffset.UTC).getHour());
            }
        }
        if (measured < MIN_MEASURED || active < NEARLY_ALL * measured
                || hours.cardinality() < ROUND_THE_CLOCK_HOURS) {
            return Optional.empty();
        }
        Duration span = Duration.between(first.collectedAt(), last.collectedAt());
        return span.compareTo(MIN_SPAN) < 0 ? Optional.empty()
                : Optional.of(new RestlessInput(active, measured, hours.cardinality(), span));
    }
}
