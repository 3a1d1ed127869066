package dev.farmguard.collector.detect.device;

import static dev.farmguard.collector.detect.RuleFixtures.CONFIG;
import static dev.farmguard.collector.detect.RuleFixtures.IPS;
import static dev.farmguard.collector.detect.RuleFixtures.TOKYO;
import static dev.farmguard.collector.detect.RuleFixtures.NEW_YORKER;
import static dev.farmguard.collector.detect.RuleFixtures.context;
import static dev.farmguard.collector.detect.RuleFixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.testing.SnapshotBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityHoursRuleTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** Hourly active check-ins from {@code start} to {@code end} o'clock New York time (end may pass midnight). */
    private static List<DeviceSnapshot> activeHours(int days, double start, double end) {
        List<DeviceSnapshot> out = new ArrayList<>();
        LocalDate first = LocalDate.of(2025, 3, 3);
        for (int d = 0; d < days; d++) {
            for (double h = start; h < end; h += 1) {
                Instant t = first.plusDays(d).atStartOfDay(NEW_YORK).toInstant().plusSeconds((long) (h * 3600));
                out.add(SnapshotBuilder.laptop("d1").at(t).idle(30_000).build());
            }
        }
        return out;
    }

    private static List<Finding> evaluate(List<DeviceSnapshot> h) {
        return new ActivityHoursRule(CONFIG, IPS).evaluate(context(h, NEW_YORKER));
    }

    @Test
    void aWorkingDayOnAsianHoursFitsAFarAwayZoneButAloneIsANightShift() {
        List<Finding> f = evaluate(activeHours(4, 19, 32)); // 08:00-21:00 in Seoul
        assertThat(rules(f)).as("a night-shift worker at home has this day too").containsExactly("location.activity_hours:low");
        double fit = (double) f.get(0).evidence().get("bestFitUtcOffsetHours");
        assertThat(fit).isBetween(7.0, 12.0);
    }

    @Test
    void peopleWorkingLateStayQuiet() {
        assertThat(evaluate(activeHours(4, 10.5, 25.5))).isEmpty();
        assertThat(evaluate(activeHours(4, 8, 17))).isEmpty();
    }

    @Test
    void aTravellerWorksTheDaysOfWhereHeIs() {
        List<DeviceSnapshot> inTokyo = new ArrayList<>();
        for (DeviceSnapshot s : activeHours(4, 19, 29)) { // 09:00-19:00 in Tokyo
            inTokyo.add(SnapshotBuilder.laptop("d1").at(s.collectedAt()).idle(30_000).ip(TOKYO).build());
        }
        assertThat(evaluate(inTokyo)).isEmpty();
    }

    @Test
    void tooFewActiveCheckInsSayNothing() {
        assertThat(evaluate(activeHours(1, 0, 6))).isEmpty();
    }

    @Test
    void idleCheckInsAreNotActivity() {
        List<DeviceSnapshot> idleNights = new ArrayList<>();
        for (DeviceSnapshot s : activeHours(4, 0, 6)) {
            idleNights.add(SnapshotBuilder.laptop("d1").at(s.collectedAt()).idle(Duration.ofHours(3).toMillis()).build());
        }
        idleNights.addAll(activeHours(4, 9, 17));
        idleNights.sort(java.util.Comparator.comparing(DeviceSnapshot::collectedAt));
        assertThat(evaluate(idleNights)).isEmpty();
    }
}
