package dev.farmguard.agent.probe.procfs;

import dev.farmguard.agent.probe.IpText;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses {@code /proc/net/tcp}, {@code tcp6}, {@code udp}, {@code udp6}. Addresses are printed by the
 * kernel as 32-bit words in host byte order ("0100007F" is 127.0.0.1 on little-endian machines), ports
 * as big hex numbers. Malformed rows are skipped.
 */
public final class ProcNetParser {

    private ProcNetParser() {
    }

    /** Parses a whole table with this machine's byte order. */
    public static List<NetSocket> parse(String protocol, List<String> lines) {
        return parse(protocol, lines, ByteOrder.nativeOrder());
    }

    /** Parses a whole table (header line included) recorded on a machine with {@code order}. */
    public static List<NetSocket> parse(String protocol, List<String> lines, ByteOrder order) {
        List<NetSocket> sockets = new ArrayList<>();
        for (String line : lines) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length < 10 || !fields[0].endsWith(":")) {
                continue; // header or malformed
            }
            try {
                Endpoint local = endpoint(fields[1], order);
                Endpoint remote = endpoint(fields[2], order);
                sockets.add(new NetSocket(protocol, local.address(), local.port(), remote.address(), remote.port(),
                        Integer.parseInt(fields[3], 16), Long.parseLong(fields[9])));
            } catch (IllegalArgumentException e) {
                // skip the malformed row; real systems produce odd output
            }
        }
        return sockets;
    }

    private record Endpoint(String address, int port) {
    }

    private static Endpoint endpoint(String field, ByteOrder order) {
        int colon = field.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("no port in " + field);
        }
        return new Endpoint(address(field.substring(0, colon), order), Integer.parseInt(field.substring(colon + 1), 16));
    }

    /**
     * "0100007F" to "127.0.0.1"; 32 hex digits to an RFC 5952 IPv6 string. {@code order} is the byte
     * order of the machine that printed the words ({@code /proc/net/route} uses the same encoding).
     */
    public static String address(String hex, ByteOrder order) {
        if (hex.length() != 8 && hex.length() != 32) {
            throw new IllegalArgumentException("bad address " + hex);
        }
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < hex.length() / 8; word++) {
            long value = Long.parseLong(hex.substring(word * 8, word * 8 + 8), 16);
            for (int b = 0; b < 4; b++) {
                int shift = order == ByteOrder.LITTLE_ENDIAN ? 8 * b : 8 * (3 - b);
                bytes[word * 4 + b] = (byte) (value >>> shift);
            }
        }
        return IpText.format(bytes);
    }
}
