package dev.farmguard.agent.probe.remote.logs;

import dev.farmguard.agent.probe.remote.RemoteLogEntryInfo;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TeamViewer's connection lists, one tab-separated line per session. {@code Connections_incoming.txt}:
 * remote TeamViewer ID, remote display name, start, end ({@code dd-MM-yyyy HH:mm:ss}), local user, connection
 * type, session GUID. {@code Connections.txt} (outgoing) has the same ID and times. The parser takes the
 * first field as the ID and the first two date-times on the line as start and end; the direction comes from
 * the file name. TeamViewer logs no peer IP here.
 */
public final class TeamViewerConnections {

    public static final String TOOL = "teamviewer";

    private static final Pattern DATE_TIME = Pattern.compile("\\b(\\d{2}-\\d{2}-\\d{4} \\d{2}:\\d{2}:\\d{2})\\b");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm:ss", Locale.ROOT);

    private TeamViewerConnections() {
    }

    /** "incoming" for {@code Connections_incoming.txt}, "outgoing" for {@code Connections.txt}, else "". */
    public static String directionOf(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.equals("connections_incoming.txt")) {
            return RemoteLogEntryInfo.INCOMING;
        }
        return name.equals("connections.txt") ? RemoteLogEntryInfo.OUTGOING : "";
    }

    /**
     * @param zone the zone the times are read in (readers pass UTC)
     */
    public static List<RemoteLogEntryInfo> parse(List<String> lines, String source, String direction, ZoneId zone) {
        List<RemoteLogEntryInfo> entries = new ArrayList<>();
        for (String raw : lines) {
            String line = AnyDeskConnectionTrace.stripBom(raw);
            String[] fields = line.split("\t");
            String id = fields[0].trim().replace(" ", "");
            if (!id.matches("\\d{5,12}")) {
                continue;
            }
            Matcher times = DATE_TIME.matcher(line);
            Instant start = times.find() ? parse(times.group(1), zone) : null;
            if (start == null) {
                continue;
            }
            Instant end = times.find() ? parse(times.group(1), zone) : null;
            entries.add(new RemoteLogEntryInfo(TOOL, start, id, "", direction, source, end));
        }
        return entries;
    }

    private static Instant parse(String text, ZoneId zone) {
        try {
            return LocalDateTime.parse(text, WHEN).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
