package dev.farmguard.agent.simulate.redteam;

import dev.farmguard.agent.simulate.EdidBuilder;
import dev.farmguard.agent.simulate.Rng;

/** Displays laptops see: office monitors, one very common model, TVs and projectors, internal panels. */
final class Monitors {

  /** A display's EDID and the mode the desktop runs it at. */
  record Monitor(byte[] edid, int widthPx, int heightPx) {}

  private record Model(String pnp, int product, String name, int widthCm, int heightCm, int widthPx, int heightPx) {}

  private static final Model[] OFFICE = {
      new Model("DEL", 0xa0ec, "DELL P2419H", 53, 30, 1920, 1080),
      new Model("DEL", 0x41a8, "DELL U2720Q", 60, 34, 3840, 2160),
      new Model("GSM", 0x5b7f, "LG HDR 4K", 60, 34, 3840, 2160),
      new Model("SAM", 0x7125, "S27R65x", 60, 34, 2560, 1440),
      new Model("HPN", 0x3620, "HP E24 G5", 53, 30, 1920, 1080),
      new Model("AUS", 0x27a2, "VG279Q", 60, 34, 1920, 1080),
      new Model("BNQ", 0x7f5a, "BenQ GW2480", 53, 30, 1920, 1080),
      new Model("LEN", 0x61b0, "LEN T24i-20", 53, 30, 1920, 1080),
      new Model("ACR", 0x0767, "Acer SB220Q", 48, 27, 1920, 1080),
  };

  /** Models sold by the million with a fixed serial number: the same EDID bytes in many homes. */
  private static final Model[] POPULAR = {
      new Model("SAM", 0x0d33, "S24F350", 52, 29, 1920, 1080),
      new Model("GSM", 0x5b09, "LG FHD", 48, 27, 1920, 1080),
  };

  /** TVs, projectors and AV gear: many report 0x0 cm and a fixed or zero serial. */
  private static final Model[] TVS = {
      new Model("SAM", 0x0f99, "SAMSUNG", 0, 0, 1920, 1080),
      new Model("GSM", 0x0001, "LG TV SSCR2", 0, 0, 3840, 2160),
      new Model("SNY", 0x0b04, "SONY TV  *00", 0, 0, 1920, 1080),
      new Model("VIZ", 0x1005, "VIZIO", 0, 0, 1920, 1080),
      new Model("ENC", 0x2d49, "EPSON PJ", 0, 0, 1920, 1080),
      new Model("TSB", 0x0206, "TOSHIBA-TV", 0, 0, 1920, 1080),
      new Model("ONK", 0x0001, "TX-NR696", 0, 0, 1920, 1080),
  };

  private static final Model[] PANELS = {
      new Model("BOE", 0x0a9b, "NE140FHM-N61", 31, 17, 1920, 1080),
      new Model("AUO", 0x573d, "B140HAN06.8", 31, 17, 1920, 1080),
      new Model("LGD", 0x06f5, "LP140WU1-SPF1", 30, 19, 1920, 1200),
      new Model("SHP", 0x1516, "LQ134N1JW54", 29, 18, 1920, 1200),
  };

  private Monitors() {}

  static Monitor office(Rng r) {
    return build(r.pick(OFFICE), 0x10000000L + r.nextInt(0x6fffffff), r);
  }

  static Monitor popular(Rng r) {
    Model m = r.pick(POPULAR);
    return build(m, m == POPULAR[0] ? 0 : 1, r);
  }

  static Monitor tv(Rng r) {
    Model m = r.pick(TVS);
    return build(m, r.chance(0.5) ? 0 : 16843009L, r); // 0x01010101: many TVs' fixed serial
  }

  static Monitor panel(Rng r) {
    return build(r.pick(PANELS), 0, r);
  }

  /**
   * The second internal panel of a dual-screen laptop whose bridge chip presents the capture-bridge identity
   * (TSB 0x8888, serial 0x88888800, no size), as issue 8 reports.
   */
  static Monitor dualScreenSecondPanel() {
    return new Monitor(new EdidBuilder("TSB", 0x8888).serialNumber(0x88888800L).manufactured(28, 2011).sizeCm(0, 0)
        .preferredMode(1920, 515).build(), 1920, 515);
  }

  /** Units with a fixed serial also share their production week here, so their EDID bytes are identical. */
  private static Monitor build(Model m, long serial, Rng r) {
    boolean unique = serial > 1 && serial != 16843009L;
    int week = unique ? 1 + r.nextInt(52) : 1 + (m.product() % 52);
    int year = unique ? 2018 + r.nextInt(6) : 2020;
    byte[] edid = new EdidBuilder(m.pnp(), m.product()).monitorName(m.name()).serialNumber(serial)
        .manufactured(week, year).sizeCm(m.widthCm(), m.heightCm()).preferredMode(m.widthPx(), m.heightPx())
        .rangeLimits().build();
    return new Monitor(edid, m.widthPx(), m.heightPx());
  }
}
