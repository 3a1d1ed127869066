package dev.farmguard.agent.simulate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic randomness keyed by (seed, purpose, ids...), so any device's facts at any time can
 * be recomputed without state: the simulator never holds the fleet in memory and the same seed
 * always gives the same files.
 */
public final class Rng {

  private final SplittableRandom random;

  private Rng(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A stream for one purpose, e.g. {@code Rng.of(seed, Salt.DEVICE, deviceIndex)}. */
  public static Rng of(long seed, long... keys) {
    long h = mix(seed ^ 0x5DEECE66DL);
    for (long k : keys) {
      h = mix(h ^ mix(k + 0x9E3779B97F4A7C15L));
    }
    return new Rng(h);
  }

  /** SplitMix64 finaliser: a bijective 64-bit mix. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** Uniform in [from, to] inclusive. */
  public int between(int from, int to) {
    return from + random.nextInt(to - from + 1);
  }

  public long nextLong() {
    return random.nextLong();
  }

  public double nextDouble() {
    return random.nextDouble();
  }

  public boolean chance(double p) {
    return random.nextDouble() < p;
  }

  public <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  public <T> T pick(T[] items) {
    return items[random.nextInt(items.length)];
  }

  /** Index chosen with the given (non-negative) weights. */
  public int weighted(double... weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double r = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** n random digits (first one non-zero). */
  public String digits(int n) {
    StringBuilder sb = new StringBuilder(n);
    sb.append((char) ('1' + random.nextInt(9)));
    for (int i = 1; i < n; i++) {
      sb.append((char) ('0' + random.nextInt(10)));
    }
    return sb.toString();
  }

  /** n upper-case hex digits. */
  public String hex(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append("0123456789ABCDEF".charAt(random.nextInt(16)));
    }
    return sb.toString();
  }

  /** n upper-case letters and digits. */
  public String alnum(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789".charAt(random.nextInt(34)));
    }
    return sb.toString();
  }

  /** A MAC address under the given OUI ("a4:2b:b0"), lower-case colon hex. */
  public String mac(String oui) {
    StringBuilder sb = new StringBuilder(17).append(oui);
    for (int i = 0; i < 3; i++) {
      int b = nextInt(256);
      sb.append(':').append(HEX_LOWER.charAt(b >> 4)).append(HEX_LOWER.charAt(b & 0xF));
    }
    return sb.toString();
  }

  private static final String HEX_LOWER = "0123456789abcdef";

  /**
   * A MAC whose last 24 bits are a bijection of {@code index} (an odd multiplier mod 2^24 plus a
   * seed-dependent offset): distinct indices never collide, so unrelated homes never share a
   * router or access point by accident. Valid for indices below 2^24.
   */
  public static String uniqueMac(String oui, long seed, long space, long index) {
    long offset = mix(seed ^ (space * 0x9E3779B97F4A7C15L));
    int suffix = (int) ((index * 0xB5AD4BL + offset) & 0xFF_FFFFL);
    StringBuilder sb = new StringBuilder(17).append(oui);
    for (int shift = 16; shift >= 0; shift -= 8) {
      int b = (suffix >> shift) & 0xFF;
      sb.append(':').append(HEX_LOWER.charAt(b >> 4)).append(HEX_LOWER.charAt(b & 0xF));
    }
    return sb.toString();
  }

  /** Purposes of the random streams; each stream is independent of the others. */
  static final class Salt {
    static final long PLAN = 1;
    static final long GROUP = 2;
    static final long DEVICE = 3;
    static final long PHASE = 4;
    static final long DAY = 5;
    static final long SNAPSHOT = 6;
    static final long OFFICE = 7;
    static final long HOUSEHOLD = 8;
    static final long HOTEL = 9;
    static final long OPERATOR = 10;
    static final long LOG = 11;
    static final long HOME_MACS = 12;
    static final long DEVICE_MACS = 13;

    private Salt() {}
  }
}
