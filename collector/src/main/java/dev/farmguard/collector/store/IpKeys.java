package dev.farmguard.collector.store;

import dev.farmguard.collector.net.IpLiteral;
import java.util.HexFormat;

/**
 * Public addresses as sortable text: the 16 bytes of the IPv6 form (IPv4 as {@code ::ffff:a.b.c.d}) in 32 lower-case
 * hex digits. Equal-length hex compares like the number, so a network is a {@code BETWEEN} range on any database.
 */
public final class IpKeys {

    private static final HexFormat HEX = HexFormat.of();

    private IpKeys() {}

    /** The key of an address literal, or null when {@code ip} is null or not an address. */
    public static String key(String ip) {
        if (ip == null) {
            return null;
        }
        try {
            return HEX.formatHex(sixteen(IpLiteral.bytes(ip.trim())));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The lowest and highest key of a network.
     *
     * @param network      4 or 16 bytes
     * @param prefixLength bits of {@code network} that are fixed
     */
    public static String[] range(byte[] network, int prefixLength) {
        int prefix = network.length == 4 ? prefixLength + 96 : prefixLength;
        byte[] low = sixteen(network);
        byte[] high = low.clone();
        for (int bit = prefix; bit < 128; bit++) {
            low[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
            high[bit / 8] |= (byte) (0x80 >>> (bit % 8));
        }
        return new String[] {HEX.formatHex(low), HEX.formatHex(high)};
    }

    private static byte[] sixteen(byte[] address) {
        if (address.length == 16) {
            return address.clone();
        }
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(address, 0, mapped, 12, 4);
        return mapped;
    }
}
