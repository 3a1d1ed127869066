package dev.farmguard.agent.probe.locale;

import dev.farmguard.agent.probe.Probe;

/** Time zone, UTC offset, locale, keyboard layouts and clock sync. Readers: {@link LinuxLocaleProbe}. */
public interface LocaleProbe extends Probe<LocaleInfo> {

    String FAMILY = "locale";
}
