package dev.farmguard.agent.probe.session;

import dev.farmguard.agent.probe.ProbeWarnings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Windows sessions from Remote Desktop Services (WTS): every session with a user signed in, console or
 * remote by its client protocol (0 console, 2 RDP), the RDP client's address as the client reported it
 * (behind NAT that is its private address), logon time, and idle time from the session's last input
 * (WTS keeps that for remote sessions; for the console it is often 0, then unknown). Session 0 (services)
 * and listeners carry no user and are skipped.
 */
public final class WindowsSessionProbe implements SessionProbe {

    private static final int WTS_ACTIVE = 0;
    private static final int PROTOCOL_CONSOLE = 0;
    private static final int PROTOCOL_ICA = 1;
    private static final int PROTOCOL_RDP = 2;

    private final WtsSessionSource source;

    public WindowsSessionProbe(WtsSessionSource source) {
        this.source = source;
    }

    @Override
    public List<SessionInfo> collect(ProbeWarnings warnings) {
        List<SessionInfo> sessions = new ArrayList<>();
        for (WtsSessionSource.RawSession raw : source.read()) {
            toSession(raw).ifPresent(sessions::add);
        }
        return sessions;
    }

    /** The session of a raw WTS answer, empty when it has no user (services, listeners, logon screen). */
    static Optional<SessionInfo> toSession(WtsSessionSource.RawSession raw) {
        Optional<WtsStructs.SessionInfo> parsed = WtsStructs.sessionInfo(raw.sessionInfo());
        if (parsed.isEmpty() || parsed.get().user().isEmpty()) {
            return Optional.empty();
        }
        WtsStructs.SessionInfo info = parsed.get();
        String protocol = switch (raw.protocolType()) {
            case PROTOCOL_CONSOLE -> "console";
            case PROTOCOL_ICA -> "ica";
            case PROTOCOL_RDP -> "rdp";
            default -> info.stationName().toUpperCase(Locale.ROOT).startsWith("RDP-") ? "rdp" : "";
        };
        SessionKind kind = protocol.isEmpty() ? SessionKind.UNKNOWN
                : protocol.equals("console") ? SessionKind.CONSOLE : SessionKind.REMOTE;
        String remoteHost = "";
        if (kind == SessionKind.REMOTE) {
            remoteHost = WtsStructs.clientAddress(raw.clientAddress());
            remoteHost = remoteHost.isEmpty() ? raw.clientName() : remoteHost;
        }
        long idle = -1;
        if (info.lastInputTime() != null && info.currentTime() != null) {
            idle = Math.max(0, Duration.between(info.lastInputTime(), info.currentTime()).toSeconds());
        }
        String user = info.domain().isEmpty() ? info.user() : info.domain() + "\\" + info.user();
        return Optional.of(new SessionInfo(Integer.toString(raw.sessionId()), user, kind, protocol, remoteHost,
                info.logonTime(), idle, raw.state() == WTS_ACTIVE));
    }
}
