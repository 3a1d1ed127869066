/**
 * GeoIP (DESIGN.md contract 6): {@link dev.farmguard.collector.geo.GeoIpRegistry#open} takes the
 * {@code --geoip PATH} list (each a .mmdb file, or a directory of .mmdb files and/or GeoLite2 CSV
 * editions) and answers {@link dev.farmguard.collector.geo.GeoIpLookup#city} and
 * {@link dev.farmguard.collector.geo.GeoIpLookup#asn}. MaxMind-format databases are read with
 * MaxMind's reader ({@code com.maxmind.db.Reader}); what a database answers follows its metadata
 * {@code database_type} (City/Country/Location, ASN/ISP, Enterprise). CSV editions are indexed in
 * sorted primitive arrays searched by binary search. No proto or Netty types here.
 */
package dev.farmguard.collector.geo;
