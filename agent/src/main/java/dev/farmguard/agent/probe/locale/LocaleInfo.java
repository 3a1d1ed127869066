package dev.farmguard.agent.probe.locale;

import java.util.List;

/**
 * Locale and time settings.
 *
 * @param timeZone          IANA zone, e.g. "America/Phoenix"
 * @param utcOffsetSeconds  offset from UTC at collection time
 * @param locale            BCP 47 tag, e.g. "en-US"; "" when only the C/POSIX locale is set
 * @param keyboardLayouts   configured layouts, e.g. "us", "kr"
 * @param inputMethods      input methods, e.g. "ibus:hangul", "fcitx5:mozc"
 * @param clockSynchronized the kernel reports the clock as NTP-synchronised; null if unknown
 */
public record LocaleInfo(String timeZone, int utcOffsetSeconds, String locale, List<String> keyboardLayouts,
                         List<String> inputMethods, Boolean clockSynchronized) {

    public LocaleInfo {
        keyboardLayouts = List.copyOf(keyboardLayouts);
        inputMethods = List.copyOf(inputMethods);
    }
}
