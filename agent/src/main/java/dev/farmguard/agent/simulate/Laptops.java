package dev.farmguard.agent.simulate;

import dev.farmguard.proto.v1.OsFamily;
import java.util.List;

/** Laptop models and operating systems of the simulated fleets. */
final class Laptops {

  /**
   * A laptop model.
   *
   * @param vendor SMBIOS manufacturer
   * @param model SMBIOS product
   * @param os the OS family it ships with
   * @param cpu CPU model string
   * @param logicalCpus hardware threads
   * @param physicalCpus cores
   * @param memoryGb installed memory
   * @param fingerprint has a USB fingerprint reader
   */
  record Model(String vendor, String model, OsFamily os, String cpu, int logicalCpus, int physicalCpus, int memoryGb,
      boolean fingerprint) {

    boolean isMac() {
      return os == OsFamily.OS_FAMILY_MACOS;
    }
  }

  /** An OS release: name, version, build. */
  record OsRelease(OsFamily family, String name, String version, String build) {}

  static final List<Model> WINDOWS = List.of(
      new Model("Dell Inc.", "Latitude 7440", OsFamily.OS_FAMILY_WINDOWS, "13th Gen Intel(R) Core(TM) i7-1365U", 12, 10, 32, false),
      new Model("Dell Inc.", "Latitude 5540", OsFamily.OS_FAMILY_WINDOWS, "13th Gen Intel(R) Core(TM) i5-1345U", 12, 10, 16, false),
      new Model("LENOVO", "ThinkPad T14 Gen 4", OsFamily.OS_FAMILY_WINDOWS, "13th Gen Intel(R) Core(TM) i7-1355U", 12, 10, 32, true),
      new Model("LENOVO", "ThinkPad X1 Carbon Gen 11", OsFamily.OS_FAMILY_WINDOWS, "13th Gen Intel(R) Core(TM) i7-1365U", 12, 10, 32, true),
      new Model("HP", "HP EliteBook 840 G10", OsFamily.OS_FAMILY_WINDOWS, "13th Gen Intel(R) Core(TM) i5-1345U", 12, 10, 16, false));

  static final List<Model> MACS = List.of(
      new Model("Apple Inc.", "MacBookPro18,3", OsFamily.OS_FAMILY_MACOS, "Apple M1 Pro", 10, 10, 16, false),
      new Model("Apple Inc.", "Mac14,2", OsFamily.OS_FAMILY_MACOS, "Apple M2", 8, 8, 16, false),
      new Model("Apple Inc.", "Mac15,6", OsFamily.OS_FAMILY_MACOS, "Apple M3 Pro", 11, 11, 18, false));

  static final List<Model> LINUX = List.of(
      new Model("Dell Inc.", "XPS 13 9320", OsFamily.OS_FAMILY_LINUX, "12th Gen Intel(R) Core(TM) i7-1260P", 16, 12, 32, false),
      new Model("LENOVO", "ThinkPad X1 Carbon Gen 11", OsFamily.OS_FAMILY_LINUX, "13th Gen Intel(R) Core(TM) i7-1365U", 12, 10, 32, true));

  /** Laptops shipped with Toshiba panels. */
  static final List<Model> DYNABOOK = List.of(
      new Model("Dynabook Inc.", "dynabook Portege X30L-K", OsFamily.OS_FAMILY_WINDOWS, "12th Gen Intel(R) Core(TM) i5-1240P", 16, 12, 16, false),
      new Model("Dynabook Inc.", "dynabook Tecra A40-K", OsFamily.OS_FAMILY_WINDOWS, "12th Gen Intel(R) Core(TM) i7-1260P", 16, 12, 32, false));

  static final List<OsRelease> WINDOWS_RELEASES = List.of(
      new OsRelease(OsFamily.OS_FAMILY_WINDOWS, "Windows 11 Pro", "10.0.22631", "22631"),
      new OsRelease(OsFamily.OS_FAMILY_WINDOWS, "Windows 11 Enterprise", "10.0.26100", "26100"));

  static final List<OsRelease> MAC_RELEASES = List.of(
      new OsRelease(OsFamily.OS_FAMILY_MACOS, "macOS", "14.6.1", "23G93"),
      new OsRelease(OsFamily.OS_FAMILY_MACOS, "macOS", "15.1", "24B83"));

  static final List<OsRelease> LINUX_RELEASES = List.of(
      new OsRelease(OsFamily.OS_FAMILY_LINUX, "Ubuntu", "24.04", "6.8.0-45-generic"),
      new OsRelease(OsFamily.OS_FAMILY_LINUX, "Ubuntu", "22.04", "6.5.0-41-generic"));

  private Laptops() {}

  static List<OsRelease> releasesFor(OsFamily family) {
    return switch (family) {
      case OS_FAMILY_MACOS -> MAC_RELEASES;
      case OS_FAMILY_LINUX -> LINUX_RELEASES;
      default -> WINDOWS_RELEASES;
    };
  }
}
