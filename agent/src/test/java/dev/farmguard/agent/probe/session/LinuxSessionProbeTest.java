package dev.farmguard.agent.probe.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.probe.command.CommandResult;
import dev.farmguard.agent.probe.command.CommandRunner;
import dev.farmguard.agent.testing.FakeTree;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinuxSessionProbeTest {

    private static final String LOGIND = "/sessions/linux/logind-desktop-ssh-xrdp/";
    private static final String[] SESSION_FILES = {"2", "7", "c1", "c3", "9"};

    @TempDir
    Path root;

    private final List<List<String>> commandsRun = new ArrayList<>();

    private FakeTree logindTree() {
        FakeTree tree = new FakeTree(root);
        for (String id : SESSION_FILES) {
            tree.file("/run/systemd/sessions/" + id, FakeTree.text(LOGIND + "sessions/" + id));
        }
        return tree.file("/run/systemd/sessions/7.ref", "");
    }

    private CommandRunner loginctl(String output) {
        return command -> {
            commandsRun.add(command.argv());
            return new CommandResult(0, output);
        };
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void logindSessionsAreClassifiedAndBackgroundJobsLeftOut() {
        logindTree();
        List<SessionInfo> sessions = new LinuxSessionProbe(root, loginctl(FakeTree.text(LOGIND + "loginctl-idle.txt")),
                at("2024-03-04T10:00:00Z")).collect(m -> { });

        assertThat(sessions).containsExactly(
                new SessionInfo("2", "alice", SessionKind.CONSOLE, "wayland", "", Instant.parse("2024-03-04T08:02:00Z"),
                        400, true),
                new SessionInfo("7", "alice", SessionKind.REMOTE, "ssh", "203.0.113.7",
                        Instant.parse("2024-03-04T09:15:42.250Z"), 270, true),
                new SessionInfo("c1", "gdm", SessionKind.CONSOLE, "wayland", "", Instant.parse("2024-03-04T08:00:00Z"),
                        -1, false),
                new SessionInfo("c3", "bob", SessionKind.REMOTE, "xrdp", "", Instant.parse("2024-03-04T09:20:00Z"),
                        -1, true));
        assertThat(commandsRun).containsExactly(List.of("loginctl", "show-session", "2", "7", "9", "c1", "c3",
                "-p", "Id", "-p", "IdleHint", "-p", "IdleSinceHint"));
    }

    @Test
    void withoutLoginctlTextSessionsFallBackToTheTerminalsAccessTime() throws IOException {
        logindTree().file("/dev/pts/0", "");
        touch("/dev/pts/0", "2024-03-04T09:59:00Z");

        List<SessionInfo> sessions = new LinuxSessionProbe(root, CommandRunner.NONE, at("2024-03-04T10:00:00Z"))
                .collect(m -> { });

        assertThat(sessions).filteredOn(s -> s.sessionId().equals("7")).singleElement()
                .extracting(SessionInfo::idleSeconds).isEqualTo(60L);
        assertThat(sessions).filteredOn(s -> s.sessionId().equals("2")).singleElement()
                .extracting(SessionInfo::idleSeconds).isEqualTo(-1L);
    }

    @Test
    void utmpIsTheFallbackAndStaleRecordsAreSkipped() throws IOException {
        FakeTree tree = new FakeTree(root)
                .bytes("/run/utmp", FakeTree.bytesResource("/sessions/linux/utmp-mixed/utmp"))
                .file("/proc/690/comm", "login\n")
                .file("/proc/1234/comm", "sshd\n")
                .file("/proc/1500/comm", "gdm-x-session\n")
                .file("/dev/tty1", "")
                .file("/dev/pts/0", "");
        touch("/dev/tty1", "2024-03-04T10:25:00Z");
        touch("/dev/pts/0", "2024-03-04T10:29:30Z");

        List<SessionInfo> sessions = new LinuxSessionProbe(tree.root(), loginctl(""), at("2024-03-04T10:30:00Z"))
                .collect(m -> { });

        assertThat(sessions).containsExactly(
                new SessionInfo("tty1", "alice", SessionKind.CONSOLE, "tty", "", Instant.parse("2024-03-04T08:01:10Z"),
                        300, false),
                new SessionInfo("pts/0", "alice", SessionKind.REMOTE, "ssh", "203.0.113.7",
                        Instant.parse("2024-03-04T09:15:42.250Z"), 30, false),
                new SessionInfo(":0", "alice", SessionKind.CONSOLE, "x11", "", Instant.parse("2024-03-04T08:02:00Z"),
                        -1, false));
        assertThat(commandsRun).isEmpty();
    }

    @Test
    void utmpParserReadsEveryRecordWrittenByUtmpdump() {
        List<UtmpRecord> records = UtmpParser.parse(FakeTree.bytesResource("/sessions/linux/utmp-mixed/utmp"),
                ByteOrder.LITTLE_ENDIAN);

        assertThat(records).hasSize(8);
        assertThat(records).extracting(UtmpRecord::type).containsExactly(2, 1, 6, 7, 7, 7, 7, 8);
        assertThat(records.get(6)).isEqualTo(new UtmpRecord(7, 1777, "pts/1", "bob", "2001:db8::42",
                Instant.parse("2024-03-04T10:20:00Z")));
        assertThat(UtmpParser.parse(new byte[100], ByteOrder.LITTLE_ENDIAN)).isEmpty();
    }

    @Test
    void noLogindAndNoUtmpMeansNoSessionsAndNoFailure() {
        List<String> warnings = new ArrayList<>();

        assertThat(new LinuxSessionProbe(root, CommandRunner.NONE, at("2024-03-04T10:00:00Z")).collect(warnings::add))
                .isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void sessionFilesWithoutAUserAreRejectedAndEscapesUndone() {
        assertThat(LogindSessionFile.parse("5", List.of("# private", "STATE=active"))).isEmpty();
        assertThat(LogindSessionFile.parse("6", List.of("UID=1000", "USER=a", "REMOTE_HOST=host\\x2dname\\\\x")))
                .get().extracting(LogindSession::remoteHost).isEqualTo("host-name\\x");
    }

    private void touch(String path, String instant) throws IOException {
        Files.getFileAttributeView(root.resolve(path.substring(1)), BasicFileAttributeView.class)
                .setTimes(null, FileTime.from(Instant.parse(instant)), null);
    }
}
