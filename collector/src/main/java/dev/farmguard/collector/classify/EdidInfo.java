package dev.farmguard.collector.classify;

import java.util.List;

/**
 * What the base block of an EDID says about the display.
 *
 * @param manufacturerId  3-letter PNP id, e.g. "LNX"; letters outside A-Z show as '@'..'_' like edid-decode
 * @param productCode     16-bit product code
 * @param serialNumber    32-bit numeric serial (unsigned), 0 when not set
 * @param manufactureWeek 1..54, 0 when not given; meaningless when {@code modelYear}
 * @param manufactureYear year of manufacture, or the model year when {@code modelYear}
 * @param modelYear       EDID 1.4 week 0xFF: the year is a model year, not a manufacture date
 * @param versionMajor    EDID structure version (1)
 * @param versionMinor    EDID structure revision (3, 4, ...)
 * @param digital         digital input (else analog)
 * @param horizontalCm    maximum horizontal image size in cm; 0x0 when the EDID gives no size (both bytes must
 *                        be non-zero for a size, as edid-decode reads it; one zero byte is an aspect ratio)
 * @param verticalCm      maximum vertical image size in cm, 0 with {@code horizontalCm}
 * @param monitorName     first monitor name descriptor (0xFC), trailing spaces removed, empty when none
 * @param serialText      first text serial descriptor (0xFF), trailing spaces removed, empty when none
 * @param unspecifiedText every unspecified text descriptor (0xFE), e.g. laptop panel part numbers
 * @param extensionCount  extension blocks the EDID announces (byte 126)
 * @param checksumValid   the base block's bytes sum to 0 modulo 256
 * @param features        preferred mode and what the extension blocks declare (audio, video formats, headset)
 */
public record EdidInfo(String manufacturerId, int productCode, long serialNumber, int manufactureWeek,
                       int manufactureYear, boolean modelYear, int versionMajor, int versionMinor, boolean digital,
                       int horizontalCm, int verticalCm, String monitorName, String serialText,
                       List<String> unspecifiedText, int extensionCount, boolean checksumValid,
                       EdidFeatures features) {

    public EdidInfo {
        unspecifiedText = List.copyOf(unspecifiedText);
    }

    /** The display states no physical size (0x0 cm): projectors, TVs, capture bridges, many IP-KVMs. */
    public boolean zeroSize() {
        return horizontalCm == 0 && verticalCm == 0;
    }

    /** PNP id and product code the way linuxhw and SIGNALS.md write them, e.g. {@code LNX7771}. */
    public String identity() {
        return manufacturerId + String.format("%04X", productCode);
    }
}
