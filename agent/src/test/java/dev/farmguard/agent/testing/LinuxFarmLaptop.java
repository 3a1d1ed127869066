package dev.farmguard.agent.testing;

import dev.farmguard.agent.catalog.CatalogMatcher;
import dev.farmguard.agent.mapper.SnapshotMapper;
import dev.farmguard.agent.probe.CollectedSnapshot;
import dev.farmguard.agent.probe.Platform;
import dev.farmguard.agent.probe.ProbeContext;
import dev.farmguard.agent.probe.ProbeSet;
import dev.farmguard.agent.probe.SnapshotCollector;
import dev.farmguard.proto.v1.Snapshot;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One Linux farm laptop on a fake filesystem root: the recorded remote-access tree of
 * {@code /remote_access/linux/farm-laptop} (AnyDesk and TeamViewer logs and unattended passwords, xrdp, VNC) plus
 * the processes, units and devices of a laptop running AnyDesk, TeamViewer's desktop module, x11vnc, Astrill (its
 * {@code astrill0} tunnel, {@code asproxy}, its reconnect unit) and Caffeine. Collected through the agent's own
 * factory ({@link ProbeSet#forPlatform}) as on a real Linux machine, and mapped by {@link SnapshotMapper}.
 */
public final class LinuxFarmLaptop {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);

    private LinuxFarmLaptop() {
    }

    /** The laptop's snapshot as the agent would send it, its files laid out under {@code root}. */
    public static Snapshot snapshot(Path root, Supplier<CatalogMatcher> catalog) {
        lay(root);
        ProbeContext context = new ProbeContext(Platform.LINUX, root, catalog, Map.of("HOME", "/home/alice"), CLOCK);
        CollectedSnapshot collected;
        try (SnapshotCollector collector = new SnapshotCollector(ProbeSet.forPlatform(context), CLOCK,
                Duration.ofSeconds(30))) {
            collected = collector.collect();
        }
        return SnapshotMapper.toProto(collected, new SnapshotMapper.Envelope("linux-1", 7, "0.1.0", "test", 0));
    }

    private static void lay(Path root) {
        FakeTree tree = new FakeTree(root).copyFixture("/remote_access/linux/farm-laptop")
                .link("/var/log/teamviewer15", root.resolve("opt/teamviewer/logfiles").toString())
                .link("/etc/systemd/system/multi-user.target.wants/xrdp.service",
                        "/usr/lib/systemd/system/xrdp.service")
                .file("/etc/passwd", "root:x:0:0:root:/root:/bin/bash\nalice:x:1000:1000::/home/alice:/bin/bash\n")
                .file("/usr/bin/anydesk", "")
                .file("/usr/lib/systemd/system/anydesk.service", "[Service]\n")
                .link("/etc/systemd/system/multi-user.target.wants/anydesk.service",
                        "/usr/lib/systemd/system/anydesk.service")
                .dir("/opt/teamviewer/tv_bin")
                .dir("/usr/local/Astrill")
                .file("/usr/lib/systemd/system/astrill-reconnect.service", "[Service]\n")
                .file("/usr/bin/caffeine-indicator", "")
                .dir("/run/systemd/system");
        String tun = "/sys/class/net/astrill0/";
        tree.file(tun + "type", "65534\n").file(tun + "address", "\n").file(tun + "flags", "0x1091\n")
                .file(tun + "operstate", "unknown\n").file(tun + "uevent", "INTERFACE=astrill0\nDEVTYPE=tun\n")
                .file(tun + "tun_flags", "0x1001\n");
        new FakeProc(tree).bootTime(1_763_700_000L)
                .process(100, "anydesk", "/usr/bin/anydesk", 0, 500, new String[] {"/usr/bin/anydesk", "--service"})
                .process(200, "TeamViewer_Desk", "/opt/teamviewer/tv_bin/TeamViewer_Desktop", 0, 500,
                        new String[] {"/opt/teamviewer/tv_bin/TeamViewer_Desktop", "--IPCport", "5939", "--Module",
                            "1"},
                        1004)
                .process(300, "x11vnc", "/usr/bin/x11vnc", 1000, 12345,
                        new String[] {"x11vnc", "-forever", "-rfbport", "5900"}, 1001, 1003)
                .process(700, "asproxy", "/usr/local/Astrill/asproxy", 0, 10,
                        new String[] {"/usr/local/Astrill/asproxy"})
                .process(800, "caffeine-indic", "/usr/bin/python3.11", 1000, 5,
                        new String[] {"/usr/bin/python3", "/usr/bin/caffeine-indicator"})
                .netTable("sample", "tcp").netTable("sample", "tcp6").netTable("sample", "udp")
                .netTable("sample", "udp6");
    }
}
