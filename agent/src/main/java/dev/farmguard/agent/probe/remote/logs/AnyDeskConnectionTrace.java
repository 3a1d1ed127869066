package dev.farmguard.agent.probe.remote.logs;

import dev.farmguard.agent.probe.remote.RemoteLogEntryInfo;
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
 * AnyDesk's {@code connection_trace.txt}: one line per incoming connection attempt,
 * {@code Incoming  2022-08-23, 10:23  Passwd  547911884 547911884} — direction, date and minute, how it was
 * accepted ({@code User}, {@code Passwd}, {@code Token}, {@code REJECTED}), then the originating alias and
 * AnyDesk ID (recent versions write the ID twice). The remote ID is the last all-digit field, else the alias.
 */
public final class AnyDeskConnectionTrace {

    public static final String TOOL = "anydesk";

    private static final Pattern LINE = Pattern.compile(
            "^\\s*(Incoming|Outgoing)\\s+(\\d{4}-\\d{2}-\\d{2}),\\s*(\\d{1,2}:\\d{2})\\s+(\\S+)\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd H:mm", Locale.ROOT);

    private AnyDeskConnectionTrace() {
    }

    /**
     * @param lines  the file's lines
     * @param source the file's path, as reported
     * @param zone   the zone the times are read in (AnyDesk does not say; readers pass UTC)
     */
    public static List<RemoteLogEntryInfo> parse(List<String> lines, String source, ZoneId zone) {
        List<RemoteLogEntryInfo> entries = new ArrayList<>();
        for (String line : lines) {
            Matcher m = LINE.matcher(stripBom(line));
            if (!m.matches()) {
                continue;
            }
            LocalDateTime when;
            try {
                when = LocalDateTime.parse(m.group(2) + " " + m.group(3), WHEN);
            } catch (DateTimeParseException e) {
                continue;
            }
            String direction = m.group(1).equalsIgnoreCase("incoming")
                    ? RemoteLogEntryInfo.INCOMING : RemoteLogEntryInfo.OUTGOING;
            entries.add(new RemoteLogEntryInfo(TOOL, when.atZone(zone).toInstant(), remoteId(m.group(5)), "",
                    direction, source, null));
        }
        return entries;
    }

    private static String remoteId(String rest) {
        String[] fields = rest.trim().split("\\s+");
        for (int i = fields.length - 1; i >= 0; i--) {
            if (fields[i].matches("\\d{6,12}")) {
                return fields[i];
            }
        }
        return fields.length == 0 ? "" : fields[0];
    }

    static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
