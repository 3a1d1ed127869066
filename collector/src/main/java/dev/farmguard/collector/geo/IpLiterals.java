package dev.farmguard.collector.geo;

import dev.farmguard.collector.net.IpLiteral;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * CIDR networks of the GeoIP CSV files as numbers (IPv6 values are two unsigned 64-bit halves); the
 * addresses themselves are read by the collector's one IP-literal parser, {@link IpLiteral}, never by DNS.
 */
final class IpLiterals {

  private IpLiterals() {}

  /** A parsed network: IPv4 in the low 32 bits of {@code lo}, or a full 128-bit IPv6 value. */
  record Cidr(boolean ipv6, long hi, long lo, int prefix) {

    /** Last IPv4 address of the network (unsigned 32-bit value in a long). */
    long ipv4End() {
      long size = 1L << (32 - prefix);
      return lo + size - 1;
    }

    /** High half of the last IPv6 address. */
    long ipv6EndHi() {
      return prefix >= 64 ? hi : hi | (prefix == 0 ? -1L : (-1L >>> prefix));
    }

    /** Low half of the last IPv6 address. */
    long ipv6EndLo() {
      if (prefix <= 64) {
        return -1L;
      }
      return prefix == 128 ? lo : lo | (-1L >>> (prefix - 64));
    }
  }

  /** Parses "a.b.c.d/n" or "x:y::/n"; host bits must be zero. */
  static Cidr parseCidr(String text) {
    int slash = text.indexOf('/');
    if (slash <= 0 || slash == text.length() - 1) {
      throw new IllegalArgumentException("not a CIDR network (expected ADDRESS/PREFIX): '" + text + "'");
    }
    String address = text.substring(0, slash);
    int prefix = parsePrefix(text, text.substring(slash + 1));
    if (address.indexOf(':') >= 0) {
      long[] v6 = IpLiteral.ipv6(address);
      if (prefix > 128) {
        throw new IllegalArgumentException("IPv6 prefix length above 128 in '" + text + "'");
      }
      if (hostBitsSet6(v6, prefix)) {
        throw new IllegalArgumentException("host bits set in network '" + text + "'");
      }
      return new Cidr(true, v6[0], v6[1], prefix);
    }
    long v4 = Integer.toUnsignedLong(IpLiteral.ipv4(address));
    if (prefix > 32) {
      throw new IllegalArgumentException("IPv4 prefix length above 32 in '" + text + "'");
    }
    long hostMask = (1L << (32 - prefix)) - 1;
    if ((v4 & hostMask) != 0) {
      throw new IllegalArgumentException("host bits set in network '" + text + "'");
    }
    return new Cidr(false, 0, v4, prefix);
  }

  private static boolean hostBitsSet6(long[] v6, int prefix) {
    long hiHost = prefix >= 64 ? 0 : (prefix == 0 ? -1L : (-1L >>> prefix));
    long loHost = prefix <= 64 ? -1L : (prefix == 128 ? 0 : (-1L >>> (prefix - 64)));
    return (v6[0] & hiHost) != 0 || (v6[1] & loHost) != 0;
  }

  private static int parsePrefix(String whole, String digits) {
    if (digits.length() > 3 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("bad prefix length in '" + whole + "'");
    }
    return Integer.parseInt(digits);
  }

  /** 32-bit value of an IPv4 address. */
  static int toInt(Inet4Address address) {
    byte[] b = address.getAddress();
    return ((b[0] & 0xFF) << 24) | ((b[1] & 0xFF) << 16) | ((b[2] & 0xFF) << 8) | (b[3] & 0xFF);
  }

  /** {high, low} halves of an IPv6 address. */
  static long[] toLongs(Inet6Address address) {
    byte[] b = address.getAddress();
    long hi = 0;
    long lo = 0;
    for (int k = 0; k < 8; k++) {
      hi = (hi << 8) | (b[k] & 0xFF);
      lo = (lo << 8) | (b[k + 8] & 0xFF);
    }
    return new long[] {hi, lo};
  }

  /** Text of an IPv4 value, for error messages. */
  static String ipv4Text(long value) {
    return ((value >>> 24) & 0xFF) + "." + ((value >>> 16) & 0xFF) + "." + ((value >>> 8) & 0xFF) + "." + (value & 0xFF);
  }

  /** Text of an IPv6 value (uncompressed), for error messages. */
  static String ipv6Text(long hi, long lo) {
    StringBuilder sb = new StringBuilder(39);
    for (int g = 0; g < 8; g++) {
      long half = g < 4 ? hi : lo;
      int shift = 48 - 16 * (g % 4);
      if (g > 0) {
        sb.append(':');
      }
      sb.append(Long.toHexString((half >>> shift) & 0xFFFF));
    }
    return sb.toString();
  }

  /** True for an IPv4 address, including IPv4-mapped IPv6 (Java already maps those). */
  static boolean isIpv4(InetAddress address) {
    return address instanceof Inet4Address;
  }
}
