package dev.farmguard.agent.testing;

import dev.farmguard.agent.catalog.CatalogMatcher;
import dev.farmguard.agent.mapper.SnapshotMapper;
import dev.farmguard.agent.probe.CollectedSnapshot;
import dev.farmguard.agent.probe.PathExpander;
import dev.farmguard.agent.probe.Platform;
import dev.farmguard.agent.probe.ProbeSet;
import dev.farmguard.agent.probe.SnapshotCollector;
import dev.farmguard.agent.probe.display.MacosDisplayProbe;
import dev.farmguard.agent.probe.identity.HardwareFacts;
import dev.farmguard.agent.probe.identity.MacosIdentityProbe;
import dev.farmguard.agent.probe.input.MacosInputProbe;
import dev.farmguard.agent.probe.jiggler.MacosJigglerProbe;
import dev.farmguard.agent.probe.locale.MacosLocaleProbe;
import dev.farmguard.agent.probe.macos.MacCommands;
import dev.farmguard.agent.probe.network.MacosNetworkProbe;
import dev.farmguard.agent.probe.power.MacosPowerProbe;
import dev.farmguard.agent.probe.remote.MacosRemoteAccessProbe;
import dev.farmguard.agent.probe.session.MacosSessionProbe;
import dev.farmguard.agent.probe.usb.MacosUsbProbe;
import dev.farmguard.proto.v1.Snapshot;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One recorded macOS farm laptop (an Apple silicon MacBook Air with its lid closed, driven through a PiKVM, AnyDesk
 * and a Screen Sharing session, Astrill, Amphetamine): its commands' recorded output, every macOS reader over it,
 * and the snapshot {@link SnapshotCollector} and {@link SnapshotMapper} make of it. Shared by the agent's own test
 * and the collector's contract test (through the agent's test jar).
 */
public final class MacosFarmLaptop {

    public static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final HardwareFacts OSHI = new HardwareFacts("Apple Inc.", "Mac14,2", "", "", "Apple M2", 8, 8,
            17_179_869_184L, Instant.parse("2026-11-19T07:58:00Z"));
    private static final String REMOTE = "/remote/macos/farm-laptop/";
    private static final String NETWORK = "/network/macos/farm-laptop/";
    private static final String DISPLAY = "/display/macos/apple-silicon-lid-closed-pikvm/";
    private static final String IDENTITY = "/identity/macos/apple-silicon-air/";
    private static final String POWER = "/power/macos/apple-silicon-ac-lid-closed/";
    private static final String LOCALE = "/locale/macos/korean-input/";
    private static final String PREFS = "/Users/alice/Library/Preferences/";

    private MacosFarmLaptop() {
    }

    /** Every command the macOS readers run, answered with the laptop's recorded output. */
    public static RecordedCommands commands() {
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
                .resource(MacCommands.defaultsRead(PREFS + ".GlobalPreferences", "AppleLocale"),
                        LOCALE + "apple-locale.txt")
                .resource(MacCommands.defaultsRead(PREFS + "com.apple.HIToolbox", "AppleEnabledInputSources"),
                        LOCALE + "input-sources.txt")
                .resource(MacCommands.SYSTEMSETUP_TIMEZONE, LOCALE + "systemsetup.txt");
    }

    /** Every macOS reader over the recorded commands and the laptop's files, laid out under {@code root}. */
    public static ProbeSet probes(Path root, RecordedCommands commands, Supplier<CatalogMatcher> catalog) {
        ResourceTrees.copy(REMOTE + "tree", root);
        new FakeTree(root).link("/etc/localtime", "/var/db/timezone/zoneinfo/America/Phoenix");
        PathExpander expander = new PathExpander(Platform.MACOS, Map.of("HOME", "/var/root"), "/var/root");
        return new ProbeSet(
                new MacosIdentityProbe(commands, () -> OSHI),
                new MacosUsbProbe(commands),
                new MacosDisplayProbe(commands),
                new MacosRemoteAccessProbe(root, catalog, expander, commands, ZoneOffset.UTC),
                new MacosSessionProbe(commands, CLOCK, ZoneOffset.UTC),
                new MacosInputProbe(commands),
                new MacosPowerProbe(commands),
                new MacosNetworkProbe(root, catalog, expander, commands, ZoneOffset.UTC),
                new MacosLocaleProbe(root, commands, CLOCK),
                new MacosJigglerProbe(root, catalog, expander, commands, ZoneOffset.UTC));
    }

    /** The laptop's snapshot as the agent would send it, its files under {@code root}. */
    public static Snapshot snapshot(Path root, Supplier<CatalogMatcher> catalog) {
        CollectedSnapshot collected;
        try (SnapshotCollector collector = new SnapshotCollector(probes(root, commands(), catalog), CLOCK,
                Duration.ofSeconds(20))) {
            collected = collector.collect();
        }
        return SnapshotMapper.toProto(collected, new SnapshotMapper.Envelope("mac-1", 7, "0.1.0", "test", 0));
    }
}
