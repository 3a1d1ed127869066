package dev.farmguard.collector.geo;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * All GeoIP databases named by {@code --geoip PATH} options. Each path is a .mmdb file or a
 * directory holding .mmdb files and/or GeoLite2-layout CSVs. A lookup asks the databases in the
 * order given (within a directory: .mmdb files, then CSV editions, each by name) and returns the
 * first answer.
 */
public final class GeoIpRegistry implements GeoIpLookup, Closeable {

  private static final Logger log = LoggerFactory.getLogger(GeoIpRegistry.class);

  private final List<GeoIpLookup> databases;

  private GeoIpRegistry(List<GeoIpLookup> databases) {
    this.databases = List.copyOf(databases);
  }

  /** A registry without databases: every lookup is empty. */
  public static GeoIpRegistry empty() {
    return new GeoIpRegistry(List.of());
  }

  /**
   * Opens every path; a missing, unreadable or malformed path (or a directory without any
   * database) fails with a message naming it.
   */
  public static GeoIpRegistry open(List<Path> paths) throws GeoIpLoadException {
    List<GeoIpLookup> databases = new ArrayList<>();
    try {
      for (Path path : paths) {
        List<GeoIpLookup> found = openPath(path);
        for (GeoIpLookup db : found) {
          log.info("GeoIP database loaded: {}", db);
        }
        databases.addAll(found);
      }
    } catch (GeoIpLoadException | RuntimeException e) {
      new GeoIpRegistry(databases).close();
      throw e;
    }
    return new GeoIpRegistry(databases);
  }

  private static List<GeoIpLookup> openPath(Path path) throws GeoIpLoadException {
    if (!Files.exists(path)) {
      throw new GeoIpLoadException("--geoip " + path + ": no such file or directory");
    }
    if (!Files.isReadable(path)) {
      throw new GeoIpLoadException("--geoip " + path + ": not readable");
    }
    if (Files.isRegularFile(path)) {
      if (!path.getFileName().toString().endsWith(".mmdb")) {
        throw new GeoIpLoadException("--geoip " + path + ": expected a .mmdb file or a directory of GeoLite2 CSV or .mmdb files");
      }
      return List.of(MmdbDatabase.open(path));
    }
    List<GeoIpLookup> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(path)) {
      List<Path> mmdbs = files.filter(f -> f.getFileName().toString().endsWith(".mmdb")).sorted().toList();
      for (Path mmdb : mmdbs) {
        found.add(MmdbDatabase.open(mmdb));
      }
      found.addAll(GeoLite2CsvDirectory.load(path));
    } catch (IOException e) {
      closeAll(found);
      throw new GeoIpLoadException("--geoip " + path + ": cannot list directory: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeAll(found);
      throw e;
    }
    if (found.isEmpty()) {
      throw new GeoIpLoadException("--geoip " + path + ": no .mmdb file and no GeoLite2 '*-Blocks-IPv4.csv'/'*-Blocks-IPv6.csv' file in this directory");
    }
    return found;
  }

  /** Number of databases loaded. */
  public int size() {
    return databases.size();
  }

  /** One line per database, for logs and the status API. */
  public List<String> describe() {
    return databases.stream().map(Object::toString).toList();
  }

  @Override
  public Optional<GeoLocation> city(InetAddress address) {
    for (GeoIpLookup db : databases) {
      Optional<GeoLocation> hit = db.city(address);
      if (hit.isPresent()) {
        return hit;
      }
    }
    return Optional.empty();
  }

  @Override
  public Optional<AsnInfo> asn(InetAddress address) {
    for (GeoIpLookup db : databases) {
      Optional<AsnInfo> hit = db.asn(address);
      if (hit.isPresent()) {
        return hit;
      }
    }
    return Optional.empty();
  }

  /** Idempotent: closes the memory-mapped readers. */
  @Override
  public void close() {
    closeAll(databases);
  }

  private static void closeAll(List<GeoIpLookup> databases) {
    for (GeoIpLookup db : databases) {
      if (db instanceof Closeable c) {
        try {
          c.close();
        } catch (IOException e) {
          log.warn("closing GeoIP database {} failed: {}", db, e.getMessage());
        }
      }
    }
  }
}
