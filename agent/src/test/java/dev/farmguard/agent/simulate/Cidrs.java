package dev.farmguard.agent.simulate;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Test helper: reads the simulator's GeoLite2-layout City CSVs back, independently of the writer. */
final class Cidrs {

  record Block(BigInteger first, BigInteger last, int bits, String country, String city, double latitude,
      double longitude) {}

  private Cidrs() {}

  static List<Block> load(Path geoip) throws IOException {
    Map<String, String[]> locations = new HashMap<>();
    Path locationsFile;
    List<Path> blockFiles;
    try (Stream<Path> files = Files.list(geoip)) {
      List<Path> all = files.sorted().toList();
      locationsFile = all.stream().filter(f -> f.toString().endsWith("-City-Locations-en.csv")).findFirst().orElseThrow();
      blockFiles = all.stream().filter(f -> f.getFileName().toString().matches(".*-City-Blocks-IPv[46]\\.csv")).toList();
    }
    List<String[]> loc = SimulatorFixture.csv(locationsFile);
    for (String[] row : loc.subList(1, loc.size())) {
      locations.put(row[0], row);
    }
    List<Block> blocks = new ArrayList<>();
    for (Path f : blockFiles) {
      List<String[]> rows = SimulatorFixture.csv(f);
      for (String[] row : rows.subList(1, rows.size())) {
        String[] l = locations.get(row[1]);
        String[] cidr = row[0].split("/");
        InetAddress base = InetAddress.getByName(cidr[0]);
        int bits = base.getAddress().length * 8;
        int prefix = Integer.parseInt(cidr[1]);
        BigInteger first = new BigInteger(1, base.getAddress());
        BigInteger last = first.add(BigInteger.ONE.shiftLeft(bits - prefix)).subtract(BigInteger.ONE);
        blocks.add(new Block(first, last, bits, l[4], l[10], Double.parseDouble(row[7]), Double.parseDouble(row[8])));
      }
    }
    return blocks;
  }

  static Block find(List<Block> blocks, InetAddress a) {
    BigInteger v = new BigInteger(1, a.getAddress());
    int bits = a.getAddress().length * 8;
    for (Block b : blocks) {
      if (b.bits() == bits && v.compareTo(b.first()) >= 0 && v.compareTo(b.last()) <= 0) {
        return b;
      }
    }
    return null;
  }

  static double distanceKm(Block a, Block b) {
    double p1 = Math.toRadians(a.latitude());
    double p2 = Math.toRadians(b.latitude());
    double dl = Math.toRadians(b.longitude() - a.longitude());
    double h = Math.pow(Math.sin((p2 - p1) / 2), 2) + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(dl / 2), 2);
    return 2 * 6371.0 * Math.asin(Math.sqrt(Math.min(1, h)));
  }
}
