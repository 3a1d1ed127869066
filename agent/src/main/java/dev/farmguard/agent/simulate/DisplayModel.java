package dev.farmguard.agent.simulate;

/**
 * A monitor, laptop panel or TV identity as its EDID describes it (identities of real models).
 *
 * @param pnpId 3-letter manufacturer id
 * @param productCode EDID product code
 * @param name monitor-name descriptor, or for panels the part number in an unspecified-text descriptor
 * @param panel true for built-in laptop panels (maker and part number as text, no range limits)
 * @param widthCm physical width, 0 for "unknown" (TVs, capture devices, many IP-KVMs)
 * @param heightCm physical height
 * @param widthPx preferred mode width
 * @param heightPx preferred mode height
 * @param year year of manufacture
 */
record DisplayModel(String pnpId, int productCode, String name, boolean panel, int widthCm, int heightCm,
    int widthPx, int heightPx, int year) {

  /** An EDID for one unit of this model; the serial differs per unit. */
  byte[] edid(Rng rng) {
    EdidBuilder b = new EdidBuilder(pnpId, productCode)
        .manufactured(rng.between(1, 52), year)
        .sizeCm(widthCm, heightCm)
        .preferredMode(widthPx, heightPx);
    if (panel) { // panels name their maker and part number in two text descriptors
      return b.unspecifiedText(panelMaker()).unspecifiedText(name).build();
    }
    return b.serialNumber(rng.nextLong())
        .serialText(rng.alnum(8))
        .monitorName(name)
        .rangeLimits()
        .build();
  }

  private String panelMaker() {
    return switch (pnpId) {
      case "BOE" -> "BOE CQ";
      case "LGD" -> "LG Display";
      case "LEN" -> "LENOVO";
      case "SHP" -> "SHARP";
      case "TSB" -> "TOSHIBA";
      default -> pnpId;
    };
  }
}
