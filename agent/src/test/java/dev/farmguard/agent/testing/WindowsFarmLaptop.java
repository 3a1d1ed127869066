package dev.farmguard.agent.testing;

import dev.farmguard.agent.catalog.CatalogMatcher;
import dev.farmguard.agent.mapper.SnapshotMapper;
import dev.farmguard.agent.probe.CollectedSnapshot;
import dev.farmguard.agent.probe.ProbeException;
import dev.farmguard.agent.probe.ProbeSet;
import dev.farmguard.agent.probe.SnapshotCollector;
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
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * One recorded Windows farm laptop (a ThinkPad driven over RDP and AnyDesk, a PiKVM on USB and HDMI, lid closed,
 * Astrill and a TAP adapter, a Korean IME, Mouse Jiggler), run through every Windows reader, {@link SnapshotCollector}
 * and {@link SnapshotMapper}: the snapshot the real agent would send. Shared by the agent's own test and the
 * collector's contract test (through the agent's test jar).
 */
public final class WindowsFarmLaptop {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);

    private WindowsFarmLaptop() {
    }

    /** The laptop's snapshot, its files laid out under {@code drives}, matched against {@code catalog}. */
    public static Snapshot snapshot(Path drives, Supplier<CatalogMatcher> catalog) throws IOException {
        copyTree("/remote_access/windows/farm-laptop/drive", drives);
        copyTree("/network/windows/farm-laptop/drive", drives);
        Files.createDirectories(drives.resolve("C/Users/alice/AppData/Local/Programs/MouseJiggler"));
        WindowsSystem system = FakeWindows.of(commands(), registry(), drives);
        ProbeSet probes = new ProbeSet(
                new WindowsIdentityProbe(system, w -> {
                    throw new ProbeException("OSHI is not asked when CIM answers");
                }),
                new WindowsUsbProbe(system, hid()),
                new WindowsDisplayProbe(system, lidClosed()),
                new WindowsRemoteAccessProbe(system, catalog),
                new WindowsSessionProbe(sessions()),
                new WindowsInputProbe(service(), sessions()),
                new WindowsPowerProbe(system, () -> Optional.of(
                        FakeTree.hexResource("/power/windows/laptop-on-ac/system-power-status.hex"))),
                new WindowsNetworkProbe(system, catalog),
                new WindowsLocaleProbe(system, CLOCK),
                new WindowsJigglerProbe(system, catalog, new WindowsUsbProbe(system, hid())));
        CollectedSnapshot collected;
        try (SnapshotCollector collector = new SnapshotCollector(probes, CLOCK, Duration.ofSeconds(30))) {
            collected = collector.collect();
        }
        return SnapshotMapper.toProto(collected,
                new SnapshotMapper.Envelope("0b7c0e64-2f3e-4a07-8a8e-6e1f7d8b1a22", 7, "0.1.0", "test", 0));
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

    private static void copyTree(String resource, Path drives) throws IOException {
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
