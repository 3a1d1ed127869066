package dev.farmguard.agent.probe.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.farmguard.agent.probe.ProbeException;
import dev.farmguard.agent.probe.macos.MacCommands;
import dev.farmguard.agent.testing.RecordedCommands;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MacosSessionProbeTest {

    static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final String REMOTE = "/remote/macos/farm-laptop/";

    private final List<String> warnings = new ArrayList<>();

    static RecordedCommands commands() {
        return new RecordedCommands()
                .resource(MacCommands.WHO, "/session/macos/farm-laptop/who.txt")
                .resource(MacCommands.LSOF_ESTABLISHED, REMOTE + "lsof-established.txt")
                .resource(MacCommands.PS_PROCESSES, REMOTE + "ps-processes.txt")
                .resource(MacCommands.PS_ARGS, REMOTE + "ps-args.txt");
    }

    @Test
    void consoleTerminalsSshAndScreenSharing() throws Exception {
        List<SessionInfo> sessions = new MacosSessionProbe(commands(), Clock.fixed(NOW, ZoneOffset.UTC), ZoneOffset.UTC)
                .collect(warnings::add);

        assertThat(sessions).extracting(SessionInfo::sessionId, SessionInfo::user, SessionInfo::kind,
                SessionInfo::protocol, SessionInfo::remoteHost).containsExactly(
                tuple("console", "alice", SessionKind.CONSOLE, "console", ""),
                tuple("ttys000", "alice", SessionKind.CONSOLE, "tty", ""),
                tuple("ttys001", "bob", SessionKind.REMOTE, "ssh", "203.0.113.50"),
                tuple("ttys002", "root", SessionKind.REMOTE, "ssh", "10.0.0.7"),
                tuple("vnc:203.0.113.50:61022", "", SessionKind.REMOTE, "vnc", "203.0.113.50"));
        assertThat(sessions.get(0).startedAt()).isEqualTo(Instant.parse("2026-11-19T08:00:00Z"));
        assertThat(sessions.get(0).active()).isTrue();
        assertThat(sessions.get(3).startedAt()).as("a date after today is last year's")
                .isEqualTo(Instant.parse("2025-12-30T23:59:00Z"));
        assertThat(sessions.get(4).startedAt()).as("screensharingd's start")
                .isEqualTo(Instant.parse("2026-11-21T02:14:07Z"));
        assertThat(sessions).allMatch(s -> s.idleSeconds() == -1);
        assertThat(warnings).isEmpty();
    }

    @Test
    void noScreenSharingProcessNoPsRun() throws Exception {
        RecordedCommands commands = new RecordedCommands().answer(MacCommands.WHO, 0, "alice    console  Nov 19 08:00 \n")
                .answer(MacCommands.LSOF_ESTABLISHED, 1, "");

        assertThat(new MacosSessionProbe(commands, Clock.fixed(NOW, ZoneOffset.UTC), ZoneOffset.UTC).collect(warnings::add)).hasSize(1);
        assertThat(commands.ran()).doesNotContain(MacCommands.PS_PROCESSES.name());
    }

    @Test
    void withoutWhoTheProbeFails() {
        assertThatThrownBy(() -> new MacosSessionProbe(new RecordedCommands(), Clock.systemUTC(), ZoneOffset.UTC).collect(warnings::add))
                .isInstanceOf(ProbeException.class);
    }
}
