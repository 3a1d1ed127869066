package dev.farmguard.collector.model;

import java.util.List;

/** Time zone (IANA), UTC offset, BCP 47 locale, keyboard layouts and input methods. */
public record Locale(
        String timeZone,
        int utcOffsetSeconds,
        String locale,
        List<String> keyboardLayouts,
        List<String> inputMethods,
        boolean clockSynchronized) {

    public static final Locale UNKNOWN = new Locale("", 0, "", List.of(), List.of(), false);

    public Locale {
        keyboardLayouts = List.copyOf(keyboardLayouts);
        inputMethods = List.copyOf(inputMethods);
    }
}
