package dev.farmguard.agent.probe.input;

import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.session.LinuxSessionProbe;
import dev.farmguard.agent.probe.session.LoginctlIdle;
import dev.farmguard.agent.probe.session.LogindSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Time since local input on Linux, from the best source this environment has:
 * <ol>
 *   <li>the X server's idle counter ({@code XScreenSaver}) when the agent has a {@code $DISPLAY} — exact;</li>
 *   <li>else the active local session of {@code seat0} in logind: a text console's {@code IdleSinceHint}
 *       (its terminal's last access, exact) or the terminal's atime; a graphical session's idle hint, which
 *       says only "idle since T" (a lower bound) or "not idle" (figure unknown, source says so);</li>
 *   <li>else unknown (-1): no local session, e.g. a headless machine or one driven only remotely.</li>
 * </ol>
 */
public final class LinuxInputProbe implements InputProbe {

    private final LinuxSessionProbe sessions;
    private final X11IdleSource x11;
    private final String display;
    private final Clock clock;

    /** @param display the agent's {@code $DISPLAY}, "" or null when it has none */
    public LinuxInputProbe(LinuxSessionProbe sessions, X11IdleSource x11, String display, Clock clock) {
        this.sessions = sessions;
        this.x11 = x11;
        this.display = display == null ? "" : display;
        this.clock = clock;
    }

    @Override
    public InputActivityInfo collect(ProbeWarnings warnings) {
        OptionalLong fromX = display.isEmpty() ? OptionalLong.empty() : x11.idleMillis(display);
        if (fromX.isPresent()) {
            return new InputActivityInfo(fromX.getAsLong(), "XScreenSaver");
        }
        List<LogindSession> all = sessions.logindSessions();
        Optional<LogindSession> seat = all.stream()
                .filter(s -> s.seat().equals("seat0") && s.active() && !s.remote())
                .findFirst();
        if (seat.isEmpty()) {
            return InputActivityInfo.unknown();
        }
        LogindSession session = seat.get();
        LoginctlIdle.IdleHint hint = sessions.idleHints(List.of(session)).get(session.id());
        Instant now = clock.instant();
        if (session.graphical()) {
            if (hint == null) {
                return InputActivityInfo.unknown();
            }
            if (hint.idle() && hint.sinceMicros() > 0) {
                return new InputActivityInfo(millisSince(hint.sinceMicros(), now), "logind:IdleSinceHint");
            }
            return new InputActivityInfo(-1, "logind:IdleHint=no");
        }
        if (hint != null && hint.sinceMicros() > 0) {
            return new InputActivityInfo(millisSince(hint.sinceMicros(), now), "logind:IdleSinceHint");
        }
        return sessions.ttyAccess(session.tty())
                .map(at -> new InputActivityInfo(Math.max(0, Duration.between(at, now).toMillis()),
                        "/dev/" + session.tty() + " atime"))
                .orElseGet(InputActivityInfo::unknown);
    }

    private static long millisSince(long micros, Instant now) {
        return Math.max(0, Duration.between(Instant.EPOCH.plusNanos(micros * 1000), now).toMillis());
    }
}
