package dev.farmguard.agent.probe.session;

import java.time.Instant;

/**
 * One logind session as written in {@code /run/systemd/sessions/ID}. Strings are "" when absent.
 *
 * @param type       "x11", "wayland", "mir", "tty", "web", "unspecified"
 * @param sessionClass "user", "greeter", "lock-screen", "background", "manager", ...
 * @param service    the PAM service that opened it, e.g. "sshd", "gdm-password", "xrdp-sesman"
 * @param startedAt  {@code REALTIME}, null if absent
 */
public record LogindSession(String id, String user, boolean active, boolean remote, String type,
                            String sessionClass, String service, String seat, String tty, String display,
                            String remoteHost, Instant startedAt, int leader) {

    /** A session drawn on a local or remote display server rather than a text terminal. */
    public boolean graphical() {
        return type.equals("x11") || type.equals("wayland") || type.equals("mir");
    }
}
