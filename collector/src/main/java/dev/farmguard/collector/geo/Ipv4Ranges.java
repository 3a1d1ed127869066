package dev.farmguard.collector.geo;

import java.util.Arrays;

/**
 * Non-overlapping IPv4 ranges, each mapped to an int value, searched by binary search over sorted
 * primitive arrays (12 bytes a range). Addresses are stored with the sign bit flipped so that
 * signed int order equals unsigned address order.
 */
final class Ipv4Ranges {

  private final int[] starts;
  private final int[] ends;
  private final int[] values;

  private Ipv4Ranges(int[] starts, int[] ends, int[] values) {
    this.starts = starts;
    this.ends = ends;
    this.values = values;
  }

  static Ipv4Ranges empty() {
    return new Ipv4Ranges(new int[0], new int[0], new int[0]);
  }

  int size() {
    return starts.length;
  }

  /** The value of the range holding the address, or -1. */
  int find(int address) {
    int key = address ^ Integer.MIN_VALUE;
    int i = Arrays.binarySearch(starts, key);
    if (i < 0) {
      i = -i - 2; // last range starting below the key
    }
    if (i < 0 || key > ends[i]) {
      return -1;
    }
    return values[i];
  }

  /** Collects ranges in any order; {@link #build} sorts, validates and compacts them. */
  static final class Builder {
    private final String source;
    private int[] starts = new int[1024];
    private int[] ends = new int[1024];
    private int[] values = new int[1024];
    private int size;
    private boolean sorted = true;

    Builder(String source) {
      this.source = source;
    }

    /** Adds [start, end] (unsigned 32-bit values) mapped to a value >= 0. */
    void add(long start, long end, int value) {
      if (size == starts.length) {
        int capacity = size + (size >> 1);
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
        values = Arrays.copyOf(values, capacity);
      }
      int s = (int) start ^ Integer.MIN_VALUE;
      if (size > 0 && s < starts[size - 1]) {
        sorted = false;
      }
      starts[size] = s;
      ends[size] = (int) end ^ Integer.MIN_VALUE;
      values[size] = value;
      size++;
    }

    Ipv4Ranges build() throws GeoIpLoadException {
      if (!sorted) {
        sortByStart();
      }
      int out = 0;
      for (int i = 0; i < size; i++) {
        if (out > 0 && starts[i] <= ends[out - 1]) {
          throw new GeoIpLoadException("overlapping networks in " + source + ": "
              + text(starts[out - 1]) + "-" + text(ends[out - 1]) + " and " + text(starts[i]) + "-" + text(ends[i]));
        }
        // merge a range into its predecessor when adjacent with the same value: fewer rows to search
        if (out > 0 && values[i] == values[out - 1] && ends[out - 1] + 1 == starts[i]) {
          ends[out - 1] = ends[i];
          continue;
        }
        starts[out] = starts[i];
        ends[out] = ends[i];
        values[out] = values[i];
        out++;
      }
      return new Ipv4Ranges(Arrays.copyOf(starts, out), Arrays.copyOf(ends, out), Arrays.copyOf(values, out));
    }

    private void sortByStart() {
      long[] keys = new long[size];
      for (int i = 0; i < size; i++) {
        keys[i] = ((long) starts[i] << 32) | i;
      }
      Arrays.sort(keys);
      int[] s = new int[size];
      int[] e = new int[size];
      int[] v = new int[size];
      for (int i = 0; i < size; i++) {
        int from = (int) keys[i];
        s[i] = starts[from];
        e[i] = ends[from];
        v[i] = values[from];
      }
      starts = s;
      ends = e;
      values = v;
    }

    private static String text(int flipped) {
      return IpLiterals.ipv4Text(Integer.toUnsignedLong(flipped ^ Integer.MIN_VALUE));
    }
  }
}
