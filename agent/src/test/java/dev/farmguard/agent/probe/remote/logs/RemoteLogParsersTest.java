package dev.farmguard.agent.probe.remote.logs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.probe.remote.RemoteLogEntryInfo;
import dev.farmguard.agent.probe.remote.UnattendedInfo;
import dev.farmguard.agent.testing.FakeTree;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemoteLogParsersTest {

    private static List<String> fixture(String path) {
        return FakeTree.text("/remote_access/common/" + path).lines().toList();
    }

    @Test
    void anyDeskConnectionTraceGivesOneIncomingEntryPerLineWithTheOriginatingId() {
        List<RemoteLogEntryInfo> entries = AnyDeskConnectionTrace.parse(
                fixture("anydesk-connection-trace/connection_trace.txt"), "/x/connection_trace.txt", ZoneOffset.UTC);

        assertThat(entries).extracting(RemoteLogEntryInfo::remoteId)
                .containsExactly("547911884", "442226597", "654321", "983312470");
        assertThat(entries.get(0)).isEqualTo(new RemoteLogEntryInfo("anydesk", Instant.parse("2022-08-23T10:23:00Z"),
                "547911884", "", "incoming", "/x/connection_trace.txt", null));
        assertThat(entries).allSatisfy(e -> assertThat(e.direction()).isEqualTo("incoming"));
    }

    @Test
    void anyDeskConnectionTraceTimesAreReadInTheGivenZone() {
        List<RemoteLogEntryInfo> entries = AnyDeskConnectionTrace.parse(
                List.of("Incoming 2022-08-23, 10:23 Passwd 547911884 547911884"), "f", ZoneId.of("Asia/Seoul"));

        assertThat(entries.get(0).time()).isEqualTo(Instant.parse("2022-08-23T01:23:00Z"));
    }

    @Test
    void anyDeskTraceFoldsIdAndAddressOfOneConnectionAndKeepsIpv6() {
        List<RemoteLogEntryInfo> entries = AnyDeskTrace.parse(fixture("anydesk-svc-trace/ad_svc.trace"),
                "C:\\ProgramData\\AnyDesk\\ad_svc.trace", ZoneOffset.UTC);

        assertThat(entries).containsExactly(
                new RemoteLogEntryInfo("anydesk", Instant.parse("2022-09-28T12:39:26.601Z"), "442226597",
                        "12.34.56.21", "incoming", "C:\\ProgramData\\AnyDesk\\ad_svc.trace", null),
                new RemoteLogEntryInfo("anydesk", Instant.parse("2022-09-29T02:14:05.007Z"), "547911884",
                        "2001:db8:85a3::8a2e:370:7334", "", "C:\\ProgramData\\AnyDesk\\ad_svc.trace", null),
                new RemoteLogEntryInfo("anydesk", Instant.parse("2022-09-29T02:40:00Z"), "",
                        "198.51.100.77", "", "C:\\ProgramData\\AnyDesk\\ad_svc.trace", null));
    }

    @Test
    void anyDeskTraceIgnoresTheMachinesOwnExternalAddress() {
        List<RemoteLogEntryInfo> entries = AnyDeskTrace.parse(List.of(
                "   info 2022-08-23 10:20:11.969       gsvc   4628   3528    3                anynet.relay_conn"
                        + " - External address: 34.12.56.123:46798"), "f", ZoneOffset.UTC);

        assertThat(entries).isEmpty();
    }

    @Test
    void teamViewerIncomingListGivesIdStartAndEnd() {
        List<RemoteLogEntryInfo> entries = TeamViewerConnections.parse(
                fixture("teamviewer-incoming/Connections_incoming.txt"), "/opt/teamviewer/logfiles/Connections_incoming.txt",
                TeamViewerConnections.directionOf("Connections_incoming.txt"), ZoneOffset.UTC);

        assertThat(entries).containsExactly(
                new RemoteLogEntryInfo("teamviewer", Instant.parse("2023-03-21T10:15:30Z"), "547911884", "",
                        "incoming", "/opt/teamviewer/logfiles/Connections_incoming.txt",
                        Instant.parse("2023-03-21T10:45:12Z")),
                new RemoteLogEntryInfo("teamviewer", Instant.parse("2023-04-02T08:00:01Z"), "1234567890", "",
                        "incoming", "/opt/teamviewer/logfiles/Connections_incoming.txt",
                        Instant.parse("2023-04-02T08:30:59Z")));
    }

    @Test
    void teamViewerOutgoingListIsOutgoing() {
        List<RemoteLogEntryInfo> entries = TeamViewerConnections.parse(fixture("teamviewer-outgoing/Connections.txt"),
                "Connections.txt", TeamViewerConnections.directionOf("connections.txt"), ZoneOffset.UTC);

        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.remoteId()).isEqualTo("987654321");
            assertThat(e.direction()).isEqualTo("outgoing");
            assertThat(e.endTime()).isEqualTo(Instant.parse("2023-06-05T19:21:30Z"));
        });
        assertThat(TeamViewerConnections.directionOf("TeamViewer15_Logfile.log")).isEmpty();
    }

    @Test
    void anyDeskConfigReportsThePasswordHashKeyNeverItsValue() {
        List<UnattendedInfo> found = AnyDeskConfig.unattended(fixture("anydesk-service-conf/service.conf"),
                "/etc/anydesk/service.conf");

        assertThat(found).containsExactly(new UnattendedInfo("anydesk", "/etc/anydesk/service.conf",
                "ad.anynet.pwd_hash is set (unattended-access password)"));
        assertThat(found.get(0).detail()).doesNotContain("7fff0aef");
    }

    @Test
    void anyDeskConfigWithAnEmptyHashHasNoUnattendedAccess() {
        assertThat(AnyDeskConfig.unattended(fixture("anydesk-no-password/system.conf"), "system.conf")).isEmpty();
    }
}
