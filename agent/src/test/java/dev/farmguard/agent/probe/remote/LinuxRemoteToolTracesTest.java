package dev.farmguard.agent.probe.remote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.probe.PathExpander;
import dev.farmguard.agent.probe.Platform;
import dev.farmguard.agent.testing.FakeProc;
import dev.farmguard.agent.testing.FakeTree;
import dev.farmguard.agent.testing.TestCatalog;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logs, unattended access and OS servers of a Linux laptop set up for remote work, on a recorded tree. */
class LinuxRemoteToolTracesTest {

    @TempDir
    Path root;

    private RemoteAccessInfo info;

    @BeforeEach
    void collect() {
        FakeTree tree = new FakeTree(root).copyFixture("/remote_access/linux/farm-laptop")
                .link("/var/log/teamviewer15", root.resolve("opt/teamviewer/logfiles").toString())
                .link("/etc/systemd/system/multi-user.target.wants/xrdp.service", "/usr/lib/systemd/system/xrdp.service")
                .link("/etc/systemd/system/multi-user.target.wants/vncserver@:1.service",
                        "/usr/lib/systemd/system/vncserver@.service");
        new FakeProc(tree).bootTime(1_709_500_000L)
                .netTable("sample", "tcp").netTable("sample", "tcp6").netTable("sample", "udp").netTable("sample", "udp6");
        info = new LinuxRemoteAccessProbe(root, TestCatalog::matcher,
                new PathExpander(Platform.LINUX, Map.of(), "/root")).collect(m -> { });
    }

    @Test
    void connectionLogsOfAnyDeskAndTeamViewerAreParsedOnceEach() {
        assertThat(info.logEntries()).containsExactly(
                new RemoteLogEntryInfo("anydesk", Instant.parse("2024-03-04T01:02:00Z"), "731554602", "", "incoming",
                        "/home/alice/.anydesk/connection_trace.txt", null),
                new RemoteLogEntryInfo("anydesk", Instant.parse("2024-03-04T01:02:17.904Z"), "731554602",
                        "175.45.176.12", "incoming", "/var/log/anydesk.trace", null),
                new RemoteLogEntryInfo("teamviewer", Instant.parse("2024-03-04T02:15:00Z"), "1298430077", "",
                        "incoming", "/opt/teamviewer/logfiles/connections_incoming.txt",
                        Instant.parse("2024-03-04T03:05:41Z")));
    }

    @Test
    void unattendedPasswordsAreNamedNeverShown() {
        assertThat(info.unattended()).containsExactly(
                new UnattendedInfo("anydesk", "/etc/anydesk/service.conf",
                        "ad.anynet.pwd_hash is set (unattended-access password)"),
                new UnattendedInfo("teamviewer", "/opt/teamviewer/config/global.conf",
                        "PermanentPassword is set (unattended-access password)"));
        assertThat(info.unattended()).noneMatch(u -> u.detail().contains("3b1d7c0e") || u.detail().contains("2b 6e"));
    }

    @Test
    void osServersByUnitStateAndListeners() {
        assertThat(info.osServers()).containsExactly(
                new OsRemoteDesktopInfo("xrdp", true, false, 3390),
                new OsRemoteDesktopInfo("vnc", true, true, 5900),
                new OsRemoteDesktopInfo("ssh", false, false, 2222));
    }
}
