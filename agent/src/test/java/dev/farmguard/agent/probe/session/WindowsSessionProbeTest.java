package dev.farmguard.agent.probe.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.testing.FakeTree;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowsSessionProbeTest {

    @Test
    void anRdpSessionAndADisconnectedOneFromIpv6() {
        List<SessionInfo> sessions = new WindowsSessionProbe(RecordedWtsSessions.load("/sessions/windows/rdp-farm/"))
                .collect(m -> { });

        assertThat(sessions).containsExactly(
                new SessionInfo("1", "ACME\\alice", SessionKind.REMOTE, "rdp", "203.0.113.45",
                        Instant.parse("2026-11-18T22:05:10Z"), 29, true),
                new SessionInfo("3", "LPT-ACME-0412\\helper", SessionKind.REMOTE, "rdp", "2001:db8::99",
                        Instant.parse("2026-11-20T03:00:02Z"), 102_600, false));
    }

    @Test
    void aConsoleSessionWithoutLastInputHasUnknownIdle() {
        List<SessionInfo> sessions = new WindowsSessionProbe(RecordedWtsSessions.load("/sessions/windows/console/"))
                .collect(m -> { });

        assertThat(sessions).containsExactly(new SessionInfo("1", "ACME\\bob", SessionKind.CONSOLE, "console", "",
                Instant.parse("2026-11-21T07:30:05Z"), -1, true));
    }

    @Test
    void filetimesAndAddresses() {
        assertThat(WtsStructs.filetime(116_444_736_000_000_000L)).isEqualTo(Instant.EPOCH);
        assertThat(WtsStructs.filetime(0)).isNull();
        assertThat(WtsStructs.clientAddress(new byte[24])).isEmpty();
        assertThat(WtsStructs.clientAddress(new byte[3])).isEmpty();
        assertThat(WtsStructs.sessionInfo(new byte[100])).isEmpty();
    }

    @Test
    void anUnknownProtocolOnAnRdpStationIsStillRdp() {
        byte[] info = FakeTree.hexResource("/sessions/windows/rdp-farm/1.wtsinfo.hex");
        SessionInfo session = WindowsSessionProbe.toSession(new WtsSessionSource.RawSession(1, 0, info, -1, new byte[0],
                "HOST")).orElseThrow();

        assertThat(session.protocol()).isEqualTo("rdp");
        assertThat(session.kind()).isEqualTo(SessionKind.REMOTE);
        assertThat(session.remoteHost()).as("client name when no address").isEqualTo("HOST");
    }
}
