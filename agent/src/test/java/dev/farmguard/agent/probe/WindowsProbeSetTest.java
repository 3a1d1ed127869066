package dev.farmguard.agent.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.util.JsonFormat;
import dev.farmguard.agent.mapper.SnapshotMapper;
import dev.farmguard.agent.probe.display.WindowsDesktopTopology;
import dev.farmguard.agent.probe.display.WindowsDisplayProbe;
import dev.farmguard.agent.probe.identity.WindowsIdentityProbe;
import dev.farmguard.agent.probe.input.WindowsInputProbe;
import dev.farmguard.agent.probe.input.WindowsInputSource;
import dev.farmguard.agent.probe.jiggler.WindowsJigglerProbe;
import dev.farmguard.agent.probe.locale.WindowsLocaleProbe;
import dev.farmguard.agent.probe.network.WindowsNetworkProbe;
import dev.farmguard.agent.probe.power.WindowsPowerProbe;
import dev.farmguard.agent.probe.remote.WindowsRemoteAccessProbe;
import dev.farmguard.agent.probe.session.RecordedWtsSessions;
import dev.farmguard.agent.probe.session.WindowsSessionProbe;
import dev.farmguard.agent.probe.session.WtsSessionSource;
import dev.farmguard.agent.probe.usb.WindowsHidDevices;
import dev.farmguard.agent.probe.usb.WindowsUsbProbe;
import dev.farmguard.agent.probe.windows.WindowsSystem;
import dev.farmguard.agent.testing.FakeTree;
import dev.farmguard.agent.testing.FakeWindows;
import dev.farmguard.agent.testing.RecordedCommands;
import dev.farmguard.agent.testing.RegExport;
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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole Windows path on this Linux machine: every Windows reader, fed with the recorded answers of one
 * farm laptop (a ThinkPad driven over RDP and AnyDesk, a PiKVM on USB and HDMI, lid closed, Astrill and a
 * TAP adapter, a Korean IME), collected by {@link SnapshotCollector} and mapped by {@link SnapshotMapper}.
 */
class WindowsProbeSetTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path drives;

    private static Snapshot snapshot;

    @BeforeAll
    static void collect() throws IOException {
        copyTree("/remote_access/windows/farm-laptop/drive");
        copyTree("/network/windows/farm-laptop/drive");
        Files.createDirectories(drives.resolve("C/Users/alice/AppData/Local/Programs/MouseJiggler"));
        WindowsSystem system = FakeWindows.of(commands(), registry(), drives);
        ProbeSet probes = new ProbeSet(
                new WindowsIdentityProbe(system, w -> {
                    throw new ProbeException("OSHI is not asked when CIM answers");
                }),
                new WindowsUsbProbe(system, hid()),
                new WindowsDisplayProbe(system, lidClosed()),
                new WindowsRemoteAccessProbe(system, WindowsTestCatalog::matcher),
                new WindowsSessionProbe(sessions()),
                new WindowsInputProbe(service(), sessions()),
                new WindowsPowerProbe(system, () -> Optional.of(
                        FakeTree.hexResource("/power/windows/laptop-on-ac/system-power-status.hex"))),
                new WindowsNetworkProbe(system, WindowsTestCatalog::matcher),
                new WindowsLocaleProbe(system, CLOCK),
                new WindowsJigglerProbe(system, WindowsTestCatalog::matcher, new WindowsUsbProbe(system, hid())));
        CollectedSnapshot collected;
        try (SnapshotCollector collector = new SnapshotCollector(probes, CLOCK, Duration.ofSeconds(30))) {
            collected = collector.collect();
        }
        snapshot = SnapshotMapper.toProto(collected,
                new SnapshotMapper.Envelope("0b7c0e64-2f3e-4a07-8a8e-6e1f7d8b1a22", 7, "0.1.0", "test", 0));
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

    private static RecordedCommands commands() {
        String remote = "/remote_access/windows/farm-laptop/";
        String network = "/network/windows/farm-laptop/";
        return new RecordedCommands()
                .resource("powershell:identity", "/identity/windows/thinkpad/identity.json")
                .resource("powershell:usb", "/usb/windows/farm-laptop/usb.json")
                .resource("powershell:displays", "/display/windows/farm-laptop/monitors.json")
                .resource("powershell:processes", remote + "processes.json")
                .resource("powershell:process-owners", remote + "process-owners.json")
                .resource("powershell:services", remote + "services.json")
                .resource("powershell:sockets", remote + "sockets.json")
                .resource("powershell:network", network + "network.json")
                .resource("netsh wlan show interfaces", network + "netsh-wlan-show-interfaces.txt")
                .resource("netsh wlan show networks mode=bssid", network + "netsh-wlan-show-networks-mode-bssid.txt")
                .resource("powershell:battery-cycles", "/power/windows/laptop-on-ac/battery-cycle-count.json")
                .resource("w32tm /query /status", "/locale/windows/korean-ime/w32tm-query-status.txt");
    }

    private static RegExport registry() {
        return new RegExport()
                .load("/remote_access/windows/farm-laptop/registry.reg")
                .load("/display/windows/farm-laptop/enum-display.reg")
                .load("/locale/windows/korean-ime/registry.reg");
    }

    private static WindowsHidDevices hid() {
        Map<String, String> recorded = Map.of(
                "HID\\VID_1D6B&PID_0104&MI_00\\7&2E5F6A1B&0&0000", "MI_00",
                "HID\\VID_1D6B&PID_0104&MI_01\\7&3A1C9D2E&0&0000", "MI_01",
                "HID\\VID_1D6B&PID_0104&MI_02\\7&1F0B77C5&0&0000", "MI_02");
        String dir = "/usb/windows/farm-laptop/hid/";
        return id -> Optional.ofNullable(recorded.get(id)).map(name -> new WindowsHidDevices.Facts("PiKVM",
                "PiKVM Composite Device", "CAFEBABE", FakeTree.hexResource(dir + name + ".caps.hex"),
                FakeTree.hexResource(dir + name + ".values.hex")));
    }

    private static WindowsDesktopTopology lidClosed() {
        String guid = "#{e6f07b5f-ee97-4a90-b076-33f57bf4eaa7}";
        return () -> List.of(
                new WindowsDesktopTopology.AttachedMonitor("\\\\.\\DISPLAY1",
                        "\\\\?\\DISPLAY#BOE0A15#4&1c1d4b1e&0&UID8388688" + guid, false, 0, 0),
                new WindowsDesktopTopology.AttachedMonitor("\\\\.\\DISPLAY2",
                        "\\\\?\\DISPLAY#LNX7771#5&2f6c6e12&0&UID4352" + guid, true, 1920, 1080));
    }

    private static WtsSessionSource sessions() {
        return RecordedWtsSessions.load("/sessions/windows/rdp-farm/");
    }

    /** The agent as a service: session 0. */
    private static WindowsInputSource service() {
        return new WindowsInputSource() {
            @Override
            public int ownSessionId() {
                return 0;
            }

            @Override
            public Optional<int[]> lastInputTicks() {
                return Optional.empty();
            }
        };
    }

    private static void copyTree(String resource) throws IOException {
        Path source = FakeWindows.resourceDirectory(resource);
        try (Stream<Path> paths = Files.walk(source)) {
            paths.forEach(path -> {
                Path target = drives.resolve(source.relativize(path).toString());
                try {
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
