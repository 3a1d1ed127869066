package dev.farmguard.agent.probe.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.farmguard.agent.probe.PathExpander;
import dev.farmguard.agent.probe.Platform;
import dev.farmguard.agent.probe.macos.MacCommands;
import dev.farmguard.agent.testing.RecordedCommands;
import dev.farmguard.agent.testing.ResourceTrees;
import dev.farmguard.agent.testing.TestCatalog;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MacosRemoteAccessProbeTest {

    static final String DIR = "/remote/macos/farm-laptop/";

    @TempDir
    Path root;

    private RemoteAccessInfo info;
    private final List<String> warnings = new ArrayList<>();

    /** The recorded commands of a laptop with AnyDesk and an open Screen Sharing session. */
    static RecordedCommands commands() {
        return new RecordedCommands()
                .resource(MacCommands.PS_PROCESSES, DIR + "ps-processes.txt")
                .resource(MacCommands.PS_ARGS, DIR + "ps-args.txt")
                .resource(MacCommands.LSOF_LISTEN, DIR + "lsof-listen.txt")
                .resource(MacCommands.LSOF_ESTABLISHED, DIR + "lsof-established.txt")
                .resource(MacCommands.LAUNCHCTL_LIST, DIR + "launchctl-list.txt")
                .resource(MacCommands.LAUNCHCTL_SCREEN_SHARING, DIR + "launchctl-screensharing.txt")
                .answer(MacCommands.LAUNCHCTL_SSHD, 113, "");
    }

    static PathExpander expander() {
        return new PathExpander(Platform.MACOS, Map.of("HOME", "/var/root"), "/var/root");
    }

    @BeforeEach
    void collect() {
        ResourceTrees.copy(DIR + "tree", root);
        info = new MacosRemoteAccessProbe(root, TestCatalog::matcher, expander(), commands(), ZoneOffset.UTC).collect(warnings::add);
    }

    @Test
    void reportsOnlyCatalogProcesses() {
        assertThat(info.processes()).extracting(ProcessMatch::pid).containsExactly(402, 602);
        ProcessMatch service = info.processes().get(0);
        assertThat(service.name()).isEqualTo("AnyDesk");
        assertThat(service.path()).isEqualTo("/Applications/AnyDesk.app/Contents/MacOS/AnyDesk");
        assertThat(service.commandLine()).isEqualTo("/Applications/AnyDesk.app/Contents/MacOS/AnyDesk --service");
        assertThat(service.user()).isEqualTo("root");
        assertThat(service.startedAt()).isEqualTo(Instant.parse("2026-11-19T07:58:21Z"));
        assertThat(service.matchedTool()).isEqualTo("anydesk");
    }

    @Test
    void matchesLaunchdJobsByLabelPartOrProgram() {
        assertThat(info.services()).extracting(ServiceMatch::name, ServiceMatch::state, ServiceMatch::startMode,
                ServiceMatch::matchedTool).containsExactlyInAnyOrder(
                tuple("com.philandro.anydesk.service", "running", "auto", "anydesk"),
                tuple("com.philandro.anydesk.Frontend", "", "auto", "anydesk"),
                tuple("com.teamviewer.teamviewer_service", "stopped", "disabled", "teamviewer"));
        assertThat(info.services()).filteredOn(s -> s.name().equals("com.philandro.anydesk.service"))
                .extracting(ServiceMatch::path)
                .containsExactly("/Library/LaunchDaemons/com.philandro.anydesk.service.plist");
    }

    @Test
    void findsAppBundlesNamedLikeCatalogTools() {
        assertThat(info.installs()).extracting(InstallMatch::path, InstallMatch::matchedTool).containsExactlyInAnyOrder(
                tuple("/Applications/AnyDesk.app", "anydesk"),
                tuple("/Applications/TeamViewer.app", "teamviewer"));
    }

    @Test
    void reportsCatalogListenersAndTheScreenSharingSession() {
        assertThat(info.listeners()).extracting(SocketInfo::localPort, SocketInfo::processName, SocketInfo::protocol)
                .containsExactly(
                        tuple(5900, "launchd", "tcp6"),
                        tuple(5900, "launchd", "tcp"),
                        tuple(7070, "AnyDesk", "tcp"),
                        tuple(7070, "AnyDesk", "tcp6"));
        assertThat(info.listeners().get(0).localAddress()).isEqualTo("::");
        assertThat(info.connections()).extracting(SocketInfo::pid, SocketInfo::remoteAddress, SocketInfo::remotePort)
                .containsExactly(
                        tuple(402, "198.51.100.77", 443),
                        tuple(602, "127.0.0.1", 7070),
                        tuple(950, "203.0.113.50", 61022));
        assertThat(info.connections().get(2).processName()).isEqualTo("screensharingd");
    }

    @Test
    void readsToolLogsAndUnattendedAccess() {
        assertThat(info.logEntries()).extracting(RemoteLogEntryInfo::tool, RemoteLogEntryInfo::remoteId,
                RemoteLogEntryInfo::direction).containsExactly(
                tuple("anydesk", "1092384756", "incoming"),
                tuple("anydesk", "1092384756", "incoming"),
                tuple("teamviewer", "1234567890", "incoming"));
        assertThat(info.logEntries().get(1).time()).isEqualTo(Instant.parse("2026-11-21T02:13:00Z"));
        assertThat(info.logEntries().get(0).source())
                .isEqualTo("/Library/Application Support/AnyDesk/connection_trace.txt");
        assertThat(info.unattended()).singleElement().satisfies(u -> {
            assertThat(u.tool()).isEqualTo("anydesk");
            assertThat(u.detail()).contains("ad.anynet.pwd_hash").doesNotContain("8a1f0c2e");
        });
    }

    @Test
    void screenSharingIsOnAndListeningRemoteLoginIsOff() {
        assertThat(info.osServers()).extracting(OsRemoteDesktopInfo::kind, OsRemoteDesktopInfo::enabled,
                OsRemoteDesktopInfo::listening, OsRemoteDesktopInfo::port).containsExactly(
                tuple("screen_sharing", true, true, 5900),
                tuple("remote_management", false, false, 3283),
                tuple("ssh", false, false, 22));
        assertThat(warnings).isEmpty();
    }

    @Test
    void everyCommandMissingLeavesWarningsAndFilesStillRead() {
        List<String> missing = new ArrayList<>();
        RemoteAccessInfo bare = new MacosRemoteAccessProbe(root, TestCatalog::matcher, expander(), new RecordedCommands(),
                ZoneOffset.UTC)
                .collect(missing::add);

        assertThat(bare.processes()).isEmpty();
        assertThat(bare.services()).hasSize(3);
        assertThat(bare.installs()).hasSize(2);
        assertThat(bare.logEntries()).hasSize(3);
        assertThat(missing).anyMatch(w -> w.contains("ps")).anyMatch(w -> w.contains("lsof"));
    }
}
