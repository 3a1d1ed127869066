package dev.farmguard.agent.simulate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds valid 128-byte EDID 1.3/1.4 base blocks: header, PNP id, product code, serial, week/year,
 * size, a detailed timing for the preferred mode, up to three display descriptors (name, serial
 * text, unspecified text, range limits) and the checksum.
 */
public final class EdidBuilder {

  private static final byte[] HEADER = {0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0};
  // typical sRGB-like chromaticity coordinates
  private static final byte[] CHROMA = {(byte) 0xEE, (byte) 0x91, (byte) 0xA3, 0x54, 0x4C, (byte) 0x99, 0x26, 0x0F, 0x50, 0x54};

  private final String pnpId;
  private final int productCode;
  private long serialNumber;
  private int week = 1;
  private int year = 2020;
  private int widthCm;
  private int heightCm;
  private int widthPx = 1920;
  private int heightPx = 1080;
  private boolean edid14 = true;
  private final List<byte[]> descriptors = new ArrayList<>();
  private int[] rangeLimits; // min/max vertical Hz, min/max horizontal kHz, max pixel clock MHz

  public EdidBuilder(String pnpId, int productCode) {
    if (pnpId.length() != 3 || !pnpId.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      throw new IllegalArgumentException("PNP id must be three capital letters: " + pnpId);
    }
    this.pnpId = pnpId;
    this.productCode = productCode & 0xFFFF;
  }

  public EdidBuilder serialNumber(long serial) {
    this.serialNumber = serial & 0xFFFF_FFFFL;
    return this;
  }

  public EdidBuilder manufactured(int week, int year) {
    this.week = week;
    this.year = year;
    return this;
  }

  /** Screen size; 0x0 means "unknown or variable" (projectors, TVs, capture devices). */
  public EdidBuilder sizeCm(int width, int height) {
    this.widthCm = width;
    this.heightCm = height;
    return this;
  }

  public EdidBuilder preferredMode(int width, int height) {
    this.widthPx = width;
    this.heightPx = height;
    return this;
  }

  public EdidBuilder version13() {
    this.edid14 = false;
    return this;
  }

  public EdidBuilder monitorName(String name) {
    descriptors.add(text(0xFC, name));
    return this;
  }

  public EdidBuilder serialText(String serial) {
    descriptors.add(text(0xFF, serial));
    return this;
  }

  public EdidBuilder unspecifiedText(String text) {
    descriptors.add(text(0xFE, text));
    return this;
  }

  /** Typical monitor limits: 56-76 Hz, 30-83 kHz, 170 MHz. */
  public EdidBuilder rangeLimits() {
    return rangeLimits(56, 76, 30, 83, 170);
  }

  public EdidBuilder rangeLimits(int minVHz, int maxVHz, int minHkHz, int maxHkHz, int maxClockMHz) {
    this.rangeLimits = new int[] {minVHz, maxVHz, minHkHz, maxHkHz, maxClockMHz};
    return this;
  }

  public byte[] build() {
    byte[] e = new byte[128];
    System.arraycopy(HEADER, 0, e, 0, 8);
    int packed = ((pnpId.charAt(0) - 'A' + 1) << 10) | ((pnpId.charAt(1) - 'A' + 1) << 5) | (pnpId.charAt(2) - 'A' + 1);
    e[8] = (byte) (packed >> 8);
    e[9] = (byte) packed;
    e[10] = (byte) productCode;
    e[11] = (byte) (productCode >> 8);
    for (int i = 0; i < 4; i++) {
      e[12 + i] = (byte) (serialNumber >> (8 * i));
    }
    e[16] = (byte) week;
    e[17] = (byte) (year - 1990);
    e[18] = 1;
    e[19] = (byte) (edid14 ? 4 : 3);
    e[20] = (byte) (edid14 ? 0xA5 : 0x80); // digital input (1.4: 8 bits per colour, DisplayPort)
    e[21] = (byte) widthCm;
    e[22] = (byte) heightCm;
    e[23] = 120; // gamma 2.2
    // RGB + YCrCb 4:4:4, sRGB default colour space, preferred timing is native; 1.3 with limits: GTF
    e[24] = (byte) (0x0E | (!edid14 && rangeLimits != null ? 1 : 0));
    System.arraycopy(CHROMA, 0, e, 25, 10);
    e[35] = 0x21; // 640x480@60, 800x600@60
    e[36] = 0x08; // 1024x768@60
    for (int i = 38; i < 54; i++) {
      e[i] = 1; // standard timings unused
    }
    byte[] timing = detailedTiming();
    System.arraycopy(timing, 0, e, 54, 18);
    List<byte[]> rest = new ArrayList<>(descriptors);
    if (rangeLimits != null && rest.size() < 3) {
      int[] r = rangeLimits.clone();
      // limits must hold the preferred and established modes: widen the documented values where they do not
      long clock10kHz = (timing[0] & 0xFF) | ((timing[1] & 0xFF) << 8);
      long hTotal = widthPx + ((timing[3] & 0xFF) | ((timing[4] & 0x0F) << 8));
      r[3] = Math.max(Math.max(r[3], 49), (int) Math.ceil(clock10kHz * 10.0 / hTotal)); // 49: 1024x768@60 established
      r[4] = Math.max(r[4], (int) Math.ceil(clock10kHz / 100.0));
      // 1.4: "range limits only"; 1.3: default GTF
      rest.add(new byte[] {0, 0, 0, (byte) 0xFD, 0, (byte) r[0], (byte) r[1], (byte) r[2], (byte) r[3],
          (byte) ((r[4] + 9) / 10), (byte) (edid14 ? 1 : 0), 0x0A, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20});
    }
    if (rest.size() > 3) {
      throw new IllegalStateException("an EDID base block holds at most three display descriptors");
    }
    while (rest.size() < 3) {
      byte[] dummy = new byte[18];
      dummy[3] = 0x10;
      rest.add(dummy);
    }
    for (int i = 0; i < 3; i++) {
      System.arraycopy(rest.get(i), 0, e, 72 + 18 * i, 18);
    }
    e[126] = 0; // no extension blocks
    int sum = 0;
    for (int i = 0; i < 127; i++) {
      sum += e[i] & 0xFF;
    }
    e[127] = (byte) ((256 - (sum & 0xFF)) & 0xFF);
    return e;
  }

  private byte[] detailedTiming() {
    int hBlank;
    int vBlank;
    int hSyncOffset;
    int hSyncWidth;
    int vSyncOffset;
    int vSyncWidth;
    long pixelClock10kHz;
    if (widthPx == 1920 && heightPx == 1080) { // CEA-861 1080p60
      hBlank = 280;
      vBlank = 45;
      hSyncOffset = 88;
      hSyncWidth = 44;
      vSyncOffset = 4;
      vSyncWidth = 5;
      pixelClock10kHz = 14850;
    } else if (widthPx == 1280 && heightPx == 720) { // CEA-861 720p60
      hBlank = 370;
      vBlank = 30;
      hSyncOffset = 110;
      hSyncWidth = 40;
      vSyncOffset = 5;
      vSyncWidth = 5;
      pixelClock10kHz = 7425;
    } else { // CVT reduced blanking, 60 Hz
      hBlank = 160;
      vBlank = Math.max(23, (int) Math.ceil(heightPx * 0.0285));
      hSyncOffset = 48;
      hSyncWidth = 32;
      vSyncOffset = 3;
      vSyncWidth = 6;
      pixelClock10kHz = Math.round((widthPx + hBlank) * (long) (heightPx + vBlank) * 60 / 10_000.0);
    }
    int hMm = widthCm * 10;
    int vMm = heightCm * 10;
    byte[] d = new byte[18];
    d[0] = (byte) pixelClock10kHz;
    d[1] = (byte) (pixelClock10kHz >> 8);
    d[2] = (byte) widthPx;
    d[3] = (byte) hBlank;
    d[4] = (byte) (((widthPx >> 8) << 4) | (hBlank >> 8));
    d[5] = (byte) heightPx;
    d[6] = (byte) vBlank;
    d[7] = (byte) (((heightPx >> 8) << 4) | (vBlank >> 8));
    d[8] = (byte) hSyncOffset;
    d[9] = (byte) hSyncWidth;
    d[10] = (byte) (((vSyncOffset & 0xF) << 4) | (vSyncWidth & 0xF));
    d[11] = (byte) (((hSyncOffset >> 8) << 6) | ((hSyncWidth >> 8) << 4) | ((vSyncOffset >> 4) << 2) | (vSyncWidth >> 4));
    d[12] = (byte) hMm;
    d[13] = (byte) vMm;
    d[14] = (byte) (((hMm >> 8) << 4) | (vMm >> 8));
    d[17] = 0x1E; // digital separate sync, both polarities positive
    return d;
  }

  /** A display descriptor holding up to 13 characters, ended by a newline and padded with spaces. */
  private static byte[] text(int tag, String value) {
    byte[] d = new byte[18];
    d[3] = (byte) tag;
    byte[] chars = value.getBytes(StandardCharsets.US_ASCII);
    if (chars.length > 13) {
      throw new IllegalArgumentException("EDID text longer than 13 characters: " + value);
    }
    System.arraycopy(chars, 0, d, 5, chars.length);
    for (int i = 5 + chars.length; i < 18; i++) {
      d[i] = i == 5 + chars.length ? (byte) 0x0A : 0x20;
    }
    return d;
  }
}
