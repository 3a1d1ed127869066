package dev.farmguard.agent.probe.locale;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/** Parses the Linux system time zone from the {@code /etc/localtime} link or {@code /etc/timezone}. */
public final class LinuxTimeZone {

    private LinuxTimeZone() {
    }

    /** "../usr/share/zoneinfo/Europe/Berlin" gives "Europe/Berlin"; "posix/" and "right/" trees are stripped. */
    public static Optional<String> fromLocaltimeLink(String target) {
        int at = target.lastIndexOf("zoneinfo/");
        if (at < 0) {
            return Optional.empty();
        }
        String zone = target.substring(at + "zoneinfo/".length());
        if (zone.startsWith("posix/") || zone.startsWith("right/")) {
            zone = zone.substring(6);
        }
        return valid(zone);
    }

    /** The content of {@code /etc/timezone} (first non-comment line). */
    public static Optional<String> fromTimezoneFile(String content) {
        return content.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).findFirst()
                .flatMap(LinuxTimeZone::valid);
    }

    /** The zone when Java knows it as a region id. */
    static Optional<String> valid(String zone) {
        try {
            return zone.isEmpty() ? Optional.empty() : Optional.of(ZoneId.of(zone).getId());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
