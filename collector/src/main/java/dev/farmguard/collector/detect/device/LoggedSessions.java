package dev.farmguard.collector.detect.device;

import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.RemoteAccess;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The incoming sessions a device's remote tools logged, read from every check-in of its history: a later check-in
 * reads the end of a session that was still open at an earlier one, so each check-in is judged by everything the
 * logs say about its moment. A session whose end no log records (AnyDesk's connection trace notes beginnings
 * only) is taken to have lasted {@link #UNKNOWN_LENGTH}.
 */
final class LoggedSessions {

    static final Duration UNKNOWN_LENGTH = Duration.ofHours(1);

    private record Key(String tool, Instant start, String peer) {}

    private record Interval(Instant start, Instant end) {}

    private final List<Interval> intervals = new ArrayList<>();

    private LoggedSessions() {
    }

    static LoggedSessions of(List<DeviceSnapshot> history) {
        Map<Key, Instant> loggedEnds = new HashMap<>();
        for (DeviceSnapshot s : history) {
            if (s.remoteAccess() == null) {
                continue;
            }
            for (RemoteAccess.LogEntry e : s.remoteAccess().logEntries()) {
                if (e.incoming() && e.time() != null) {
                    Key key = new Key(e.tool(), e.time(), e.remoteId() == null ? e.remoteAddress() : e.remoteId());
                    // the copy that logged the end knows it; copies from while it was open do not
                    loggedEnds.merge(key, e.endOr(UNKNOWN_LENGTH), (a, b) -> e.endTime() != null ? b : a);
                }
            }
        }
        LoggedSessions out = new LoggedSessions();
        loggedEnds.forEach((k, end) -> out.intervals.add(new Interval(k.start(), end)));
        return out;
    }

    /** Whether a logged incoming session was open at {@code t}. */
    boolean openAt(Instant t) {
        for (Interval i : intervals) {
            if (!i.start().isAfter(t) && !i.end().isBefore(t)) {
                return true;
            }
        }
        return false;
    }
}
