package dev.farmguard.agent.probe.session;

import dev.farmguard.agent.probe.OsPaths;
import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.SoftFiles;
import dev.farmguard.agent.probe.command.Command;
import dev.farmguard.agent.probe.command.CommandRunner;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Linux sessions. With systemd-logind: its state files in {@code /run/systemd/sessions}, with idle hints from
 * one {@code loginctl show-session} call (D-Bus state the files do not hold). Without logind sessions: utmp
 * records ({@code /run/utmp}, else {@code /var/run/utmp}) whose process is still alive. Terminal idle time
 * falls back to the atime of {@code /dev/TTY} (what {@code w} shows).
 */
public final class LinuxSessionProbe implements SessionProbe {

    /** Bound on sessions read (a busy shared host can have thousands). */
    static final int MAX_SESSIONS = 256;

    private final Path root;
    private final CommandRunner commands;
    private final Clock clock;

    /** @param root filesystem root ("/" live, a temp dir in tests) */
    public LinuxSessionProbe(Path root, CommandRunner commands, Clock clock) {
        this.root = root;
        this.commands = commands;
        this.clock = clock;
    }

    @Override
    public List<SessionInfo> collect(ProbeWarnings warnings) {
        List<LogindSession> logind = logindSessions();
        return logind.isEmpty() ? utmpSessions() : fromLogind(logind);
    }

    /** The logind sessions on file now (also used by the input probe). */
    public List<LogindSession> logindSessions() {
        List<LogindSession> sessions = new ArrayList<>();
        for (Path file : SoftFiles.list(path("/run/systemd/sessions"))) {
            String id = file.getFileName().toString();
            if (id.endsWith(".ref") || Files.isDirectory(file) || sessions.size() >= MAX_SESSIONS) {
                continue;
            }
            LogindSessionFile.parse(id, SoftFiles.readLines(file)).ifPresent(sessions::add);
        }
        return sessions;
    }

    /** Idle hints of these sessions from {@code loginctl}; empty when it is not available. */
    public Map<String, LoginctlIdle.IdleHint> idleHints(List<LogindSession> sessions) {
        if (sessions.isEmpty()) {
            return Map.of();
        }
        List<String> command = new ArrayList<>(List.of("loginctl", "show-session"));
        sessions.forEach(s -> command.add(s.id()));
        command.addAll(List.of("-p", "Id", "-p", "IdleHint", "-p", "IdleSinceHint"));
        return commands.tryRun(Command.of(command)).map(result -> LoginctlIdle.parse(result.stdout())).orElse(Map.of());
    }

    /** Last access of {@code /dev/TTY}, if readable. */
    public Optional<Instant> ttyAccess(String tty) {
        if (tty.isEmpty() || tty.contains("..") || tty.startsWith(":")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAttributes(path("/dev/" + tty), BasicFileAttributes.class)
                    .lastAccessTime().toInstant());
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    private List<SessionInfo> fromLogind(List<LogindSession> sessions) {
        Map<String, LoginctlIdle.IdleHint> hints = idleHints(sessions);
        Instant now = clock.instant();
        List<SessionInfo> out = new ArrayList<>();
        for (LogindSession s : sessions) {
            long idle = LinuxSessionKinds.idleSeconds(s, hints.get(s.id()), ttyAccess(s.tty()).orElse(null), now);
            SessionInfo info = LinuxSessionKinds.fromLogind(s, idle);
            if (info != null) {
                out.add(info);
            }
        }
        return out;
    }

    private List<SessionInfo> utmpSessions() {
        byte[] bytes = SoftFiles.readBytes(path("/run/utmp"));
        if (bytes.length == 0) {
            bytes = SoftFiles.readBytes(path("/var/run/utmp"));
        }
        Instant now = clock.instant();
        boolean procReadable = Files.isDirectory(path("/proc"));
        List<SessionInfo> out = new ArrayList<>();
        for (UtmpRecord record : UtmpParser.parse(bytes, ByteOrder.nativeOrder())) {
            Path proc = path("/proc/" + record.pid());
            if (record.type() != UtmpRecord.USER_PROCESS || (procReadable && !Files.isDirectory(proc))) {
                continue; // stale record: its login process is gone
            }
            String comm = SoftFiles.readTrimmed(proc.resolve("comm"));
            SessionInfo info = LinuxSessionKinds.fromUtmp(record, comm, ttyAccess(record.line()).orElse(null), now);
            if (info != null && out.size() < MAX_SESSIONS) {
                out.add(info);
            }
        }
        return out;
    }

    private Path path(String absolute) {
        return OsPaths.under(root, absolute);
    }
}
