package dev.farmguard.agent.mapper;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.util.JsonFormat;
import dev.farmguard.agent.probe.CollectedSnapshot;
import dev.farmguard.agent.probe.Platform;
import dev.farmguard.agent.probe.ProbeFailure;
import dev.farmguard.agent.probe.display.DisplayConnectionKind;
import dev.farmguard.agent.probe.display.DisplayInfo;
import dev.farmguard.agent.probe.identity.ChassisKind;
import dev.farmguard.agent.probe.identity.IdentityInfo;
import dev.farmguard.agent.probe.input.InputActivityInfo;
import dev.farmguard.agent.probe.jiggler.JigglerInfo;
import dev.farmguard.agent.probe.locale.LocaleInfo;
import dev.farmguard.agent.probe.network.AccessPointInfo;
import dev.farmguard.agent.probe.network.GatewayInfo;
import dev.farmguard.agent.probe.network.InterfaceInfo;
import dev.farmguard.agent.probe.network.InterfaceKind;
import dev.farmguard.agent.probe.network.NetworkInfo;
import dev.farmguard.agent.probe.network.VpnClientInfo;
import dev.farmguard.agent.probe.network.WifiInfo;
import dev.farmguard.agent.probe.power.LidKind;
import dev.farmguard.agent.probe.power.PowerInfo;
import dev.farmguard.agent.probe.power.PowerSourceKind;
import dev.farmguard.agent.probe.remote.InstallMatch;
import dev.farmguard.agent.probe.remote.OsRemoteDesktopInfo;
import dev.farmguard.agent.probe.remote.ProcessMatch;
import dev.farmguard.agent.probe.remote.RemoteAccessInfo;
import dev.farmguard.agent.probe.remote.RemoteLogEntryInfo;
import dev.farmguard.agent.probe.remote.ServiceMatch;
import dev.farmguard.agent.probe.remote.SocketInfo;
import dev.farmguard.agent.probe.remote.UnattendedInfo;
import dev.farmguard.agent.probe.session.SessionInfo;
import dev.farmguard.agent.probe.session.SessionKind;
import dev.farmguard.agent.probe.usb.UsbDeviceInfo;
import dev.farmguard.agent.probe.usb.UsbInterfaceInfo;
import dev.farmguard.proto.v1.ChassisType;
import dev.farmguard.proto.v1.DisplayConnection;
import dev.farmguard.proto.v1.InterfaceType;
import dev.farmguard.proto.v1.LidState;
import dev.farmguard.proto.v1.OsFamily;
import dev.farmguard.proto.v1.PowerSource;
import dev.farmguard.proto.v1.Snapshot;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotMapperTest {

    private static final Instant AT = Instant.parse("2026-11-21T10:15:30.123Z");
    private static final SnapshotMapper.Envelope ENVELOPE =
            new SnapshotMapper.Envelope("dev-1", 42, "0.1.0", "2026.11.21", 3);

    @Test
    void mapsEveryFamily() throws Exception {
        CollectedSnapshot collected = new CollectedSnapshot(AT,
                new IdentityInfo("host-1", "Dell Inc.", "Latitude 7440", "SN1", "uuid-1", ChassisKind.LAPTOP,
                        Platform.LINUX, "Ubuntu", "24.04", "6.8.0", "i7", 12, 10, 16L << 30,
                        Instant.parse("2026-11-20T08:00:00Z")),
                List.of(new UsbDeviceInfo(0x1d6b, 0x0104, "PiKVM", "PiKVM Composite Device", "CAFEBABE", 0,
                        List.of(new UsbInterfaceInfo(3, 0, 0)), true, "1-1", 480, "PiKVM", "Optical Drive")),
                List.of(new DisplayInfo(new byte[] {0, -1, -1, 0}, "card0-HDMI-A-1", DisplayConnectionKind.EXTERNAL,
                        true, true, 0, 0)),
                new RemoteAccessInfo(
                        List.of(new ProcessMatch(100, "x11vnc", "/usr/bin/x11vnc", "x11vnc -forever", "alice", AT, "vnc")),
                        List.of(new ServiceMatch("anydesk.service", "", "running", "enabled", "/lib/x", "anydesk")),
                        List.of(new InstallMatch("/usr/bin/anydesk", "anydesk")),
                        List.of(new SocketInfo("tcp", "0.0.0.0", 5900, "", 0, 100, "x11vnc", "LISTEN")),
                        List.of(new SocketInfo("tcp", "10.0.0.2", 5900, "10.0.0.9", 50000, 100, "x11vnc", "ESTABLISHED")),
                        List.of(new RemoteLogEntryInfo("anydesk", AT, "123456789", "203.0.113.7",
                                RemoteLogEntryInfo.INCOMING, "/root/.anydesk/connection_trace.txt", null)),
                        List.of(new UnattendedInfo("anydesk", "/etc/anydesk/system.conf", "ad.security.pwd is set")),
                        List.of(new OsRemoteDesktopInfo("xrdp", true, false, 3389))),
                List.of(new SessionInfo("c2", "alice", SessionKind.REMOTE, "ssh", "203.0.113.7", AT, 5, false)),
                new InputActivityInfo(1500, "logind:IdleSinceHint"),
                new PowerInfo(PowerSourceKind.BATTERY, true, 87.5, 312, LidKind.CLOSED),
                new NetworkInfo(
                        List.of(new InterfaceInfo("wlan0", "wlan0", "aa:bb:cc:dd:ee:ff", InterfaceKind.WIFI,
                                List.of("192.168.1.2"), List.of("fe80::1"), true, 0)),
                        List.of(new GatewayInfo("192.168.1.1", "a4:2b:b0:11:22:33", "wlan0")),
                        new WifiInfo("HomeNet", "a4:2b:b0:11:22:34", -52, 5180),
                        List.of(new AccessPointInfo("Neighbour", "00:11:22:33:44:55", -80, 2437)),
                        List.of("192.168.1.1"),
                        List.of(new VpnClientInfo("astrill", "path:/usr/local/Astrill", false))),
                new LocaleInfo("Asia/Seoul", 32400, "ko-KR", List.of("us", "kr"), List.of(), true),
                List.of(new JigglerInfo("hid-suspect", JigglerInfo.USB, "2e8a:000a Pico")),
                List.of(new ProbeFailure("usb", "partial")));

        Snapshot snapshot = SnapshotMapper.toProto(collected, ENVELOPE);

        assertThat(snapshot.getDeviceId()).isEqualTo("dev-1");
        assertThat(snapshot.getSequence()).isEqualTo(42);
        assertThat(snapshot.getCollectedAt().getSeconds()).isEqualTo(AT.getEpochSecond());
        assertThat(snapshot.getCollectedAt().getNanos()).isEqualTo(123_000_000);
        assertThat(snapshot.getAgentVersion()).isEqualTo("0.1.0");
        assertThat(snapshot.getCatalogVersion()).isEqualTo("2026.11.21");
        assertThat(snapshot.getDroppedSnapshotsTotal()).isEqualTo(3);
        assertThat(snapshot.getIdentity().getChassisType()).isEqualTo(ChassisType.CHASSIS_TYPE_LAPTOP);
        assertThat(snapshot.getIdentity().getOsFamily()).isEqualTo(OsFamily.OS_FAMILY_LINUX);
        assertThat(snapshot.getIdentity().getTotalMemoryBytes()).isEqualTo(16L << 30);
        assertThat(snapshot.getUsbDevices(0).getAbsolutePointer()).isTrue();
        assertThat(snapshot.getUsbDevices(0).getScsiVendor()).isEqualTo("PiKVM");
        assertThat(snapshot.getUsbDevices(0).getInterfaces(0).getInterfaceClass()).isEqualTo(3);
        assertThat(snapshot.getDisplays(0).getEdid().toByteArray()).containsExactly(0, -1, -1, 0);
        assertThat(snapshot.getDisplays(0).getConnection()).isEqualTo(DisplayConnection.DISPLAY_CONNECTION_EXTERNAL);
        assertThat(snapshot.getRemoteAccess().getProcesses(0).getMatchedTool()).isEqualTo("vnc");
        assertThat(snapshot.getRemoteAccess().getProcesses(0).hasStartedAt()).isTrue();
        assertThat(snapshot.getRemoteAccess().getServices(0).getStartMode()).isEqualTo("enabled");
        assertThat(snapshot.getRemoteAccess().getInstalls(0).getPath()).isEqualTo("/usr/bin/anydesk");
        assertThat(snapshot.getRemoteAccess().getListeners(0).getLocalPort()).isEqualTo(5900);
        assertThat(snapshot.getRemoteAccess().getConnections(0).getRemoteAddress()).isEqualTo("10.0.0.9");
        assertThat(snapshot.getRemoteAccess().getLogEntries(0).getRemoteId()).isEqualTo("123456789");
        assertThat(snapshot.getRemoteAccess().getLogEntries(0).hasTime()).isTrue();
        assertThat(snapshot.getRemoteAccess().getLogEntries(0).hasEndTime()).isFalse();
        assertThat(snapshot.getRemoteAccess().getUnattended(0).getDetail()).isEqualTo("ad.security.pwd is set");
        assertThat(snapshot.getRemoteAccess().getOsServers(0).getPort()).isEqualTo(3389);
        assertThat(snapshot.getSessions(0).getKind()).isEqualTo(dev.farmguard.proto.v1.SessionKind.SESSION_KIND_REMOTE);
        assertThat(snapshot.getSessions(0).getIdleSeconds()).isEqualTo(5);
        assertThat(snapshot.getInput().getIdleMillis()).isEqualTo(1500);
        assertThat(snapshot.getPower().getSource()).isEqualTo(PowerSource.POWER_SOURCE_BATTERY);
        assertThat(snapshot.getPower().getCycleCount()).isEqualTo(312);
        assertThat(snapshot.getPower().getLid()).isEqualTo(LidState.LID_STATE_CLOSED);
        assertThat(snapshot.getNetwork().getWifi().getBssid()).isEqualTo("a4:2b:b0:11:22:34");
        assertThat(snapshot.getNetwork().getVisibleAccessPoints(0).getFrequencyMhz()).isEqualTo(2437);
        assertThat(snapshot.getJigglers(0).getMatchedTool()).isEqualTo("hid-suspect");
        assertThat(snapshot.getNetwork().getInterfaces(0).getType()).isEqualTo(InterfaceType.INTERFACE_TYPE_WIFI);
        assertThat(snapshot.getNetwork().getGateways(0).getMac()).isEqualTo("a4:2b:b0:11:22:33");
        assertThat(snapshot.getNetwork().getVpnClients(0).getEvidence()).isEqualTo("path:/usr/local/Astrill");
        assertThat(snapshot.getLocale().getKeyboardLayoutsList()).containsExactly("us", "kr");
        assertThat(snapshot.getLocale().getClockSynchronized()).isTrue();
        assertThat(snapshot.getProbeErrors(0).getProbe()).isEqualTo("usb");

        Snapshot.Builder reparsed = Snapshot.newBuilder();
        JsonFormat.parser().merge(JsonFormat.printer().print(snapshot), reparsed);
        assertThat(reparsed.build()).isEqualTo(snapshot);
    }

    @Test
    void familiesThatFailedAreAbsent() {
        CollectedSnapshot collected = new CollectedSnapshot(AT, null, null, null, null, null, null, null, null, null,
                null, List.of(new ProbeFailure("identity", "boom")));

        Snapshot snapshot = SnapshotMapper.toProto(collected, ENVELOPE);

        assertThat(snapshot.hasIdentity()).isFalse();
        assertThat(snapshot.hasRemoteAccess()).isFalse();
        assertThat(snapshot.hasNetwork()).isFalse();
        assertThat(snapshot.hasInput()).isFalse();
        assertThat(snapshot.hasPower()).isFalse();
        assertThat(snapshot.getSessionsCount()).isZero();
        assertThat(snapshot.getJigglersCount()).isZero();
        assertThat(snapshot.hasLocale()).isFalse();
        assertThat(snapshot.getUsbDevicesCount()).isZero();
        assertThat(snapshot.getProbeErrorsList()).hasSize(1);
    }
}
