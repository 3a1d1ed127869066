package dev.farmguard.collector.detect.device;

import static dev.farmguard.collector.detect.RuleFixtures.NEW_YORKER;
import static dev.farmguard.collector.detect.RuleFixtures.context;
import static dev.farmguard.collector.detect.RuleFixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.detect.DetectionConfig;
import dev.farmguard.collector.detect.IpIntel;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.netkind.NetworkKinds;
import dev.farmguard.collector.testing.FakeGeo;
import dev.farmguard.collector.testing.SnapshotBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A privacy VPN's exit located in a city near enough to look like a move (NordVPN's M247 network, AS9009, in
 * Chicago for a New Yorker): with the shipped list it is known as a VPN exit without any configuration, so it is
 * not a place the laptop is far away at.
 */
class ShippedVpnExitTest {

    private static final String EXIT_CHICAGO = "192.0.2.66";
    private static final FakeGeo GEO = new FakeGeo()
            .place(EXIT_CHICAGO, "US", "Chicago", 41.88, -87.63, "America/Chicago", 9009, "M247 Europe SRL");

    private static List<Finding> locationFindings(DetectionConfig config) {
        IpIntel ips = IpIntel.of(GEO, config);
        List<DeviceSnapshot> history = SnapshotBuilder.laptop("d1").ip(EXIT_CHICAGO)
                .locale("America/New_York", "en-US", List.of("us"), List.of())
                .series(60, Duration.ofHours(2), (i, b) -> { });
        var ctx = context(history, NEW_YORKER);
        List<Finding> out = new ArrayList<>(new RosterDistanceRule(config, ips).evaluate(ctx));
        out.addAll(new VpnRule(ips).evaluate(ctx));
        return out;
    }

    @Test
    void aKnownVpnExitIsNotAPlace() {
        assertThat(rules(locationFindings(DetectionConfig.DEFAULTS))).containsExactly("location.vpn_exit:low");
    }

    @Test
    void withoutTheListTheSameExitLooksLikeLivingFarAway() {
        assertThat(rules(locationFindings(DetectionConfig.DEFAULTS.withNetworkKinds(NetworkKinds.NONE))))
                .containsExactly("location.far_from_roster:medium");
    }
}
