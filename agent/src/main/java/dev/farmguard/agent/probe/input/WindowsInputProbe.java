package dev.farmguard.agent.probe.input;

import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.session.WtsSessionSource;
import dev.farmguard.agent.probe.session.WtsStructs;
import java.time.Duration;
import java.util.Optional;

/**
 * Windows input idle time. {@code GetLastInputInfo} only sees the input of the caller's own session, so it
 * is used when the agent runs in a user's session; a service (session 0) instead takes the active console
 * session's {@code LastInputTime} from WTS, which Windows often leaves 0 for the console: then the idle
 * time is unknown (-1) and a warning says why. No figure is guessed.
 */
public final class WindowsInputProbe implements InputProbe {

    static final String GET_LAST_INPUT_INFO = "GetLastInputInfo";
    static final String WTS_LAST_INPUT = "WTSSessionInfo:LastInputTime";
    private static final int WTS_ACTIVE = 0;
    private static final int PROTOCOL_CONSOLE = 0;

    private final WindowsInputSource input;
    private final WtsSessionSource sessions;

    public WindowsInputProbe(WindowsInputSource input, WtsSessionSource sessions) {
        this.input = input;
        this.sessions = sessions;
    }

    @Override
    public InputActivityInfo collect(ProbeWarnings warnings) {
        if (input.ownSessionId() > 0) {
            Optional<int[]> ticks = input.lastInputTicks();
            if (ticks.isPresent()) {
                return new InputActivityInfo(idleMillis(ticks.get()[0], ticks.get()[1]), GET_LAST_INPUT_INFO);
            }
        }
        for (WtsSessionSource.RawSession session : sessions.read()) {
            if (session.state() != WTS_ACTIVE || session.protocolType() != PROTOCOL_CONSOLE) {
                continue;
            }
            Optional<WtsStructs.SessionInfo> info = WtsStructs.sessionInfo(session.sessionInfo());
            if (info.isPresent() && info.get().lastInputTime() != null && info.get().currentTime() != null) {
                long millis = Duration.between(info.get().lastInputTime(), info.get().currentTime()).toMillis();
                return new InputActivityInfo(Math.max(0, millis), WTS_LAST_INPUT);
            }
        }
        warnings.warn("console input time unknown: the agent runs outside the user's session and Windows keeps no"
                + " last-input time for the console session");
        return InputActivityInfo.unknown();
    }

    /** Milliseconds between two 32-bit tick counts, across the 49.7-day wrap. */
    static long idleMillis(int tickNow, int lastInputTick) {
        return Integer.toUnsignedLong(tickNow - lastInputTick);
    }
}
