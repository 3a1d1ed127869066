package dev.farmguard.collector.geo;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A GeoLite2 ASN database in CSV layout: network, autonomous_system_number, autonomous_system_organization. */
final class CsvAsnDatabase implements GeoIpLookup {

  private final String name;
  private final IpRangeIndex ranges;
  private final List<AsnInfo> systems;

  private CsvAsnDatabase(String name, IpRangeIndex ranges, List<AsnInfo> systems) {
    this.name = name;
    this.ranges = ranges;
    this.systems = systems;
  }

  /** Loads the edition; either block file may be null. */
  static CsvAsnDatabase load(String name, CsvTable ipv4Blocks, CsvTable ipv6Blocks) throws GeoIpLoadException {
    Map<AsnInfo, Integer> index = new HashMap<>();
    List<AsnInfo> systems = new ArrayList<>();
    IpRangeIndex ranges = IpRangeIndex.load(ipv4Blocks, ipv6Blocks, table -> {
      int number = table.required("autonomous_system_number");
      int organization = table.optional("autonomous_system_organization");
      return row -> {
        long asn = CsvTable.parseUnsigned(row.get(number), "autonomous_system_number");
        if (asn < 0) {
          return -1;
        }
        if (asn > 0xFFFF_FFFFL) {
          throw new IllegalArgumentException("autonomous_system_number out of range: " + asn);
        }
        // one shared instance per (number, organisation): ~80k systems for millions of networks
        return index.computeIfAbsent(new AsnInfo(asn, row.get(organization)), info -> {
          systems.add(info);
          return systems.size() - 1;
        });
      };
    });
    return new CsvAsnDatabase(name, ranges, List.copyOf(systems));
  }

  @Override
  public Optional<GeoLocation> city(InetAddress address) {
    return Optional.empty();
  }

  @Override
  public Optional<AsnInfo> asn(InetAddress address) {
    int system = ranges.find(address);
    return system < 0 ? Optional.empty() : Optional.of(systems.get(system));
  }

  @Override
  public String toString() {
    return name + " (GeoLite2 ASN CSV, " + ranges.ipv4Ranges() + " IPv4 + " + ranges.ipv6Ranges() + " IPv6 ranges, "
        + systems.size() + " systems)";
  }
}
