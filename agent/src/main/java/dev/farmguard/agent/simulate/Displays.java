package dev.farmguard.agent.simulate;

import java.util.List;

/** Display identities the simulator puts on desks and in laptops (PNP id, product code, name, size as real units report them). */
final class Displays {

  /** External monitors on home and office desks. */
  static final List<DisplayModel> MONITORS = List.of(
      monitor("DEL", 0xD0D9, "DELL P2419H", 53, 30, 1920, 1080, 2019),
      monitor("DEL", 0xA1C4, "DELL P2422H", 53, 30, 1920, 1080, 2021),
      monitor("DEL", 0xD0FB, "DELL P2720DC", 60, 34, 2560, 1440, 2020),
      monitor("DEL", 0x415A, "DELL U2719D", 60, 34, 2560, 1440, 2019),
      monitor("DEL", 0xF13C, "DELL P2723QE", 60, 34, 3840, 2160, 2022),
      monitor("DEL", 0x427B, "DELL U3223QE", 70, 39, 3840, 2160, 2022),
      monitor("GSM", 0x5BC6, "LG FHD", 48, 27, 1920, 1080, 2020),
      monitor("GSM", 0x5B80, "27GL850", 60, 34, 2560, 1440, 2019),
      monitor("GSM", 0x7707, "LG HDR 4K", 60, 34, 3840, 2160, 2021),
      monitor("SAM", 0x1024, "S24R65x", 53, 30, 1920, 1080, 2020),
      monitor("SAM", 0x0F9D, "C27R50x", 60, 34, 1920, 1080, 2019),
      monitor("SAM", 0x71E9, "LS27B61x", 60, 34, 2560, 1440, 2022),
      monitor("LEN", 0x61AE, "P24h-10", 53, 30, 2560, 1440, 2018),
      monitor("LEN", 0x66BF, "L27i-30", 60, 34, 1920, 1080, 2021),
      monitor("LEN", 0x61FC, "T24v-20", 53, 30, 1920, 1080, 2020));

  /** Monitors IT puts in offices. */
  static final List<DisplayModel> OFFICE_MONITORS = List.of(MONITORS.get(1), MONITORS.get(2), MONITORS.get(3));

  /** Lanix: a real monitor brand sharing the PNP id LNX with PiKVM. */
  static final DisplayModel LANIX = monitor("LNX", 0x5312, "LANIX LX900T", 41, 26, 1440, 900, 2012);

  /** TVs used as monitors: a Toshiba TV (TSB like the TC358743 bridge) and TVs that report 0x0 cm. */
  static final List<DisplayModel> TVS = List.of(
      monitor("TSB", 0x0030, "TOSHIBA-TV", 115, 65, 1920, 1080, 2020),
      monitor("TSB", 0x3700, "43FHD_LCD_TV", 95, 54, 1920, 1080, 2016),
      monitor("SPT", 0x0CBC, "E32", 0, 0, 1920, 1080, 2018),
      monitor("MEI", 0xA0D7, "PanasonicTV0", 0, 0, 1920, 1080, 2012),
      monitor("PHL", 0x0000, "Philips FTV", 0, 0, 1920, 1080, 2021));

  /** Built-in panels of Windows/Linux laptops. */
  static final List<DisplayModel> PANELS = List.of(
      panel("AUO", 0x5A2D, "B133HAN05.A", 29, 17, 1920, 1080, 2021),
      panel("AUO", 0xC7A7, "B133UAN02.4", 29, 18, 1920, 1200, 2022),
      panel("AUO", 0x258C, "B140HAN06.9", 31, 17, 1920, 1080, 2021),
      panel("BOE", 0x094C, "NE140WUM-N62", 30, 19, 1920, 1200, 2022),
      panel("BOE", 0x0B74, "NE160QDM-NM4", 34, 22, 2560, 1600, 2022),
      panel("LGD", 0x05B4, "LP133WF4-SPB2", 29, 17, 1920, 1080, 2020),
      panel("CMN", 0x1540, "N156KME-GNA", 34, 19, 2560, 1440, 2021),
      panel("LEN", 0x8AB1, "LEN145-3K", 31, 20, 3072, 1920, 2023),
      panel("SHP", 0x14D0, "LQ156R1", 34, 21, 3840, 2400, 2020));

  /** Toshiba-made panels (PNP TSB), as in Dynabook/Toshiba laptops. */
  static final List<DisplayModel> TOSHIBA_PANELS = List.of(
      panel("TSB", 0x1363, "LT133EE09000", 29, 17, 1920, 1080, 2020),
      panel("TSB", 0x1406, "LT140EE09000", 31, 17, 1920, 1080, 2021));

  /** MacBook panels. */
  static final DisplayModel APPLE_PANEL = new DisplayModel("APP", 0xA022, "Color LCD", false, 33, 21, 2880, 1800, 2021);

  private Displays() {}

  private static DisplayModel monitor(String pnp, int code, String name, int w, int h, int px, int py, int year) {
    return new DisplayModel(pnp, code, name, false, w, h, px, py, year);
  }

  private static DisplayModel panel(String pnp, int code, String part, int w, int h, int px, int py, int year) {
    return new DisplayModel(pnp, code, part, true, w, h, px, py, year);
  }
}
