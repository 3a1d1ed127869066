package dev.farmguard.collector.catalog;

/**
 * An EDID identity; every non-empty / non-zero field must match.
 *
 * @param pnpId        3-letter PNP manufacturer id, e.g. "LNX" (compared ignoring case)
 * @param productCode  product code, 0 = not checked
 * @param monitorName  monitor name descriptor (0xFC), compared ignoring case and trailing spaces
 * @param serialText   text serial descriptor (0xFF), e.g. "CAFEBABE"
 * @param serialNumber 32-bit numeric serial (unsigned, held in a long), 0 = not checked
 */
public record EdidMatch(String pnpId, int productCode, String monitorName, String serialText, long serialNumber) {

    public EdidMatch {
        pnpId = UsbMatch.nullToEmpty(pnpId);
        monitorName = UsbMatch.nullToEmpty(monitorName);
        serialText = UsbMatch.nullToEmpty(serialText);
    }

    boolean isEmpty() {
        return pnpId.isEmpty() && productCode == 0 && monitorName.isEmpty() && serialText.isEmpty()
                && serialNumber == 0;
    }

    /** A short human description, e.g. {@code LNX 0x7771 "PiKVM V3"}. */
    public String describe() {
        StringBuilder sb = new StringBuilder(pnpId.isEmpty() ? "*" : pnpId);
        if (productCode != 0) {
            sb.append(String.format(" 0x%04x", productCode));
        }
        if (!monitorName.isEmpty()) {
            sb.append(" name \"").append(monitorName).append('"');
        }
        if (!serialText.isEmpty()) {
            sb.append(" serial \"").append(serialText).append('"');
        }
        if (serialNumber != 0) {
            sb.append(String.format(" serial 0x%08x", serialNumber));
        }
        return sb.toString();
    }
}
