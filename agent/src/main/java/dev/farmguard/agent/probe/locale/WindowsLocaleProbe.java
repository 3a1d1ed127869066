package dev.farmguard.agent.probe.locale;

import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.command.Command;
import dev.farmguard.agent.probe.command.CommandResult;
import dev.farmguard.agent.probe.windows.WindowsRegistry;
import dev.farmguard.agent.probe.windows.WindowsSystem;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Windows locale reader, all from the registry but the clock state. Time zone: {@code TimeZoneKeyName}
 * mapped to IANA through CLDR (offset from the IANA rules, or from {@code ActiveTimeBias} when the name
 * is unknown). The agent runs as a service, so the user settings are read from every loaded user hive
 * ({@code HKU\S-1-5-21-...}, {@code HKU\S-1-12-1-...} for Entra ID accounts): locale from
 * {@code Control Panel\International\LocaleName} (the first user's, else {@code .DEFAULT}'s), keyboard
 * layouts from {@code Keyboard Layout\Preload} (through {@code Substitutes}) and the language profile
 * ({@link WindowsInputProfiles}), input methods (IME text services) from the language profile. Clock
 * sync from {@code w32tm /query /status}.
 */
public final class WindowsLocaleProbe implements LocaleProbe {

    static final String TIME_ZONE_KEY = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\TimeZoneInformation";

    private final WindowsSystem system;
    private final Clock clock;

    public WindowsLocaleProbe(WindowsSystem system, Clock clock) {
        this.system = system;
        this.clock = clock;
    }

    @Override
    public LocaleInfo collect(ProbeWarnings warnings) {
        WindowsRegistry registry = system.registry();
        String windowsZone = registry.string(TIME_ZONE_KEY, "TimeZoneKeyName");
        Optional<String> iana = WindowsZones.iana(windowsZone);
        int offset;
        if (iana.isPresent()) {
            offset = ZoneId.of(iana.get()).getRules().getOffset(clock.instant()).getTotalSeconds();
        } else {
            warnings.warn("Windows time zone '" + windowsZone + "' has no IANA mapping; offset from ActiveTimeBias");
            offset = -(int) (long) registry.number(TIME_ZONE_KEY, "ActiveTimeBias").orElse(0L) * 60;
        }
        List<String> users = WindowsInputProfiles.userHives(registry.subKeys("HKU"));
        Set<String> layouts = new LinkedHashSet<>();
        Set<String> inputMethods = new LinkedHashSet<>();
        String locale = "";
        for (String sid : users) {
            WindowsInputProfiles.Profile profile = WindowsInputProfiles.read(registry, "HKU\\" + sid);
            layouts.addAll(profile.keyboardLayouts());
            inputMethods.addAll(profile.inputMethods());
            locale = locale.isEmpty() ? profile.locale() : locale;
        }
        if (locale.isEmpty()) {
            locale = registry.string("HKU\\.DEFAULT\\Control Panel\\International", "LocaleName");
        }
        if (users.isEmpty()) {
            warnings.warn("no user profile loaded: keyboard layouts and input methods unknown");
        }
        return new LocaleInfo(iana.orElse(""), offset, locale, new ArrayList<>(layouts), new ArrayList<>(inputMethods),
                clockSynchronized());
    }

    private Boolean clockSynchronized() {
        Command command = system.system32("w32tm.exe", "/query", "/status");
        try {
            CommandResult result = system.commands().run(command);
            return result.succeeded() ? W32tmStatus.synchronizedClock(result.stdout().lines().toList()).orElse(null) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
