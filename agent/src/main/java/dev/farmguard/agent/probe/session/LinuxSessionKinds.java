package dev.farmguard.agent.probe.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Decides what a Linux session is: local or remote, and over which protocol. logind's {@code REMOTE} flag is
 * set only when the PAM service passed a remote host, so the service name is checked too (xrdp and VNC
 * session managers often do not).
 */
public final class LinuxSessionKinds {

    private LinuxSessionKinds() {
    }

    /** The session as reported, or null for sessions that are not logins (background jobs, service managers). */
    public static SessionInfo fromLogind(LogindSession s, long idleSeconds) {
        String sessionClass = s.sessionClass().toLowerCase(Locale.ROOT);
        if (sessionClass.startsWith("background") || sessionClass.startsWith("manager")) {
            return null;
        }
        String service = s.service().toLowerCase(Locale.ROOT);
        String protocol;
        SessionKind kind;
        if (service.contains("xrdp")) {
            protocol = "xrdp";
            kind = SessionKind.REMOTE;
        } else if (service.contains("vnc")) {
            protocol = "vnc";
            kind = SessionKind.REMOTE;
        } else if (service.contains("gnome-remote-desktop")) {
            protocol = "rdp";
            kind = SessionKind.REMOTE;
        } else if (service.startsWith("sshd")) {
            protocol = "ssh";
            kind = SessionKind.REMOTE;
        } else {
            protocol = displayProtocol(s.type());
            kind = s.remote() ? SessionKind.REMOTE : s.seat().isEmpty() ? SessionKind.UNKNOWN : SessionKind.CONSOLE;
        }
        return new SessionInfo(s.id(), s.user(), kind, protocol, s.remoteHost(), s.startedAt(), idleSeconds,
                s.active());
    }

    /**
     * Seconds since the session's last input, -1 when unknown. Text sessions: logind's {@code IdleSinceHint} is
     * the terminal's last access, else the terminal's atime read here. Graphical sessions: only an idle hint
     * the desktop set says anything (the time since it went idle, a lower bound); without one, unknown.
     */
    public static long idleSeconds(LogindSession s, LoginctlIdle.IdleHint hint, Instant ttyAccess, Instant now) {
        if (s.graphical()) {
            return hint != null && hint.idle() && hint.sinceMicros() > 0 ? since(hint.sinceMicros(), now) : -1;
        }
        if (hint != null && hint.sinceMicros() > 0) {
            return since(hint.sinceMicros(), now);
        }
        return ttyAccess == null ? -1 : Math.max(0, Duration.between(ttyAccess, now).toSeconds());
    }

    /**
     * A utmp login, or null when it is not one.
     *
     * @param ownerCommand the {@code comm} of the record's pid ("" if gone): sshd writes its own pid
     */
    public static SessionInfo fromUtmp(UtmpRecord r, String ownerCommand, Instant ttyAccess, Instant now) {
        if (r.type() != UtmpRecord.USER_PROCESS || r.user().isEmpty()) {
            return null;
        }
        SessionKind kind;
        String protocol;
        if (r.line().startsWith(":") || r.host().startsWith(":")) {
            kind = SessionKind.CONSOLE;
            protocol = "x11";
        } else if (!r.host().isEmpty()) {
            kind = SessionKind.REMOTE;
            protocol = ownerCommand.startsWith("sshd") ? "ssh" : "";
        } else if (r.line().startsWith("tty") || r.line().equals("console")) {
            kind = SessionKind.CONSOLE;
            protocol = "tty";
        } else {
            kind = SessionKind.UNKNOWN;
            protocol = "";
        }
        long idle = ttyAccess == null || r.line().startsWith(":") ? -1
                : Math.max(0, Duration.between(ttyAccess, now).toSeconds());
        return new SessionInfo(r.line(), r.user(), kind, protocol, kind == SessionKind.REMOTE ? r.host() : "",
                r.time(), idle, false);
    }

    private static String displayProtocol(String type) {
        return switch (type) {
            case "x11", "wayland", "tty", "mir" -> type;
            default -> "";
        };
    }

    private static long since(long micros, Instant now) {
        Instant at = Instant.EPOCH.plusNanos(micros * 1000);
        return Math.max(0, Duration.between(at, now).toSeconds());
    }
}
