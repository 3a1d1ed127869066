package dev.farmguard.agent.probe.macos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.protobuf.util.JsonFormat;
import dev.farmguard.agent.mapper.SnapshotMapper;
import dev.farmguard.agent.probe.CollectedSnapshot;
import dev.farmguard.agent.probe.PathExpander;
import dev.farmguard.agent.probe.Platform;
import dev.farmguard.agent.probe.ProbeContext;
import dev.farmguard.agent.probe.ProbeFailure;
import dev.farmguard.agent.probe.ProbeSet;
import dev.farmguard.agent.probe.SnapshotCollector;
import dev.farmguard.agent.probe.display.MacosDisplayProbe;
import dev.farmguard.agent.probe.identity.HardwareFacts;
import dev.farmguard.agent.probe.identity.MacosIdentityProbe;
import dev.farmguard.agent.probe.input.MacosInputProbe;
import dev.farmguard.agent.probe.jiggler.MacosJigglerProbe;
import dev.farmguard.agent.probe.locale.MacosLocaleProbe;
import dev.farmguard.agent.probe.network.MacosNetworkProbe;
import dev.farmguard.agent.probe.power.MacosPowerProbe;
import dev.farmguard.agent.probe.remote.MacosRemoteAccessProbe;
import dev.farmguard.agent.probe.session.MacosSessionProbe;
import dev.farmguard.agent.probe.usb.MacosUsbProbe;
import dev.farmguard.agent.testing.FakeTree;
import dev.farmguard.agent.testing.MacosTestCatalog;
import dev.farmguard.agent.testing.RecordedCommands;
import dev.farmguard.agent.testing.ResourceTrees;
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
import java.time.Instant;
import java.time.ZoneOffset;
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

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final HardwareFacts OSHI = new HardwareFacts("Apple Inc.", "Mac14,2", "", "", "Apple M2", 8, 8,
            17_179_869_184L, Instant.parse("2026-11-19T07:58:00Z"));
    private static final String REMOTE = "/remote/macos/farm-laptop/";
    private static final String NETWORK = "/network/macos/farm-laptop/";
    private static final String DISPLAY = "/display/macos/apple-silicon-lid-closed-pikvm/";
    private static final String IDENTITY = "/identity/macos/apple-silicon-air/";
    private static final String POWER = "/power/macos/apple-silicon-ac-lid-closed/";
    private static final String LOCALE = "/locale/macos/korean-input/";
    private static final String PREFS = "/Users/alice/Library/Preferences/";

    @TempDir
    Path root;

    /** Every command the macOS readers run, answered with the laptop's recorded output. */
    static RecordedCommands laptop() {
        return new RecordedCommands()
                .resource(MacCommands.IOREG_PLATFORM, IDENTITY + "ioreg-platform.txt")
                .resource(MacCommands.SP_HARDWARE, IDENTITY + "sp-hardware.json")
                .resource(MacCommands.SW_VERS, IDENTITY + "sw_vers.txt")
                .resource(MacCommands.HOSTNAME, IDENTITY + "hostname.txt")
                .resource(MacCommands.IOREG_USB, "/usb/macos/pikvm-and-hub/ioreg.txt")
                .resource(MacCommands.SP_DISPLAYS, DISPLAY + "system_profiler.json")
                .resource(MacCommands.IOREG_EDID, DISPLAY + "ioreg-edid.txt")
                .resource(MacCommands.IOREG_DISPLAY_EDID, DISPLAY + "ioreg-displayedid.txt")
                .resource(MacCommands.IOREG_CLCD, DISPLAY + "ioreg-clcd.txt")
                .resource(MacCommands.PS_PROCESSES, REMOTE + "ps-processes.txt")
                .resource(MacCommands.PS_ARGS, REMOTE + "ps-args.txt")
                .resource(MacCommands.LSOF_LISTEN, REMOTE + "lsof-listen.txt")
                .resource(MacCommands.LSOF_ESTABLISHED, REMOTE + "lsof-established.txt")
                .resource(MacCommands.LAUNCHCTL_LIST, REMOTE + "launchctl-list.txt")
                .resource(MacCommands.LAUNCHCTL_SCREEN_SHARING, REMOTE + "launchctl-screensharing.txt")
                .answer(MacCommands.LAUNCHCTL_SSHD, 113, "")
                .resource(MacCommands.WHO, "/session/macos/farm-laptop/who.txt")
                .resource(MacCommands.IOREG_HID_SYSTEM, "/input/macos/hid-system/ioreg.txt")
                .resource(MacCommands.PMSET_BATT, POWER + "pmset.txt")
                .resource(MacCommands.IOREG_BATTERY, POWER + "ioreg-battery.txt")
                .resource(MacCommands.IOREG_CLAMSHELL, POWER + "ioreg-clamshell.txt")
                .resource(MacCommands.IFCONFIG, NETWORK + "ifconfig.txt")
                .resource(MacCommands.HARDWARE_PORTS, NETWORK + "networksetup.txt")
                .resource(MacCommands.NETSTAT_ROUTES, NETWORK + "netstat.txt")
                .resource(MacCommands.ARP, NETWORK + "arp.txt")
                .resource(MacCommands.SCUTIL_DNS, NETWORK + "scutil-dns.txt")
                .resource(MacCommands.SP_AIRPORT, NETWORK + "sp-airport.json")
                .resource(MacCommands.CONSOLE_USER, LOCALE + "console-user.txt")
                .resource(MacCommands.defaultsRead(PREFS + ".GlobalPreferences", "AppleLocale"), LOCALE + "apple-locale.txt")
                .resource(MacCommands.defaultsRead(PREFS + "com.apple.HIToolbox", "AppleEnabledInputSources"),
                        LOCALE + "input-sources.txt")
                .resource(MacCommands.SYSTEMSETUP_TIMEZONE, LOCALE + "systemsetup.txt");
    }

    private ProbeSet macosProbes(RecordedCommands commands) {
        ResourceTrees.copy(REMOTE + "tree", root);
        new FakeTree(root).link("/etc/localtime", "/var/db/timezone/zoneinfo/America/Phoenix");
        PathExpander expander = new PathExpander(Platform.MACOS, Map.of("HOME", "/var/root"), "/var/root");
        return new ProbeSet(
                new MacosIdentityProbe(commands, () -> OSHI),
                new MacosUsbProbe(commands),
                new MacosDisplayProbe(commands),
                new MacosRemoteAccessProbe(root, MacosTestCatalog::matcher, expander, commands, ZoneOffset.UTC),
                new MacosSessionProbe(commands, CLOCK, ZoneOffset.UTC),
                new MacosInputProbe(commands),
                new MacosPowerProbe(commands),
                new MacosNetworkProbe(root, MacosTestCatalog::matcher, expander, commands, ZoneOffset.UTC),
                new MacosLocaleProbe(root, commands, CLOCK),
                new MacosJigglerProbe(root, MacosTestCatalog::matcher, expander, commands, ZoneOffset.UTC));
    }

    @Test
    void aCompleteMacosSnapshotMapsToTheWireMessage() throws Exception {
        CollectedSnapshot collected;
        try (SnapshotCollector collector = new SnapshotCollector(macosProbes(laptop()), CLOCK, Duration.ofSeconds(20))) {
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
