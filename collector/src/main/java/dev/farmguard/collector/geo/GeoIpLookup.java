package dev.farmguard.collector.geo;

import java.net.InetAddress;
import java.util.Optional;

/** Answers where an address is and which network announces it. Implementations are thread-safe. */
public interface GeoIpLookup {

  /** The location of the address, empty when no database covers it. */
  Optional<GeoLocation> city(InetAddress address);

  /** The autonomous system of the address, empty when no database covers it. */
  Optional<AsnInfo> asn(InetAddress address);
}
