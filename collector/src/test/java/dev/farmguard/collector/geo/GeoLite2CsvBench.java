package dev.farmguard.collector.geo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Plain benchmark harness (not a test): writes a synthetic GeoLite2-City-sized CSV edition
 * (default 3,000,000 IPv4 + 500,000 IPv6 blocks, 120,000 locations), loads it and measures load
 * time, retained heap and lookup throughput. Run:
 * {@code java -Xmx1g -cp collector/target/test-classes:collector/target/classes:<deps> dev.farmguard.collector.geo.GeoLite2CsvBench [DIR] [v4Rows] [v6Rows]}
 */
public final class GeoLite2CsvBench {

  private GeoLite2CsvBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("geolite-bench");
    int v4Rows = args.length > 1 ? Integer.parseInt(args[1]) : 3_000_000;
    int v6Rows = args.length > 2 ? Integer.parseInt(args[2]) : 500_000;
    int locations = 120_000;
    if (!Files.exists(dir.resolve("Bench-City-Blocks-IPv4.csv"))) {
      write(dir, v4Rows, v6Rows, locations);
    }
    System.gc();
    long heapBefore = usedHeap();
    long t0 = System.nanoTime();
    GeoIpRegistry geo = GeoIpRegistry.open(List.of(dir));
    long loadMs = (System.nanoTime() - t0) / 1_000_000;
    System.gc();
    long retainedMb = (usedHeap() - heapBefore) >> 20;
    System.out.printf(Locale.ROOT, "loaded %s in %d ms, retained heap ~%d MB%n", geo.describe(), loadMs, retainedMb);

    SplittableRandom random = new SplittableRandom(7);
    InetAddress[] v4 = new InetAddress[1 << 16];
    InetAddress[] v6 = new InetAddress[1 << 16];
    for (int i = 0; i < v4.length; i++) {
      v4[i] = InetAddress.getByAddress(intBytes((int) random.nextLong(0x0100_0000L, 0xDF00_0000L)));
      byte[] b = new byte[16];
      random.nextBytes(b);
      b[0] = 0x20;
      b[1] = 0x01;
      b[2] = 0x0d;
      b[3] = (byte) 0xb8;
      b[4] = 0; // inside the populated 2001:db8:0:0..1e:: part
      b[5] = 0;
      b[6] = 0;
      b[7] = (byte) random.nextInt(0x1E);
      v6[i] = InetAddress.getByAddress(b);
    }
    for (int round = 0; round < 3; round++) {
      measure("IPv4", geo, v4, 5_000_000);
      measure("IPv6", geo, v6, 2_000_000);
    }
    geo.close();
  }

  private static void measure(String label, GeoIpRegistry geo, InetAddress[] addresses, int lookups) {
    int hits = 0;
    long t0 = System.nanoTime();
    for (int i = 0; i < lookups; i++) {
      if (geo.city(addresses[i & (addresses.length - 1)]).isPresent()) {
        hits++;
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "%s city(): %.2f M lookups/s (%.0f ns each), hit rate %.2f%n",
        label, lookups / seconds / 1e6, seconds * 1e9 / lookups, hits / (double) lookups);
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static byte[] intBytes(int v) {
    return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
  }

  private static void write(Path dir, int v4Rows, int v6Rows, int locations) throws IOException {
    SplittableRandom random = new SplittableRandom(42);
    double[] lat = new double[locations];
    double[] lon = new double[locations];
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("Bench-City-Locations-en.csv"))) {
      w.write("geoname_id,locale_code,continent_code,continent_name,country_iso_code,country_name,"
          + "subdivision_1_iso_code,subdivision_1_name,subdivision_2_iso_code,subdivision_2_name,city_name,"
          + "metro_code,time_zone,is_in_european_union\n");
      for (int i = 0; i < locations; i++) {
        lat[i] = Math.round((random.nextDouble() * 140 - 70) * 1e4) / 1e4;
        lon[i] = Math.round((random.nextDouble() * 360 - 180) * 1e4) / 1e4;
        w.write((1_000_000 + i) + ",en,NA,\"North America\",US,\"United States\",S" + (i % 50) + ",\"State "
            + (i % 50) + "\",,,\"City " + i + "\",,America/Chicago,0\n");
      }
    }
    String header = "network,geoname_id,registered_country_geoname_id,represented_country_geoname_id,"
        + "is_anonymous_proxy,is_satellite_provider,postal_code,latitude,longitude,accuracy_radius,is_anycast\n";
    int[] radii = {1, 5, 10, 20, 50, 100, 200, 500, 1000};
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("Bench-City-Blocks-IPv4.csv"))) {
      w.write(header);
      long next = 0x0100_0000L;
      for (int i = 0; i < v4Rows; i++) {
        int prefix = 22 + random.nextInt(7); // /22../28: 3M blocks span most of the space
        long size = 1L << (32 - prefix);
        next = (next + size - 1) & -size; // align
        if (random.nextInt(10) == 0) {
          next += size; // a gap
        }
        int loc = random.nextInt(locations);
        w.write(IpLiterals.ipv4Text(next) + "/" + prefix + "," + (1_000_000 + loc) + ",6252001,,0,0,,"
            + lat[loc] + "," + lon[loc] + "," + radii[random.nextInt(radii.length)] + ",\n");
        next += size;
      }
    }
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("Bench-City-Blocks-IPv6.csv"))) {
      w.write(header);
      long hi = 0x2001_0db8_0000_0000L;
      for (int i = 0; i < v6Rows; i++) {
        hi += 1 + random.nextInt(3);
        int loc = random.nextInt(locations);
        w.write(IpLiterals.ipv6Text(hi, 0) + "/64," + (1_000_000 + loc) + ",6252001,,0,0,,"
            + lat[loc] + "," + lon[loc] + "," + radii[random.nextInt(radii.length)] + ",\n");
      }
    }
  }
}
