package dev.farmguard.collector.detect.fleet;

import static dev.farmguard.collector.detect.RuleFixtures.CLASSIFIER;
import static dev.farmguard.collector.detect.RuleFixtures.CONFIG;
import static dev.farmguard.collector.detect.RuleFixtures.HOME_NY;
import static dev.farmguard.collector.detect.RuleFixtures.IPS;
import static dev.farmguard.collector.detect.RuleFixtures.PHOENIX;
import static dev.farmguard.collector.detect.RuleFixtures.TOKYO;
import static dev.farmguard.collector.detect.RuleFixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.classify.EdidDecoder;
import dev.farmguard.collector.classify.IpKvmDisplayJudgement;
import dev.farmguard.collector.model.Display;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.store.DeviceSummary;
import dev.farmguard.collector.testing.SampleEdids;
import dev.farmguard.collector.testing.SnapshotBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, principle 3: {@code ip_kvm.shared_identity} fires for an identity that is itself IP-KVM evidence wherever
 * the laptops are, for one that only weak tells point at only among laptops that shared a network at the same time,
 * and never for an ordinary TV or monitor model seen in many employees' homes.
 */
class SharedKvmIdentityTest {

    private static final Instant T0 = SnapshotBuilder.T0;
    private static final byte[] WEAK = fixture("weak-kvm-via-ip.hex");
    private static final byte[] TV = fixture("tv-sceptre-h43.hex");

    private final FleetFactsExtractor extractor = new FleetFactsExtractor(IPS, CLASSIFIER, CONFIG);
    private final FleetIndex index = new FleetIndex();
    private final Map<String, String> employees = new HashMap<>();
    private final List<DeviceSummary> devices = new ArrayList<>();

    private void laptop(String id, String ip, String router, Instant start, int hours, byte[] edid) {
        var history = SnapshotBuilder.laptop(id).at(start).ip(ip).gateway(router).wifi(null).displays(false, edid)
                .series(hours, Duration.ofHours(1), (i, b) -> { });
        history.forEach(s -> index.add(extractor.extract(s)));
        var last = history.get(history.size() - 1);
        devices.add(new DeviceSummary(id, "h", start, last.collectedAt(), ip, last.sequence()));
        employees.put(id, "E-" + id);
    }

    private List<String> kvmRules(String device) {
        Map<String, List<Finding>> f = new FleetRules(CONFIG).evaluate(index, employees, devices);
        return rules(f.getOrDefault(device, List.of())).stream().filter(r -> r.startsWith("ip_kvm")).toList();
    }

    private static IpKvmDisplayJudgement.Level level(byte[] edid) {
        return CLASSIFIER.isIpKvmDisplay(EdidDecoder.decode(edid).info().orElseThrow(), Display.Connection.EXTERNAL)
                .level();
    }

    @Test
    void thePopularTvInManyHomesIsNoSharedKvm() {
        assertThat(level(TV)).as("a TV with 0x0 cm and serial 0").isEqualTo(IpKvmDisplayJudgement.Level.NONE);
        laptop("ny", HOME_NY, "f8:bb:bf:00:00:01", T0, 24, TV);
        laptop("phx", PHOENIX, "f8:bb:bf:00:00:02", T0, 24, TV);
        laptop("tyo", TOKYO, "f8:bb:bf:00:00:03", T0, 24, TV);
        assertThat(kvmRules("ny")).isEmpty();
    }

    @Test
    void aWeaklySuspectDisplayInDifferentCitiesIsNotShared() {
        assertThat(level(WEAK)).isEqualTo(IpKvmDisplayJudgement.Level.SUSPECT);
        laptop("ny", HOME_NY, "f8:bb:bf:00:00:01", T0, 24, WEAK);
        laptop("phx", PHOENIX, "f8:bb:bf:00:00:02", T0, 24, WEAK);
        assertThat(kvmRules("ny")).isEmpty();
        assertThat(kvmRules("phx")).isEmpty();
    }

    @Test
    void theSameWeaklySuspectDisplayBehindOneHomeRouterAtOnceIsShared() {
        laptop("a", "203.0.113.40", "a0:40:a0:11:22:33", T0, 24, WEAK);
        laptop("b", "203.0.113.40", "a0:40:a0:11:22:33", T0.plusSeconds(600), 24, WEAK);
        laptop("c", PHOENIX, "f8:bb:bf:00:00:02", T0, 24, WEAK);
        assertThat(kvmRules("a")).containsExactly("ip_kvm.shared_identity:high");
        Finding f = new FleetRules(CONFIG).evaluate(index, employees, devices).get("a").stream()
                .filter(x -> x.rule().equals("ip_kvm.shared_identity")).findFirst().orElseThrow();
        assertThat(f.evidence()).containsEntry("otherDevices", List.of("b"))
                .containsEntry("basis", "weak IP-KVM tells, on laptops that shared a network");
        assertThat(kvmRules("c")).as("the same model elsewhere").isEmpty();
    }

    @Test
    void onOneNetworkOnDifferentDaysIsNotAtTheSameTime() {
        laptop("monday", "203.0.113.40", "a0:40:a0:11:22:33", T0, 8, WEAK);
        laptop("friday", "203.0.113.40", "a0:40:a0:11:22:33", T0.plus(Duration.ofDays(4)), 8, WEAK);
        assertThat(kvmRules("monday")).isEmpty();
    }

    @Test
    void anIdentityThatIsIpKvmEvidenceIsSharedWhereverTheLaptopsAre() {
        byte[] pikvm = SampleEdids.find("LNX", "7771", "PiKVM V3");
        laptop("ny", HOME_NY, "f8:bb:bf:00:00:01", T0, 4, pikvm);
        laptop("tyo", TOKYO, "f8:bb:bf:00:00:03", T0.plus(Duration.ofDays(2)), 4, pikvm);
        assertThat(kvmRules("tyo")).containsExactly("ip_kvm.shared_identity:high");
    }

    private static byte[] fixture(String name) {
        try (InputStream in = SharedKvmIdentityTest.class.getResourceAsStream("/fleet/shared-kvm-identity/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            String hex = new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).findFirst().orElseThrow().strip();
            return HexFormat.of().parseHex(hex);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
