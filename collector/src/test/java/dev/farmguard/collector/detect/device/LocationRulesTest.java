package dev.farmguard.collector.detect.device;

import static dev.farmguard.collector.detect.RuleFixtures.CONFIG;
import static dev.farmguard.collector.detect.RuleFixtures.HOME_NY;
import static dev.farmguard.collector.detect.RuleFixtures.IPS;
import static dev.farmguard.collector.detect.RuleFixtures.NEW_YORKER;
import static dev.farmguard.collector.detect.RuleFixtures.PHOENIX;
import static dev.farmguard.collector.detect.RuleFixtures.SEOUL;
import static dev.farmguard.collector.detect.RuleFixtures.TOKYO;
import static dev.farmguard.collector.detect.RuleFixtures.VPN_EXIT;
import static dev.farmguard.collector.detect.RuleFixtures.context;
import static dev.farmguard.collector.detect.RuleFixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.detect.RiskScorer;
import dev.farmguard.collector.detect.ScoringConfig;
import dev.farmguard.collector.detect.RuleFixtures;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.Verdict;
import dev.farmguard.collector.testing.SnapshotBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocationRulesTest {

    private static final List<String> US = List.of("us");

    private static List<Finding> all(List<DeviceSnapshot> history) {
        var ctx = context(history, NEW_YORKER);
        List<Finding> out = new ArrayList<>(new RosterDistanceRule(CONFIG, IPS).evaluate(ctx));
        out.addAll(new VpnRule(IPS).evaluate(ctx));
        out.addAll(new LocaleRule(IPS).evaluate(ctx));
        return out;
    }

    private static SnapshotBuilder newYorker(String ip) {
        return SnapshotBuilder.laptop("d1").ip(ip).locale("America/New_York", "en-US", US, List.of());
    }

    @Test
    void aLaptopThatAlwaysConnectsFromAfarIsMediumNeverStrongAlone() {
        // a week's holiday, a workation or a move the roster missed look the same from the address alone
        List<Finding> f = all(newYorker(PHOENIX).series(60, Duration.ofHours(2), (i, b) -> { }));
        assertThat(rules(f)).containsExactly("location.far_from_roster:medium");
        List<Finding> week = all(newYorker(PHOENIX).series(36, Duration.ofHours(2), (i, b) -> { }));
        assertThat(rules(week)).as("three days away is a trip").containsExactly("location.far_from_roster:low");
        assertThat(f.get(0).evidence()).containsEntry("observedPlace", "Phoenix, US");
    }

    @Test
    void aMobileCarriersRegionalHubIsNotWhereTheLaptopIs() {
        // fixed wireless at home in New York, geolocated to the carrier's hub in Atlanta
        assertThat(all(newYorker(RuleFixtures.MOBILE).series(60, Duration.ofHours(2), (i, b) -> { }))).isEmpty();
    }

    @Test
    void aTravellersTimeZoneBehindTheCompanyVpnSaysNothing() {
        // in Shanghai on the company's full-tunnel VPN: the address is the VPN's, the zone the traveller set
        List<DeviceSnapshot> h = SnapshotBuilder.laptop("d1").ip(HOME_NY)
                .locale("Asia/Shanghai", "en-US", US, List.of()).tunnel("utun3")
                .series(20, Duration.ofHours(2), (i, b) -> { });
        assertThat(all(h)).isEmpty();
    }

    @Test
    void aTripIsWeakAndHomeIsNothing() {
        List<DeviceSnapshot> trip = newYorker(HOME_NY).series(30, Duration.ofHours(2),
                (i, b) -> b.ip(i < 20 ? HOME_NY : PHOENIX));
        assertThat(rules(all(trip))).containsExactly("location.far_from_roster:low");
        assertThat(all(newYorker(HOME_NY).series(30, Duration.ofHours(2), (i, b) -> { }))).isEmpty();
    }

    @Test
    void aPrivacyVpnAloneStaysBelowReview() {
        List<DeviceSnapshot> h = newYorker(VPN_EXIT).tunnel("ProtonVPN")
                .process("ProtonVPN.exe", "C:\\Program Files\\Proton\\VPN\\ProtonVPN.exe", "protonvpn")
                .vpn("protonvpn", "ProtonVPN.exe", true).series(20, Duration.ofHours(2), (i, b) -> { });
        List<Finding> f = all(h);
        assertThat(rules(f)).containsExactly("location.vpn_client:low", "location.vpn_exit:low");
        assertThat(new RiskScorer(ScoringConfig.defaults()).assess("d1", f, h.get(19).collectedAt()).verdict())
                .isEqualTo(Verdict.OK);
    }

    @Test
    void astrillAboveAll() {
        List<Finding> f = all(List.of(newYorker(HOME_NY).install("/usr/local/Astrill/astrill", "astrill")
                .vpn("astrill", "/usr/local/Astrill/astrill", false).build()));
        assertThat(rules(f)).containsExactly("location.vpn_client:critical");
    }

    @Test
    void koreanLayoutsOfAResidentAreWeak() {
        DeviceSnapshot s = newYorker(HOME_NY).locale("America/New_York", "ko-KR", List.of("us", "kr"),
                List.of("ibus:hangul")).build();
        assertThat(rules(all(List.of(s)))).containsExactly("location.locale_mismatch:low");
        DeviceSnapshot spanish = newYorker(HOME_NY).locale("America/New_York", "es-US", List.of("us", "latam"),
                List.of()).build();
        assertThat(all(List.of(spanish))).isEmpty();
    }

    @Test
    void aFarAwayZoneWithItsLanguageIsStrongAndTheZoneAloneIsMedium() {
        DeviceSnapshot leak = newYorker(HOME_NY).locale("Asia/Seoul", "ko-KR", List.of("us", "kr"), List.of())
                .build();
        assertThat(rules(all(List.of(leak)))).containsExactly("location.locale_mismatch:high");
        DeviceSnapshot zone = newYorker(HOME_NY).locale("Asia/Pyongyang", "en-US", US, List.of()).build();
        assertThat(rules(all(List.of(zone)))).containsExactly("location.locale_mismatch:medium");
    }

    @Test
    void aTravellerWhoseClockFollowsHimFitsTheAddress() {
        DeviceSnapshot tokyo = newYorker(TOKYO).locale("Asia/Tokyo", "en-US", US, List.of()).build();
        assertThat(rules(all(List.of(tokyo)))).containsExactly("location.far_from_roster:low");
        DeviceSnapshot seoul = newYorker(SEOUL).locale("Asia/Seoul", "ko-KR", List.of("us", "kr"), List.of()).build();
        assertThat(rules(all(List.of(seoul)))).containsExactly("location.far_from_roster:low");
    }

    @Test
    void withoutRosterOrGeoIpNothingIsClaimed() {
        var ctx = context(List.of(SnapshotBuilder.laptop("d1").ip("203.0.113.99").build()), null);
        assertThat(new RosterDistanceRule(CONFIG, IPS).evaluate(ctx)).isEmpty();
        assertThat(new LocaleRule(IPS).evaluate(ctx)).isEmpty();
        assertThat(new ActivityHoursRule(CONFIG, IPS).evaluate(ctx)).isEmpty();
    }
}
