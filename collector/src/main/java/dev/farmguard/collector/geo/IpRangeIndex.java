package dev.farmguard.collector.geo;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.file.Path;

/** IPv4 and IPv6 ranges loaded from GeoLite2 "*-Blocks-IPv4.csv" / "*-Blocks-IPv6.csv" files. */
final class IpRangeIndex {

  /** Computes a row's value (>= 0), or -1 to skip rows that carry no data. */
  @FunctionalInterface
  interface RowValue {
    int valueOf(CsvTable.Row row);
  }

  /** Resolves a file's columns once, then values its rows. */
  @FunctionalInterface
  interface RowValueFactory {
    RowValue forTable(CsvTable table) throws GeoIpLoadException;
  }

  private final Ipv4Ranges v4;
  private final Ipv6Ranges v6;

  private IpRangeIndex(Ipv4Ranges v4, Ipv6Ranges v6) {
    this.v4 = v4;
    this.v6 = v6;
  }

  /**
   * Loads block files (either may be null). A file's "network" column may hold networks of either
   * family; each goes to its own table.
   */
  static IpRangeIndex load(CsvTable ipv4File, CsvTable ipv6File, RowValueFactory values) throws GeoIpLoadException {
    String name = (ipv4File != null ? ipv4File.file() : ipv6File.file()).getFileName().toString();
    Ipv4Ranges.Builder v4 = new Ipv4Ranges.Builder(describe(ipv4File, name));
    Ipv6Ranges.Builder v6 = new Ipv6Ranges.Builder(describe(ipv6File, name));
    for (CsvTable table : new CsvTable[] {ipv4File, ipv6File}) {
      if (table == null) {
        continue;
      }
      int network = table.required("network");
      RowValue rowValue = values.forTable(table);
      table.forEachRow(row -> {
        IpLiterals.Cidr cidr = IpLiterals.parseCidr(row.get(network));
        int value = rowValue.valueOf(row);
        if (value < 0) {
          return;
        }
        if (cidr.ipv6()) {
          v6.add(cidr.hi(), cidr.lo(), cidr.ipv6EndHi(), cidr.ipv6EndLo(), value);
        } else {
          v4.add(cidr.lo(), cidr.ipv4End(), value);
        }
      });
    }
    return new IpRangeIndex(v4.build(), v6.build());
  }

  private static String describe(CsvTable table, String fallback) {
    Path file = table == null ? null : table.file();
    return file == null ? fallback : file.toString();
  }

  /** Value of the range holding the address, or -1. */
  int find(InetAddress address) {
    if (address instanceof Inet4Address a4) {
      return v4.find(IpLiterals.toInt(a4));
    }
    long[] halves = IpLiterals.toLongs((Inet6Address) address);
    return v6.find(halves[0], halves[1]);
  }

  int ipv4Ranges() {
    return v4.size();
  }

  int ipv6Ranges() {
    return v6.size();
  }
}
