package dev.farmguard.agent.probe.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmguard.agent.probe.ProbeException;
import dev.farmguard.agent.testing.FakeWindows;
import dev.farmguard.agent.testing.RecordedCommands;
import dev.farmguard.agent.testing.RegExport;
import dev.farmguard.agent.testing.WindowsTestCatalog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WindowsRemoteAccessProbeTest {

    static final String CASE = "/remote_access/windows/farm-laptop/";

    private RemoteAccessInfo info;
    private final List<String> warnings = new ArrayList<>();
    private RecordedCommands commands;

    static RecordedCommands commands() {
        return new RecordedCommands()
                .resource("powershell:processes", CASE + "processes.json")
                .resource("powershell:process-owners", CASE + "process-owners.json")
                .resource("powershell:services", CASE + "services.json")
                .resource("powershell:sockets", CASE + "sockets.json");
    }

    @BeforeEach
    void collect() throws Exception {
        commands = commands();
        info = new WindowsRemoteAccessProbe(FakeWindows.of(commands, new RegExport().load(CASE + "registry.reg"),
                FakeWindows.resourceDirectory(CASE + "drive")), WindowsTestCatalog::matcher).collect(warnings::add);
    }

    @Test
    void reportsOnlyCatalogProcessesWithTheirOwners() {
        assertThat(info.processes()).containsExactly(
                new ProcessMatch(3344, "TeamViewer_Service.exe", "C:\\Program Files\\TeamViewer\\TeamViewer_Service.exe",
                        "\"C:\\Program Files\\TeamViewer\\TeamViewer_Service.exe\"", "NT AUTHORITY\\SYSTEM",
                        Instant.parse("2026-11-20T07:41:14.2Z"), "teamviewer"),
                new ProcessMatch(4312, "AnyDesk.exe", "C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe",
                        "\"C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe\" --service", "NT AUTHORITY\\SYSTEM",
                        Instant.parse("2026-11-20T07:41:15.031Z"), "anydesk"),
                new ProcessMatch(7720, "AnyDesk.exe", "C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe",
                        "\"C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe\" --backend", "ACME\\alice",
                        Instant.parse("2026-11-20T07:42:31.5Z"), "anydesk"),
                new ProcessMatch(8120, "TeamViewer.exe", "C:\\Program Files\\TeamViewer\\TeamViewer.exe",
                        "\"C:\\Program Files\\TeamViewer\\TeamViewer.exe\"", "ACME\\alice",
                        Instant.parse("2026-11-20T07:42:33Z"), "teamviewer"));
        assertThat(warnings).isEmpty();
    }

    @Test
    void matchesServicesByNameOrDisplayName() {
        assertThat(info.services()).containsExactly(
                new ServiceMatch("AnyDesk", "AnyDesk Service", "running", "auto",
                        "\"C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe\" --service", "anydesk"),
                new ServiceMatch("SRService", "Splashtop® Remote Service", "stopped", "disabled",
                        "\"C:\\Program Files (x86)\\Splashtop\\Splashtop Remote\\Server\\SRService.exe\"", "splashtop"),
                new ServiceMatch("TeamViewer", "TeamViewer", "running", "auto",
                        "\"C:\\Program Files\\TeamViewer\\TeamViewer_Service.exe\"", "teamviewer"));
    }

    @Test
    void findsInstallPathsOnTheDrive() {
        assertThat(info.installs()).containsExactly(
                new InstallMatch("C:\\Program Files (x86)\\AnyDesk", "anydesk"),
                new InstallMatch("C:\\ProgramData\\AnyDesk", "anydesk"),
                new InstallMatch("C:\\Program Files\\TeamViewer", "teamviewer"));
    }

    @Test
    void reportsListenersOnCatalogPortsOrOfCatalogProcesses() {
        assertThat(info.listeners()).containsExactly(
                new SocketInfo("tcp6", "::", 3389, "", 0, 1180, "svchost.exe", "LISTEN"),
                new SocketInfo("tcp", "0.0.0.0", 7070, "", 0, 4312, "AnyDesk.exe", "LISTEN"),
                new SocketInfo("tcp", "0.0.0.0", 3389, "", 0, 1180, "svchost.exe", "LISTEN"),
                new SocketInfo("tcp", "127.0.0.1", 5939, "", 0, 3344, "TeamViewer_Service.exe", "LISTEN"),
                new SocketInfo("udp", "0.0.0.0", 3389, "", 0, 1180, "svchost.exe", "UNCONN"),
                new SocketInfo("udp6", "::", 3389, "", 0, 1180, "svchost.exe", "UNCONN"),
                new SocketInfo("udp", "0.0.0.0", 50001, "", 0, 4312, "AnyDesk.exe", "UNCONN"));
    }

    @Test
    void reportsConnectionsOfCatalogProcessesAndInboundRdp() {
        assertThat(info.connections()).containsExactly(
                new SocketInfo("tcp", "192.168.1.23", 3389, "203.0.113.45", 51234, 1180, "svchost.exe", "ESTABLISHED"),
                new SocketInfo("tcp", "192.168.1.23", 50433, "195.181.174.171", 443, 4312, "AnyDesk.exe", "ESTABLISHED"),
                new SocketInfo("tcp", "192.168.1.23", 50440, "217.146.25.34", 5938, 3344, "TeamViewer_Service.exe",
                        "ESTABLISHED"));
    }

    @Test
    void readsAnyDeskAndTeamViewerLogsOfTheServiceAndOfUsers() {
        assertThat(info.logEntries()).containsExactly(
                entry("anydesk", "2026-11-18T22:04:00Z", "547911884", "", "incoming",
                        "C:\\ProgramData\\AnyDesk\\connection_trace.txt", null),
                entry("anydesk", "2026-11-19T23:10:00Z", "547911884", "", "incoming",
                        "C:\\ProgramData\\AnyDesk\\connection_trace.txt", null),
                entry("anydesk", "2026-11-20T01:37:00Z", "983312470", "", "incoming",
                        "C:\\ProgramData\\AnyDesk\\connection_trace.txt", null),
                entry("anydesk", "2026-11-19T23:10:02.601Z", "547911884", "175.45.176.9", "incoming",
                        "C:\\ProgramData\\AnyDesk\\ad_svc.trace", null),
                entry("teamviewer", "2026-11-19T22:15:30Z", "1234567890", "", "incoming",
                        "C:\\Program Files\\TeamViewer\\Connections_incoming.txt", "2026-11-20T03:45:12Z"),
                entry("teamviewer", "2026-10-02T09:00:01Z", "987654321", "", "outgoing",
                        "C:\\Users\\alice\\AppData\\Roaming\\TeamViewer\\Connections.txt", "2026-10-02T09:10:59Z"));
    }

    @Test
    void reportsUnattendedAccessWithoutSecrets() {
        assertThat(info.unattended()).containsExactly(
                new UnattendedInfo("anydesk", "C:\\ProgramData\\AnyDesk\\service.conf",
                        "ad.anynet.pwd_hash is set (unattended-access password)"),
                new UnattendedInfo("teamviewer", "HKLM\\SOFTWARE\\WOW6432Node\\TeamViewer",
                        "SecurityPasswordAES is set (unattended-access password)"));
        assertThat(info.unattended().toString()).doesNotContain("7fff0aef", "1b2e8a4f");
    }

    @Test
    void reportsRemoteDesktopAndOpenSshServers() {
        assertThat(info.osServers()).containsExactly(
                new OsRemoteDesktopInfo("rdp", true, true, 3389),
                new OsRemoteDesktopInfo("ssh", true, true, 2222));
    }

    @Test
    void asksForOwnersOnlyOnce() {
        assertThat(commands.ran()).containsExactly("powershell:processes", "powershell:process-owners",
                "powershell:services", "powershell:sockets");
    }

    @Test
    void rdpIsOffWithoutTheValueAndAPolicyOverridesTheLocalSetting() {
        assertThat(WindowsRemoteDesktopServers.rdpEnabled(new RegExport())).isFalse();
        RegExport policyDenies = new RegExport().load(CASE + "registry.reg").loadText("""
                Windows Registry Editor Version 5.00

                [HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services]
                "fDenyTSConnections"=dword:00000001
                """);
        assertThat(WindowsRemoteDesktopServers.rdpEnabled(policyDenies)).isFalse();
    }

    @Test
    void withoutTheProcessListTheProbeFails() {
        RecordedCommands none = new RecordedCommands();
        WindowsRemoteAccessProbe probe = new WindowsRemoteAccessProbe(FakeWindows.of(none, new RegExport(),
                FakeWindows.resourceDirectory(CASE + "drive")), WindowsTestCatalog::matcher);

        assertThatThrownBy(() -> probe.collect(w -> { })).isInstanceOf(ProbeException.class)
                .hasMessage("cannot run powershell:processes: no recording of powershell:processes");
    }

    private static RemoteLogEntryInfo entry(String tool, String time, String id, String address, String direction,
                                            String source, String end) {
        return new RemoteLogEntryInfo(tool, Instant.parse(time), id, address, direction, source,
                end == null ? null : Instant.parse(end));
    }
}
