package dev.farmguard.collector.wire;

import dev.farmguard.proto.v1.Hello;
import dev.farmguard.proto.v1.Snapshot;
import java.util.regex.Pattern;

/** Rules a Hello or Snapshot must meet before the collector acts on it; each failure says what is wrong. */
final class SnapshotValidator {

    /** Device ids appear in URLs and logs: printable, no separators, bounded. */
    static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@+-]{0,127}");
    private static final long EARLIEST = 946_684_800L;      // 2000-01-01T00:00:00Z
    private static final long LATEST = 7_258_118_400L;      // 2200-01-01T00:00:00Z
    private static final int MAX_VERSION_CHARS = 64;

    private SnapshotValidator() {}

    static void checkHello(Hello h) {
        checkDeviceId(h.getDeviceId(), 0);
        checkVersion("agent_version", h.getAgentVersion(), 0);
        checkVersion("catalog_version", h.getCatalogVersion(), 0);
    }

    static void checkSnapshot(Snapshot s) {
        long seq = s.getSequence();
        checkDeviceId(s.getDeviceId(), seq);
        if (seq == 0) {
            throw bad("sequence must be 1 or more", 0);
        }
        if (seq < 0) {
            // a uint64 of 2^63 or more reads as a negative long: refused (echoing it), never stored negative
            throw bad("sequence must be at most 2^63-1, got " + Long.toUnsignedString(seq), seq);
        }
        if (!s.hasCollectedAt()) {
            throw bad("collected_at is missing", seq);
        }
        long seconds = s.getCollectedAt().getSeconds();
        int nanos = s.getCollectedAt().getNanos();
        if (seconds < EARLIEST || seconds >= LATEST || nanos < 0 || nanos > 999_999_999) {
            throw bad("collected_at is outside 2000..2200 or malformed", seq);
        }
        checkVersion("agent_version", s.getAgentVersion(), seq);
        checkVersion("catalog_version", s.getCatalogVersion(), seq);
    }

    private static void checkDeviceId(String id, long seq) {
        if (id.isEmpty()) {
            throw bad("device_id is empty", seq);
        }
        if (!DEVICE_ID.matcher(id).matches()) {
            throw bad("device_id must be 1-128 characters of A-Z a-z 0-9 . _ : @ + -", seq);
        }
    }

    private static void checkVersion(String field, String value, long seq) {
        if (value.length() > MAX_VERSION_CHARS) {
            throw bad(field + " is longer than " + MAX_VERSION_CHARS + " characters", seq);
        }
    }

    private static InvalidMessageException bad(String message, long seq) {
        return new InvalidMessageException(ErrorCode.BAD_MESSAGE, message, seq);
    }
}
