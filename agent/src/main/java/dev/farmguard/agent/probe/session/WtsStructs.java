package dev.farmguard.agent.probe.session;

import dev.farmguard.agent.probe.IpText;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * Decodes the WTS structures of {@code wtsapi32.h}. {@code WTSINFOW} (216 bytes on every architecture):
 * State at 0, SessionId at 4, six byte/frame counters, WinStationName WCHAR[32] at 32, Domain WCHAR[17]
 * at 96, UserName WCHAR[21] at 130, then the LARGE_INTEGER FILETIMEs ConnectTime, DisconnectTime,
 * LastInputTime, LogonTime and CurrentTime at 176, 184, 192, 200, 208. {@code WTS_CLIENT_ADDRESS}: DWORD
 * AddressFamily, then BYTE Address[20]: an IPv4 address starts at Address[2], an IPv6 address at Address[0].
 */
public final class WtsStructs {

    public static final int WTSINFO_BYTES = 216;
    private static final int AF_INET = 2;
    private static final int AF_INET6 = 23;
    /** 100 ns intervals from 1601-01-01 to 1970-01-01. */
    private static final long FILETIME_UNIX_EPOCH = 116_444_736_000_000_000L;

    /** The fields of a WTSINFOW the agent uses; times are null when zero. */
    public record SessionInfo(String stationName, String domain, String user, Instant connectTime,
                              Instant lastInputTime, Instant logonTime, Instant currentTime) {
    }

    private WtsStructs() {
    }

    public static Optional<SessionInfo> sessionInfo(byte[] bytes) {
        if (bytes.length < WTSINFO_BYTES) {
            return Optional.empty();
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        return Optional.of(new SessionInfo(wide(bytes, 32, 32), wide(bytes, 96, 17), wide(bytes, 130, 21),
                filetime(b.getLong(176)), filetime(b.getLong(192)), filetime(b.getLong(200)), filetime(b.getLong(208))));
    }

    /** The client's IP address, "" for other families or no address. */
    public static String clientAddress(byte[] bytes) {
        if (bytes.length < 24) {
            return "";
        }
        int family = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getInt(0);
        byte[] address = family == AF_INET ? Arrays.copyOfRange(bytes, 6, 10)
                : family == AF_INET6 ? Arrays.copyOfRange(bytes, 4, 20) : null;
        if (address == null || isZero(address)) {
            return "";
        }
        return IpText.format(address);
    }

    /** A FILETIME (100 ns since 1601, UTC) as an instant; null for 0. */
    static Instant filetime(long value) {
        if (value <= 0) {
            return null;
        }
        long sinceUnix = value - FILETIME_UNIX_EPOCH;
        return Instant.ofEpochSecond(Math.floorDiv(sinceUnix, 10_000_000L), Math.floorMod(sinceUnix, 10_000_000L) * 100);
    }

    private static String wide(byte[] bytes, int offset, int chars) {
        String text = new String(bytes, offset, chars * 2, StandardCharsets.UTF_16LE);
        int nul = text.indexOf('\0');
        return (nul < 0 ? text : text.substring(0, nul)).trim();
    }

    private static boolean isZero(byte[] address) {
        for (byte b : address) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
