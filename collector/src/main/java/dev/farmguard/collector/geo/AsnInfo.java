package dev.farmguard.collector.geo;

/**
 * The autonomous system an address is announced from.
 *
 * @param number AS number (0..4294967295)
 * @param organization registered organisation, empty when unknown
 */
public record AsnInfo(long number, String organization) {

  public AsnInfo {
    if (number < 0 || number > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("AS number out of range: " + number);
    }
    organization = organization == null ? "" : organization;
  }
}
