package dev.farmguard.agent.probe.session;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses {@code /run/utmp}: fixed 384-byte glibc {@code struct utmp} records in native byte order —
 * {@code ut_type} (short, padded to 4), {@code ut_pid} (4), {@code ut_line[32]}, {@code ut_id[4]},
 * {@code ut_user[32]}, {@code ut_host[256]}, {@code ut_exit} (4), {@code ut_session} (4), {@code ut_tv} (two
 * 32-bit ints), {@code ut_addr_v6[4]}, 20 reserved bytes. A trailing partial record is ignored.
 */
public final class UtmpParser {

    public static final int RECORD_SIZE = 384;

    private UtmpParser() {
    }

    public static List<UtmpRecord> parse(byte[] bytes, ByteOrder order) {
        List<UtmpRecord> records = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(order);
        for (int at = 0; at + RECORD_SIZE <= bytes.length; at += RECORD_SIZE) {
            int type = buffer.getShort(at);
            int pid = buffer.getInt(at + 4);
            String line = text(bytes, at + 8, 32);
            String user = text(bytes, at + 44, 32);
            String host = text(bytes, at + 76, 256);
            long seconds = Integer.toUnsignedLong(buffer.getInt(at + 340));
            long micros = Integer.toUnsignedLong(buffer.getInt(at + 344)) % 1_000_000;
            Instant time = seconds == 0 ? null : Instant.ofEpochSecond(seconds, micros * 1000);
            records.add(new UtmpRecord(type, pid, line, user, host, time));
        }
        return records;
    }

    private static String text(byte[] bytes, int offset, int length) {
        int end = offset;
        while (end < offset + length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, offset, end - offset, StandardCharsets.UTF_8).trim();
    }
}
