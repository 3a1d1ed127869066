package dev.farmguard.agent.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.util.JsonFormat;
import dev.farmguard.agent.mapper.SnapshotMapper;
import dev.farmguard.agent.testing.FakeWindows;
import dev.farmguard.agent.testing.WindowsFarmLaptop;
import dev.farmguard.agent.testing.WindowsTestCatalog;
import dev.farmguard.proto.v1.ChassisType;
import dev.farmguard.proto.v1.DisplayConnection;
import dev.farmguard.proto.v1.InterfaceType;
import dev.farmguard.proto.v1.LidState;
import dev.farmguard.proto.v1.OsFamily;
import dev.farmguard.proto.v1.PowerSource;
import dev.farmguard.proto.v1.SessionKind;
import dev.farmguard.proto.v1.Snapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole Windows path on this Linux machine: every Windows reader, fed with the recorded answers of one
 * farm laptop (a ThinkPad driven over RDP and AnyDesk, a PiKVM on USB and HDMI, lid closed, Astrill and a
 * TAP adapter, a Korean IME), collected by {@link SnapshotCollector} and mapped by {@link SnapshotMapper}
 * ({@link WindowsFarmLaptop}).
 */
class WindowsProbeSetTest {

    private static final Clock CLOCK = WindowsFarmLaptop.CLOCK;

    @TempDir
    static Path drives;

    private static Snapshot snapshot;

    @BeforeAll
    static void collect() throws IOException {
        snapshot = WindowsFarmLaptop.snapshot(drives, WindowsTestCatalog::matcher);
    }

    @Test
    void identityIsAWindowsLaptop() {
        assertThat(snapshot.getIdentity().getOsFamily()).isEqualTo(OsFamily.OS_FAMILY_WINDOWS);
        assertThat(snapshot.getIdentity().getChassisType()).isEqualTo(ChassisType.CHASSIS_TYPE_LAPTOP);
        assertThat(snapshot.getIdentity().getHardwareModel()).isEqualTo("ThinkPad T14 Gen 2i");
        assertThat(snapshot.getIdentity().getOsName()).isEqualTo("Windows 11 Pro");
    }

    @Test
    void theKvmShowsOnUsbAndAsTheOnlyActiveDisplay() {
        assertThat(snapshot.getUsbDevicesList()).anySatisfy(d -> {
            assertThat(d.getVendorId()).isEqualTo(0x1d6b);
            assertThat(d.getManufacturer()).isEqualTo("PiKVM");
            assertThat(d.getAbsolutePointer()).isTrue();
            assertThat(d.getScsiVendor()).isEqualTo("PiKVM");
        });
        assertThat(snapshot.getDisplaysList()).extracting(d -> d.getConnection() + " active=" + d.getActive())
                .containsExactly("DISPLAY_CONNECTION_INTERNAL active=false", "DISPLAY_CONNECTION_EXTERNAL active=true");
        assertThat(snapshot.getDisplays(1).getEdid().size()).isEqualTo(256);
        assertThat(snapshot.getDisplaysList()).extracting(d -> d.getConnection())
                .contains(DisplayConnection.DISPLAY_CONNECTION_INTERNAL);
    }

    @Test
    void remoteAccessCarriesToolsLogsUnattendedAndRdp() {
        var remote = snapshot.getRemoteAccess();
        assertThat(remote.getProcessesList()).extracting(p -> p.getMatchedTool())
                .containsExactly("teamviewer", "anydesk", "anydesk", "teamviewer");
        assertThat(remote.getConnectionsList()).anySatisfy(c -> {
            assertThat(c.getLocalPort()).isEqualTo(3389);
            assertThat(c.getRemoteAddress()).isEqualTo("203.0.113.45");
        });
        assertThat(remote.getLogEntriesList()).anySatisfy(e -> {
            assertThat(e.getRemoteId()).isEqualTo("547911884");
            assertThat(e.getRemoteAddress()).isEqualTo("175.45.176.9");
        });
        assertThat(remote.getUnattendedList()).extracting(u -> u.getTool()).containsExactly("anydesk", "teamviewer");
        assertThat(remote.getOsServersList()).extracting(s -> s.getKind() + ":" + s.getEnabled() + ":" + s.getListening())
                .containsExactly("rdp:true:true", "ssh:true:true");
    }

    @Test
    void sessionsInputAndPower() {
        assertThat(snapshot.getSessionsList()).extracting(s -> s.getKind())
                .containsExactly(SessionKind.SESSION_KIND_REMOTE, SessionKind.SESSION_KIND_REMOTE);
        assertThat(snapshot.getSessions(0).getRemoteHost()).isEqualTo("203.0.113.45");
        assertThat(snapshot.getInput().getIdleMillis()).isEqualTo(-1);
        assertThat(snapshot.getPower().getSource()).isEqualTo(PowerSource.POWER_SOURCE_AC);
        assertThat(snapshot.getPower().getCycleCount()).isEqualTo(412);
        assertThat(snapshot.getPower().getLid()).isEqualTo(LidState.LID_STATE_UNSPECIFIED);
    }

    @Test
    void networkLocaleAndJigglers() {
        var network = snapshot.getNetwork();
        assertThat(network.getGateways(0).getMac()).isEqualTo("3c:37:86:5e:aa:0f");
        assertThat(network.getWifi().getBssid()).isEqualTo("3c:37:86:5e:aa:10");
        assertThat(network.getVisibleAccessPointsCount()).isEqualTo(4);
        assertThat(network.getInterfacesList()).extracting(i -> i.getType()).contains(InterfaceType.INTERFACE_TYPE_TUNNEL);
        assertThat(network.getVpnClientsList()).extracting(v -> v.getMatchedTool()).contains("astrill");
        assertThat(snapshot.getLocale().getTimeZone()).isEqualTo("America/Phoenix");
        assertThat(snapshot.getLocale().getKeyboardLayoutsList()).containsExactly("00000409", "00000412");
        assertThat(snapshot.getLocale().getInputMethodsCount()).isEqualTo(1);
        assertThat(snapshot.getJigglersList()).extracting(j -> j.getMatchedTool() + "/" + j.getKind())
                .containsExactly("mouse-jiggler/process", "mouse-jiggler/install");
    }

    @Test
    void onlyThePartialReadingsAreProbeErrors() {
        assertThat(snapshot.getProbeErrorsList()).extracting(e -> e.getProbe() + ": " + e.getMessage())
                .containsExactlyInAnyOrder(
                        "usb: cannot open 2 HID collection(s); their strings are unknown and only digitizers count as"
                                + " absolute pointers",
                        "input: console input time unknown: the agent runs outside the user's session and Windows"
                                + " keeps no last-input time for the console session");
    }

    @Test
    void printsAsCanonicalJson() throws Exception {
        String json = JsonFormat.printer().print(snapshot);

        assertThat(json).contains("\"osFamily\": \"OS_FAMILY_WINDOWS\"", "\"timeZone\": \"America/Phoenix\"");
        Snapshot.Builder parsed = Snapshot.newBuilder();
        JsonFormat.parser().merge(json, parsed);
        assertThat(parsed.build()).isEqualTo(snapshot);
    }

    @Test
    void theFactoriesPickTheWindowsReaders() {
        ProbeContext windows = new ProbeContext(Platform.WINDOWS, Path.of("/"), WindowsTestCatalog::matcher,
                FakeWindows.ENVIRONMENT, CLOCK);
        ProbeSet set = ProbeSet.forPlatform(windows);

        assertThat(List.of(set.identity(), set.usb(), set.displays(), set.remoteAccess(), set.sessions(), set.input(),
                set.power(), set.network(), set.locale(), set.jigglers()))
                .extracting(probe -> probe.getClass().getSimpleName())
                .containsExactly("WindowsIdentityProbe", "WindowsUsbProbe", "WindowsDisplayProbe",
                        "WindowsRemoteAccessProbe", "WindowsSessionProbe", "WindowsInputProbe", "WindowsPowerProbe",
                        "WindowsNetworkProbe", "WindowsLocaleProbe", "WindowsJigglerProbe");
    }
}
