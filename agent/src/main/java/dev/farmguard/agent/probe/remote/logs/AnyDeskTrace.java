package dev.farmguard.agent.probe.remote.logs;

import dev.farmguard.agent.probe.remote.RemoteLogEntryInfo;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AnyDesk's trace logs ({@code ad_svc.trace}, {@code ad.trace}, Linux {@code anydesk.trace}). Lines look like
 * {@code info 2022-09-28 12:39:26.845  lsvc  9952  9944  21  anynet.any_socket - Logged in from 12.3.4.21:59562 on relay 80e496c0.}
 * A connection shows up as {@code Client-ID: 442226597 (FPR: …)} or {@code Accept request from 442226597 (via relay).}
 * and {@code Logged in from IP:PORT on relay …} from the same process, in any order; they are folded into one
 * entry per connection (a new ID, or a second address, starts the next one). Only "Accept request" says the connection was incoming; otherwise the direction is "".
 */
public final class AnyDeskTrace {

    private static final Pattern LINE = Pattern.compile(
            "^\\s*\\S+\\s+(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?)\\s+\\S+\\s+(\\d+)\\s.*?\\s-\\s(.*)$");
    private static final Pattern CLIENT_ID = Pattern.compile("\\bClient-ID: (\\d{6,12})\\b");
    private static final Pattern ACCEPT = Pattern.compile("\\bAccept request from (\\d{6,12})\\b");
    private static final Pattern LOGGED_IN = Pattern.compile("\\bLogged in from (\\S+?):(\\d{1,5}) on relay\\b");

    private AnyDeskTrace() {
    }

    /** A connection being assembled from the lines of one process. */
    private static final class Pending {
        final Instant time;
        String remoteId = "";
        String address = "";
        String direction = "";

        Pending(Instant time) {
            this.time = time;
        }
    }

    /**
     * @param lines  the trace's lines (a tail of it is fine: a connection cut in half yields what it has)
     * @param source the file's path, as reported
     * @param zone   the zone trace times are read in (readers pass UTC)
     */
    public static List<RemoteLogEntryInfo> parse(List<String> lines, String source, ZoneId zone) {
        List<Pending> found = new ArrayList<>();
        Map<String, Pending> openByPid = new HashMap<>();
        for (String line : lines) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String message = m.group(4);
            String pid = m.group(3);
            String clientId = group(CLIENT_ID, message);
            String accepted = group(ACCEPT, message);
            Matcher login = LOGGED_IN.matcher(message);
            if (clientId != null || accepted != null) {
                String remoteId = clientId != null ? clientId : accepted;
                Pending open = openByPid.get(pid);
                if (open == null || !(open.remoteId.isEmpty() || open.remoteId.equals(remoteId))) {
                    open = start(m, zone, found, openByPid, pid);
                    if (open == null) {
                        continue;
                    }
                }
                open.remoteId = remoteId;
                if (accepted != null) {
                    open.direction = RemoteLogEntryInfo.INCOMING;
                }
            } else if (login.find()) {
                Pending open = openByPid.get(pid);
                if (open == null || !open.address.isEmpty()) {
                    open = start(m, zone, found, openByPid, pid);
                    if (open == null) {
                        continue;
                    }
                }
                open.address = unbracket(login.group(1));
            }
        }
        return found.stream().map(p -> new RemoteLogEntryInfo(AnyDeskConnectionTrace.TOOL, p.time, p.remoteId,
                p.address, p.direction, source, null)).toList();
    }

    private static Pending start(Matcher line, ZoneId zone, List<Pending> found, Map<String, Pending> openByPid,
                                 String pid) {
        Instant time = time(line, zone);
        if (time == null) {
            return null;
        }
        Pending open = new Pending(time);
        found.add(open);
        openByPid.put(pid, open);
        return open;
    }

    private static String group(Pattern pattern, String message) {
        Matcher m = pattern.matcher(message);
        return m.find() ? m.group(1) : null;
    }

    private static Instant time(Matcher m, ZoneId zone) {
        try {
            return LocalDateTime.parse(m.group(1) + "T" + m.group(2)).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String unbracket(String address) {
        return address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
    }
}
