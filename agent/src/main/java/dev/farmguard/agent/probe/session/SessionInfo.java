package dev.farmguard.agent.probe.session;

import java.time.Instant;

/**
 * One logged-in user session.
 *
 * @param sessionId   OS session id, e.g. "3" (logind), "pts/0" (utmp), "1" (WTS)
 * @param user        user name, "" if unknown
 * @param kind        local or remote
 * @param protocol    "x11", "wayland", "tty", "ssh", "rdp", "xrdp", "vnc", "console", "" if unknown
 * @param remoteHost  remote host or address of a remote session, "" otherwise
 * @param startedAt   session start, null if unknown
 * @param idleSeconds seconds since the session's last input, -1 if unknown
 * @param active      the session is the foreground one of its seat / console
 */
public record SessionInfo(String sessionId, String user, SessionKind kind, String protocol, String remoteHost,
                          Instant startedAt, long idleSeconds, boolean active) {
}
