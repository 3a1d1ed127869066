/**
 * The signature catalog as the collector's own immutable records: remote-access tools, IP-KVM USB and EDID
 * identities, VPN clients and jigglers, each with the sources its facts were read from. The catalog file is
 * the protobuf canonical JSON of {@code farmguard.v1.Catalog}; this package reads and writes it with Jackson
 * and never imports generated protobuf classes. {@link dev.farmguard.collector.catalog.CatalogLoader} loads the
 * bundled or an override file and validates it; the {@code lolrmm} subpackage imports the LOLRMM catalog.
 */
package dev.farmguard.collector.catalog;
