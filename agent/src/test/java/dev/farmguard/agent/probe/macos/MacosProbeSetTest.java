package dev.farmguard.agent.probe.macos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.protobuf.util.JsonFormat;
import dev.farmguard.agent.mapper.SnapshotMapper;
import dev.farmguard.agent.probe.CollectedSnapshot;
import dev.farmguard.agent.probe.Platform;
import dev.farmguard.agent.probe.ProbeContext;
import dev.farmguard.agent.probe.ProbeFailure;
import dev.farmguard.agent.probe.ProbeSet;
import dev.farmguard.agent.probe.SnapshotCollector;
import dev.farmguard.agent.testing.MacosFarmLaptop;
import dev.farmguard.agent.testing.MacosTestCatalog;
import dev.farmguard.agent.testing.RecordedCommands;
import dev.farmguard.proto.v1.ChassisType;
import dev.farmguard.proto.v1.DisplayConnection;
import dev.farmguard.proto.v1.InterfaceType;
import dev.farmguard.proto.v1.LidState;
import dev.farmguard.proto.v1.OsFamily;
import dev.farmguard.proto.v1.PowerSource;
import dev.farmguard.proto.v1.SessionKind;
import dev.farmguard.proto.v1.Snapshot;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole macOS path on this Linux machine: every macOS reader over the recorded output of one laptop
 * (an Apple silicon MacBook Air with its lid closed, driven through a PiKVM, AnyDesk and a Screen Sharing
 * session, Astrill, Amphetamine), collected by {@link SnapshotCollector} and mapped by {@link SnapshotMapper}.
 */
class MacosProbeSetTest {

    private static final Clock CLOCK = MacosFarmLaptop.CLOCK;


    @TempDir
    Path root;

    private ProbeSet macosProbes(RecordedCommands commands) {
        return MacosFarmLaptop.probes(root, commands, MacosTestCatalog::matcher);
    }

    @Test
    void aCompleteMacosSnapshotMapsToTheWireMessage() throws Exception {
        CollectedSnapshot collected;
        try (SnapshotCollector collector = new SnapshotCollector(macosProbes(MacosFarmLaptop.commands()), CLOCK,
                Duration.ofSeconds(20))) {
            collected = collector.collect();
        }
        assertThat(collected.failures()).isEmpty();

        Snapshot snapshot = SnapshotMapper.toProto(collected,
                new SnapshotMapper.Envelope("mac-1", 7, "0.1.0", MacosTestCatalog.matcher().version(), 0));

        assertThat(snapshot.getProbeErrorsList()).isEmpty();
        assertThat(snapshot.getIdentity().getOsFamily()).isEqualTo(OsFamily.OS_FAMILY_MACOS);
        assertThat(snapshot.getIdentity().getChassisType()).isEqualTo(ChassisType.CHASSIS_TYPE_LAPTOP);
        assertThat(snapshot.getIdentity().getHardwareSerial()).isEqualTo("H7WQ3LX9KD");
        assertThat(snapshot.getIdentity().getOsVersion()).isEqualTo("14.5");
        assertThat(snapshot.getUsbDevicesList()).hasSize(3);
        assertThat(snapshot.getUsbDevices(2).getAbsolutePointer()).isTrue();
        assertThat(snapshot.getUsbDevices(2).getScsiVendor()).isEqualTo("PiKVM");
        assertThat(snapshot.getDisplaysList()).extracting(d -> d.getConnection(), d -> d.getActive()).containsExactly(
                tuple(DisplayConnection.DISPLAY_CONNECTION_EXTERNAL, true),
                tuple(DisplayConnection.DISPLAY_CONNECTION_INTERNAL, false));
        assertThat(snapshot.getDisplays(0).getEdid().size()).isEqualTo(256);
        assertThat(snapshot.getRemoteAccess().getProcessesList()).extracting(p -> p.getMatchedTool())
                .containsOnly("anydesk");
        assertThat(snapshot.getRemoteAccess().getLogEntriesList()).hasSize(3);
        assertThat(snapshot.getRemoteAccess().getUnattendedList()).hasSize(1);
        assertThat(snapshot.getRemoteAccess().getOsServersList()).filteredOn(s -> s.getKind().equals("screen_sharing"))
                .singleElement().satisfies(s -> assertThat(s.getEnabled() && s.getListening()).isTrue());
        assertThat(snapshot.getSessionsList()).filteredOn(s -> s.getKind() == SessionKind.SESSION_KIND_REMOTE)
                .extracting(s -> s.getProtocol()).containsExactly("ssh", "ssh", "vnc");
        assertThat(snapshot.getInput().getIdleMillis()).isEqualTo(754_310L);
        assertThat(snapshot.getPower().getSource()).isEqualTo(PowerSource.POWER_SOURCE_AC);
        assertThat(snapshot.getPower().getLid()).isEqualTo(LidState.LID_STATE_CLOSED);
        assertThat(snapshot.getNetwork().getGateways(0).getMac()).isEqualTo("04:5a:95:0c:12:ab");
        assertThat(snapshot.getNetwork().getInterfacesList()).filteredOn(i -> i.getName().equals("en0"))
                .singleElement().satisfies(i -> assertThat(i.getType()).isEqualTo(InterfaceType.INTERFACE_TYPE_WIFI));
        assertThat(snapshot.getNetwork().getWifi().getFrequencyMhz()).isEqualTo(5745);
        assertThat(snapshot.getNetwork().getVpnClientsList()).extracting(v -> v.getMatchedTool()).containsOnly("astrill");
        assertThat(snapshot.getLocale().getTimeZone()).isEqualTo("America/Phoenix");
        assertThat(snapshot.getLocale().getInputMethodsList()).contains("com.apple.inputmethod.Korean.2SetKorean");
        assertThat(snapshot.getJigglersList()).extracting(j -> j.getMatchedTool()).containsOnly("amphetamine");

        Snapshot.Builder parsed = Snapshot.newBuilder();
        JsonFormat.parser().merge(JsonFormat.printer().print(snapshot), parsed);
        assertThat(parsed.build()).isEqualTo(snapshot);
    }

    @Test
    void withoutItsCommandsEveryFamilyFailsOrReportsLessButTheSnapshotIsComplete() throws Exception {
        CollectedSnapshot collected;
        try (SnapshotCollector collector = new SnapshotCollector(macosProbes(new RecordedCommands()), CLOCK,
                Duration.ofSeconds(20))) {
            collected = collector.collect();
        }

        assertThat(collected.failures()).extracting(ProbeFailure::probe)
                .contains("identity", "usb", "display", "remote_access", "sessions", "input", "power", "network",
                        "locale", "jigglers");
        assertThat(collected.identity()).as("OSHI's facts remain").isNotNull();
        assertThat(collected.remoteAccess().installs()).as("files are still read").isNotEmpty();
        assertThat(collected.locale().timeZone()).isEqualTo("America/Phoenix");
        assertThat(collected.usbDevices()).isEmpty();
    }

    @Test
    void theFactoriesPickTheMacosReaders() {
        ProbeContext context = new ProbeContext(Platform.MACOS, root, MacosTestCatalog::matcher, Map.of(), CLOCK);

        ProbeSet probes = ProbeSet.forPlatform(context);

        assertThat(List.of(probes.identity(), probes.usb(), probes.displays(), probes.remoteAccess(), probes.sessions(),
                probes.input(), probes.power(), probes.network(), probes.locale(), probes.jigglers()))
                .extracting(probe -> probe.getClass().getSimpleName())
                .containsExactly("MacosIdentityProbe", "MacosUsbProbe", "MacosDisplayProbe", "MacosRemoteAccessProbe",
                        "MacosSessionProbe", "MacosInputProbe", "MacosPowerProbe", "MacosNetworkProbe",
                        "MacosLocaleProbe", "MacosJigglerProbe");
    }
}
