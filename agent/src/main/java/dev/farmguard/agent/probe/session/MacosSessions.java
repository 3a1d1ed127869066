package dev.farmguard.agent.probe.session;

import dev.farmguard.agent.probe.macos.LsofSocket;
import dev.farmguard.agent.probe.macos.MacProcess;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses macOS sessions. {@code who} prints {@code USER LINE Mmm dd HH:MM [(HOST)]} (local time, C locale, no year):
 * {@code console} is the GUI login at the Mac, a {@code ttys} line with a host in parentheses is a remote
 * (ssh) login, one without is a local terminal. Screen Sharing leaves no utmp entry: each connection
 * accepted by {@code screensharingd} on port 5900 (from lsof) becomes a remote "vnc" session that started
 * when its screensharingd process started (launchd spawns one per connection).
 */
public final class MacosSessions {

    private static final Pattern WHO = Pattern.compile(
            "^(\\S+)\\s+(\\S+)\\s+(\\w{3}\\s+\\d{1,2}\\s+\\d{1,2}:\\d{2})(?:\\s+\\((.*)\\))?\\s*$");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy MMM d H:mm", Locale.ROOT);

    private MacosSessions() {
    }

    /**
     * @param now the collection time, to give {@code who}'s year-less dates their year
     */
    public static List<SessionInfo> fromWho(String output, Instant now, ZoneId zone) {
        List<SessionInfo> sessions = new ArrayList<>();
        for (String line : output.split("\n")) {
            Matcher m = WHO.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String user = m.group(1);
            String tty = m.group(2);
            String host = m.group(4) == null ? "" : m.group(4).trim();
            Instant started = started(m.group(3), now, zone);
            if (tty.equals("console")) {
                sessions.add(new SessionInfo(tty, user, SessionKind.CONSOLE, "console", "", started, -1, true));
            } else if (!host.isEmpty()) {
                sessions.add(new SessionInfo(tty, user, SessionKind.REMOTE, "ssh", host, started, -1, false));
            } else {
                sessions.add(new SessionInfo(tty, user, SessionKind.CONSOLE, "tty", "", started, -1, false));
            }
        }
        return sessions;
    }

    /** Screen Sharing connections: established sockets of screensharingd on local port 5900. */
    public static List<SessionInfo> screenSharing(List<LsofSocket> established, Map<Integer, MacProcess> processes) {
        List<SessionInfo> sessions = new ArrayList<>();
        for (LsofSocket socket : established) {
            if (socket.localPort() != 5900 || !socket.command().equals("screensharingd")) {
                continue;
            }
            MacProcess process = processes.get(socket.pid());
            sessions.add(new SessionInfo("vnc:" + socket.remoteAddress() + ":" + socket.remotePort(), "",
                    SessionKind.REMOTE, "vnc", socket.remoteAddress(), process == null ? null : process.startedAt(),
                    -1, true));
        }
        return sessions;
    }

    /** "Nov 19 08:00" (local time) in the latest year that does not put it more than a day after {@code now}. */
    static Instant started(String text, Instant now, ZoneId zone) {
        int year = now.atZone(zone).getYear();
        String when = text.replaceAll("\\s+", " ");
        try {
            Instant candidate = LocalDateTime.parse(year + " " + when, WHEN).atZone(zone).toInstant();
            if (candidate.isAfter(now.plusSeconds(86_400))) {
                candidate = LocalDateTime.parse((year - 1) + " " + when, WHEN).atZone(zone).toInstant();
            }
            return candidate;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
