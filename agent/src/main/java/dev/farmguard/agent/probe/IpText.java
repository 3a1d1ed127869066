package dev.farmguard.agent.probe;

import io.netty.util.NetUtil;

/** Formats raw IP addresses: dotted IPv4, RFC 5952 IPv6, IPv4-mapped IPv6 as "::ffff:192.0.2.1". */
public final class IpText {

    private IpText() {
    }

    public static String format(byte[] address) {
        if (address.length == 16 && isV4Mapped(address)) {
            return "::ffff:" + NetUtil.bytesToIpAddress(address, 12, 4);
        }
        return NetUtil.bytesToIpAddress(address);
    }

    private static boolean isV4Mapped(byte[] a) {
        for (int i = 0; i < 10; i++) {
            if (a[i] != 0) {
                return false;
            }
        }
        return a[10] == (byte) 0xFF && a[11] == (byte) 0xFF;
    }
}
