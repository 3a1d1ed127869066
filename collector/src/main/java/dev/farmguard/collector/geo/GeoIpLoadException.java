package dev.farmguard.collector.geo;

import java.io.IOException;

/** A GeoIP database could not be opened or parsed; the message names the file (and line). */
public final class GeoIpLoadException extends IOException {

  public GeoIpLoadException(String message) {
    super(message);
  }

  public GeoIpLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
