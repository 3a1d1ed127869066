package dev.farmguard.collector.geo;

import java.util.Arrays;

/**
 * Non-overlapping IPv6 ranges, each mapped to an int value. 128-bit addresses are two longs with
 * the sign bit of the high half flipped (and of the low half) so signed comparison orders them.
 */
final class Ipv6Ranges {

  private final long[] startHi;
  private final long[] startLo;
  private final long[] endHi;
  private final long[] endLo;
  private final int[] values;

  private Ipv6Ranges(long[] startHi, long[] startLo, long[] endHi, long[] endLo, int[] values) {
    this.startHi = startHi;
    this.startLo = startLo;
    this.endHi = endHi;
    this.endLo = endLo;
    this.values = values;
  }

  static Ipv6Ranges empty() {
    return new Ipv6Ranges(new long[0], new long[0], new long[0], new long[0], new int[0]);
  }

  int size() {
    return values.length;
  }

  /** The value of the range holding the address (unsigned halves), or -1. */
  int find(long hi, long lo) {
    long kh = hi ^ Long.MIN_VALUE;
    long kl = lo ^ Long.MIN_VALUE;
    int low = 0;
    int high = values.length - 1;
    int best = -1;
    while (low <= high) { // last range whose start <= key
      int mid = (low + high) >>> 1;
      if (compare(startHi[mid], startLo[mid], kh, kl) <= 0) {
        best = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    if (best < 0 || compare(kh, kl, endHi[best], endLo[best]) > 0) {
      return -1;
    }
    return values[best];
  }

  private static int compare(long ah, long al, long bh, long bl) {
    int c = Long.compare(ah, bh);
    return c != 0 ? c : Long.compare(al, bl);
  }

  /** Collects ranges in any order; {@link #build} sorts, validates and compacts them. */
  static final class Builder {
    private final String source;
    private long[] startHi = new long[256];
    private long[] startLo = new long[256];
    private long[] endHi = new long[256];
    private long[] endLo = new long[256];
    private int[] values = new int[256];
    private int size;
    private boolean sorted = true;

    Builder(String source) {
      this.source = source;
    }

    /** Adds [start, end] (unsigned halves) mapped to a value >= 0. */
    void add(long sHi, long sLo, long eHi, long eLo, int value) {
      if (size == values.length) {
        int capacity = size + (size >> 1);
        startHi = Arrays.copyOf(startHi, capacity);
        startLo = Arrays.copyOf(startLo, capacity);
        endHi = Arrays.copyOf(endHi, capacity);
        endLo = Arrays.copyOf(endLo, capacity);
        values = Arrays.copyOf(values, capacity);
      }
      long h = sHi ^ Long.MIN_VALUE;
      long l = sLo ^ Long.MIN_VALUE;
      if (size > 0 && compare(h, l, startHi[size - 1], startLo[size - 1]) < 0) {
        sorted = false;
      }
      startHi[size] = h;
      startLo[size] = l;
      endHi[size] = eHi ^ Long.MIN_VALUE;
      endLo[size] = eLo ^ Long.MIN_VALUE;
      values[size] = value;
      size++;
    }

    Ipv6Ranges build() throws GeoIpLoadException {
      if (!sorted) {
        sortByStart();
      }
      int out = 0;
      for (int i = 0; i < size; i++) {
        if (out > 0 && compare(startHi[i], startLo[i], endHi[out - 1], endLo[out - 1]) <= 0) {
          throw new GeoIpLoadException("overlapping networks in " + source + ": "
              + text(startHi[out - 1], startLo[out - 1]) + " and " + text(startHi[i], startLo[i]));
        }
        if (out > 0 && values[i] == values[out - 1] && isSuccessor(endHi[out - 1], endLo[out - 1], startHi[i], startLo[i])) {
          endHi[out - 1] = endHi[i];
          endLo[out - 1] = endLo[i];
          continue;
        }
        startHi[out] = startHi[i];
        startLo[out] = startLo[i];
        endHi[out] = endHi[i];
        endLo[out] = endLo[i];
        values[out] = values[i];
        out++;
      }
      return new Ipv6Ranges(Arrays.copyOf(startHi, out), Arrays.copyOf(startLo, out),
          Arrays.copyOf(endHi, out), Arrays.copyOf(endLo, out), Arrays.copyOf(values, out));
    }

    /** b == a + 1 in 128-bit arithmetic (both flipped). */
    private static boolean isSuccessor(long ah, long al, long bh, long bl) {
      if (al == Long.MAX_VALUE) { // low half wraps: flipped max is MAX_VALUE
        return bl == Long.MIN_VALUE && bh == ah + 1;
      }
      return bh == ah && bl == al + 1;
    }

    private void sortByStart() {
      Integer[] order = new Integer[size];
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> compare(startHi[a], startLo[a], startHi[b], startLo[b]));
      long[] sh = new long[size];
      long[] sl = new long[size];
      long[] eh = new long[size];
      long[] el = new long[size];
      int[] v = new int[size];
      for (int i = 0; i < size; i++) {
        int from = order[i];
        sh[i] = startHi[from];
        sl[i] = startLo[from];
        eh[i] = endHi[from];
        el[i] = endLo[from];
        v[i] = values[from];
      }
      startHi = sh;
      startLo = sl;
      endHi = eh;
      endLo = el;
      values = v;
    }

    private static String text(long flippedHi, long flippedLo) {
      return IpLiterals.ipv6Text(flippedHi ^ Long.MIN_VALUE, flippedLo ^ Long.MIN_VALUE);
    }
  }
}
