package dev.farmguard.collector.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.catalog.CatalogMatcher;
import dev.farmguard.agent.catalog.CatalogStore;
import dev.farmguard.agent.testing.LinuxFarmLaptop;
import dev.farmguard.agent.testing.MacosFarmLaptop;
import dev.farmguard.agent.testing.WindowsFarmLaptop;
import dev.farmguard.collector.catalog.Catalog;
import dev.farmguard.collector.catalog.CatalogLoader;
import dev.farmguard.collector.catalog.RemoteToolSignature;
import dev.farmguard.collector.classify.DeviceClassification;
import dev.farmguard.collector.detect.device.RemoteToolRule;
import dev.farmguard.collector.classify.SignatureClassifier;
import dev.farmguard.collector.classify.SignatureMatch;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Jiggler;
import dev.farmguard.collector.model.Network;
import dev.farmguard.collector.model.RemoteAccess;
import dev.farmguard.collector.model.UserSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract between the agent and the collector: every OS's recorded farm laptop, run through the agent's real
 * readers and {@code SnapshotMapper} (with the catalog the agent ships, which is the collector's), then through
 * this package's translation and {@link SignatureClassifier}. Every catalog match the agent reports (VPN hints,
 * remote-tool processes, services and installs, jiggler observations) must be found again by the collector from the
 * evidence the agent sent, and every word the agent uses for a tool, an OS server or a session protocol must be one
 * the collector's rules know.
 */
class AgentOutputContractTest {

    private static final Catalog CATALOG = CatalogLoader.loadBundled();
    private static final SignatureClassifier CLASSIFIER = SignatureClassifier.of(CATALOG);
    private static final Supplier<CatalogMatcher> AGENT_CATALOG = () -> CatalogMatcher.of(CatalogStore.bundled());
    /** The OS servers the rules judge, and ssh, which they deliberately leave alone. */
    private static final Set<String> OS_SERVER_KINDS = Stream.concat(RemoteToolRule.OS_DESKTOP_SERVERS.stream(),
            Stream.of("ssh")).collect(Collectors.toSet());
    /** The words of {@code UserSession.protocol} in snapshot.proto. */
    private static final Set<String> SESSION_PROTOCOLS =
            Set.of("", "rdp", "ssh", "x11", "wayland", "tty", "console", "vnc", "xrdp");

    private static final Map<String, DeviceSnapshot> LAPTOPS = new LinkedHashMap<>();

    @TempDir
    static Path dir;

    @BeforeAll
    static void collectEveryOs() throws IOException {
        LAPTOPS.put("windows", SnapshotFromProto.convert(
                WindowsFarmLaptop.snapshot(Files.createDirectory(dir.resolve("windows")), AGENT_CATALOG), "203.0.113.7"));
        LAPTOPS.put("macos", SnapshotFromProto.convert(
                MacosFarmLaptop.snapshot(Files.createDirectory(dir.resolve("macos")), AGENT_CATALOG), "203.0.113.8"));
        LAPTOPS.put("linux", SnapshotFromProto.convert(
                LinuxFarmLaptop.snapshot(Files.createDirectory(dir.resolve("linux")), AGENT_CATALOG), "203.0.113.9"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows", "macos", "linux"})
    void everyVpnHintTheAgentSendsIsMatchedAgainByTheCollector(String os) {
        List<Network.VpnClient> hints = LAPTOPS.get(os).network().vpnClients();

        assertThat(hints).as("the %s fixture exercises the VPN path", os).isNotEmpty();
        for (Network.VpnClient hint : hints) {
            Network alone = new Network(List.of(), List.of(), null, List.of(), List.of(), List.of(hint));
            assertThat(ids(CLASSIFIER.vpnClients(alone, RemoteAccess.EMPTY)))
                    .as("%s: the agent's VPN hint %s", os, hint).contains(hint.matchedTool());
        }
    }

    @Test
    void theFixturesTogetherExerciseEveryKindOfVpnEvidence() {
        Set<String> kinds = LAPTOPS.values().stream().flatMap(s -> s.network().vpnClients().stream())
                .map(h -> h.evidence().substring(0, Math.max(0, h.evidence().indexOf(':'))))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(kinds).containsExactly("adapter", "path", "process", "service");
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows", "macos", "linux"})
    void everyRemoteToolTraceTheAgentMatchedIsMatchedAgain(String os) {
        RemoteAccess access = LAPTOPS.get(os).remoteAccess();

        assertThat(access.processes()).as("the %s fixture exercises remote tools", os).isNotEmpty();
        for (RemoteAccess.Process p : access.processes()) {
            assertThat(ids(CLASSIFIER.remoteTools(only(List.of(p), List.of(), List.of()))))
                    .as("%s: process %s", os, p).contains(p.matchedTool());
        }
        for (RemoteAccess.Service s : access.services()) {
            assertThat(ids(CLASSIFIER.remoteTools(only(List.of(), List.of(s), List.of()))))
                    .as("%s: service %s", os, s).contains(s.matchedTool());
        }
        for (RemoteAccess.Installed i : access.installs()) {
            assertThat(ids(CLASSIFIER.remoteTools(only(List.of(), List.of(), List.of(i)))))
                    .as("%s: install %s", os, i).contains(i.matchedTool());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows", "macos", "linux"})
    void everyJigglerTheAgentNamedIsMatchedAgainFromItsObservation(String os) {
        List<Jiggler> catalogJigglers = LAPTOPS.get(os).jigglers().stream()
                .filter(j -> !"hid-suspect".equals(j.matchedTool())).toList();

        assertThat(catalogJigglers).as("the %s fixture exercises jigglers", os).isNotEmpty();
        for (Jiggler j : catalogJigglers) {
            // no USB devices and no traces: the observation alone must carry the match
            assertThat(ids(CLASSIFIER.jigglers(List.of(j), List.of(), RemoteAccess.EMPTY)))
                    .as("%s: jiggler observation %s", os, j).contains(j.matchedTool());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows", "macos", "linux"})
    void toolIdsOsServerKindsAndSessionProtocolsAreWordsTheCollectorKnows(String os) {
        DeviceSnapshot s = LAPTOPS.get(os);
        Set<String> toolIds = CATALOG.remoteTools().stream().map(RemoteToolSignature::id).collect(Collectors.toSet());

        assertThat(s.remoteAccess().logEntries()).allSatisfy(e -> assertThat(toolIds).contains(e.tool()));
        assertThat(s.remoteAccess().unattended()).allSatisfy(u -> assertThat(toolIds).contains(u.tool()));
        assertThat(s.remoteAccess().osServers()).allSatisfy(k -> assertThat(OS_SERVER_KINDS).contains(k.kind()));
        assertThat(s.sessions()).extracting(UserSession::protocol).allSatisfy(p -> assertThat(SESSION_PROTOCOLS)
                .contains(p));
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows", "macos"})
    void theIpKvmTheAgentSawOnUsbAndHdmiIsAnIpKvmToTheCollector(String os) {
        DeviceClassification c = CLASSIFIER.classify(LAPTOPS.get(os));

        assertThat(c.usbKvms()).as("%s: PiKVM's USB gadget", os).isNotEmpty();
        assertThat(c.displays()).as("%s: PiKVM's EDID", os)
                .anySatisfy(d -> assertThat(d.judgement() != null && d.judgement().ipKvm()).isTrue());
    }

    private static RemoteAccess only(List<RemoteAccess.Process> processes, List<RemoteAccess.Service> services,
                                     List<RemoteAccess.Installed> installs) {
        return new RemoteAccess(processes, services, installs, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static List<String> ids(List<SignatureMatch> matches) {
        return matches.stream().map(SignatureMatch::signatureId).toList();
    }
}
