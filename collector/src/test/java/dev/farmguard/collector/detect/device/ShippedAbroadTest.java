package dev.farmguard.collector.detect.device;

import static dev.farmguard.collector.detect.RuleFixtures.CONFIG;
import static dev.farmguard.collector.detect.RuleFixtures.DANDONG;
import static dev.farmguard.collector.detect.RuleFixtures.HOME_NY;
import static dev.farmguard.collector.detect.RuleFixtures.IPS;
import static dev.farmguard.collector.detect.RuleFixtures.NEW_YORKER;
import static dev.farmguard.collector.detect.RuleFixtures.SHANGHAI;
import static dev.farmguard.collector.detect.RuleFixtures.VPN_EXIT;
import static dev.farmguard.collector.detect.RuleFixtures.context;
import static dev.farmguard.collector.detect.RuleFixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.detect.RiskScorer;
import dev.farmguard.collector.model.Assessment;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.RosterEntry;
import dev.farmguard.collector.model.Verdict;
import dev.farmguard.collector.testing.SnapshotBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Laptops shipped abroad and used there directly: all their evidence is about place, so it must be split into
 * independent families (where the network is, how the laptop is configured, when it is used) for a farm verdict,
 * while a business trip to the same country stays below one.
 */
class ShippedAbroadTest {

    private static final List<String> US = List.of("us");

    private static Assessment assess(List<DeviceSnapshot> history, RosterEntry roster) {
        DeviceRules rules = DeviceRules.standard(CONFIG, IPS);
        return new RiskScorer(CONFIG.scoring()).assess("d1", rules.evaluate(context(history, roster)),
                history.get(history.size() - 1).collectedAt());
    }

    /** Hourly check-ins from 9:00 to 18:00 in China (01:00-10:00 UTC) for {@code days} days. */
    private static List<DeviceSnapshot> workingDaysIn(SnapshotBuilder b, int days) {
        return b.at(Instant.parse("2025-03-03T01:00:00Z")).idle(20_000)
                .series(days * 24, Duration.ofHours(1), (i, s) -> s.idle(i % 24 < 9 ? 20_000 : 8 * 3600_000L));
    }

    @Test
    void aLaptopLivingInAHighRiskCountryWithAKoreanKeyboardIsAFarm() {
        SnapshotBuilder b = SnapshotBuilder.laptop("d1").ip(DANDONG)
                .locale("America/New_York", "en-US", List.of("us", "kr"), List.of());
        Assessment a = assess(workingDaysIn(b, 7), NEW_YORKER);
        assertThat(rules(a.findings())).contains("location.high_risk_country:critical",
                "location.locale_mismatch:medium");
        assertThat(a.verdict()).isEqualTo(Verdict.LAPTOP_FARM);
        assertThat(a.explanation()).startsWith("Laptop farm: strong evidence about where its network is")
                .contains("confirmed by evidence about how it is configured");
    }

    @Test
    void aLaptopLivingThereWithAstrillIsAFarm() {
        // clean US settings and a local working day, but the VPN client named in DPRK IT-worker reporting
        SnapshotBuilder b = SnapshotBuilder.laptop("d1").ip(DANDONG)
                .locale("America/New_York", "en-US", US, List.of()).vpn("astrill", "/usr/local/Astrill/astrill", false);
        Assessment a = assess(workingDaysIn(b, 7), NEW_YORKER);
        assertThat(rules(a.findings())).contains("location.high_risk_country:critical", "location.vpn_client:critical");
        assertThat(a.verdict()).isEqualTo(Verdict.LAPTOP_FARM);
    }

    @Test
    void aLaptopLivingThereBehindAVpnIsPlacedByTheCheckInsWhereTheTunnelDropped() {
        // the tunnel is up nearly always (its exits say nothing of where the laptop is); it dropped on the first two
        // days only, in Dandong, and nothing has placed the laptop anywhere else since
        SnapshotBuilder b = SnapshotBuilder.laptop("d1").locale("Asia/Shanghai", "en-US", US, List.of());
        List<DeviceSnapshot> h = b.series(7 * 24, Duration.ofHours(1), (i, s) -> {
            boolean dropped = i < 48 && i % 8 == 0;
            s.noVpn().ip(dropped ? DANDONG : VPN_EXIT);
            if (!dropped) {
                s.tunnel("tun0");
            }
        });
        assertThat(rules(new HighRiskCountryRule(CONFIG, IPS).evaluate(context(h, NEW_YORKER))))
                .containsExactly("location.high_risk_country:critical");
    }

    @Test
    void aPrivacyVpnUserArrivingInChinaHasNotLivedThere() {
        // the same tunnel at home in New York, where it never dropped; it dropped twice in the last two days, in China
        SnapshotBuilder b = SnapshotBuilder.laptop("d1").locale("America/New_York", "en-US", US, List.of());
        List<DeviceSnapshot> h = b.series(7 * 24, Duration.ofHours(1), (i, s) -> {
            boolean dropped = i >= 5 * 24 && i % 20 == 0;
            s.noVpn().ip(dropped ? SHANGHAI : VPN_EXIT);
            if (!dropped) {
                s.tunnel("tun0");
            }
        });
        assertThat(rules(new HighRiskCountryRule(CONFIG, IPS).evaluate(context(h, NEW_YORKER))))
                .containsExactly("location.high_risk_country:low");
    }

    @Test
    void aBusinessTripToChinaIsNoFarm() {
        SnapshotBuilder b = SnapshotBuilder.laptop("d1").ip(HOME_NY).locale("America/New_York", "en-US", US, List.of());
        List<DeviceSnapshot> h = b.series(7 * 24, Duration.ofHours(1), (i, s) -> s.ip(i >= 4 * 24 ? SHANGHAI : HOME_NY)
                .idle(i % 24 < 10 ? 20_000 : 8 * 3600_000L));
        Assessment a = assess(h, NEW_YORKER);
        assertThat(rules(a.findings())).contains("location.high_risk_country:low");
        assertThat(a.verdict()).isEqualTo(Verdict.OK);
    }

    @Test
    void onePlaceFamilyAloneIsOnlyReview() {
        // two weeks' holiday in China on a clean laptop, used on local days: where the network is, nothing else
        SnapshotBuilder b = SnapshotBuilder.laptop("d1").ip(SHANGHAI).locale("Asia/Shanghai", "en-US", US, List.of());
        Assessment a = assess(b.series(7 * 24, Duration.ofHours(1),
                (i, s) -> s.idle(i % 24 < 10 ? 20_000 : 8 * 3600_000L)), null);
        assertThat(rules(a.findings())).contains("location.high_risk_country:critical");
        assertThat(a.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(a.explanation()).contains("no independent family confirms it");
    }

    @Test
    void employeesWhoLiveInAHighRiskCountryAreNotFlaggedForIt() {
        RosterEntry shanghai = new RosterEntry("d1", "E9", "Li Wei", "li@example.com", "CN", "Shanghai", "Shanghai",
                31.23, 121.47, "Asia/Shanghai");
        SnapshotBuilder b = SnapshotBuilder.laptop("d1").ip(SHANGHAI).locale("Asia/Shanghai", "zh-CN", List.of("cn"),
                List.of());
        assertThat(new HighRiskCountryRule(CONFIG, IPS).evaluate(context(b.series(72, Duration.ofHours(2),
                (i, s) -> { }), shanghai))).isEmpty();
    }
}
