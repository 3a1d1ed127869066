package dev.farmguard.agent.probe.locale;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code w32tm /query /status} (English): the clock is synchronised when the leap indicator is not
 * 3 ("not synchronized") and the source is a time server rather than the local CMOS or free-running clock.
 */
public final class W32tmStatus {

    private static final Pattern LEAP = Pattern.compile("^\\s*Leap Indicator:\\s*(\\d)");
    private static final Pattern SOURCE = Pattern.compile("^\\s*Source:\\s*(.*)$");

    private W32tmStatus() {
    }

    /** True/false, empty when the output says neither (service stopped, another language). */
    public static Optional<Boolean> synchronizedClock(List<String> lines) {
        Integer leap = null;
        String source = null;
        for (String line : lines) {
            Matcher l = LEAP.matcher(line);
            Matcher s = SOURCE.matcher(line);
            if (l.find()) {
                leap = Integer.parseInt(l.group(1));
            } else if (s.matches()) {
                source = s.group(1).trim().toLowerCase(Locale.ROOT);
            }
        }
        if (leap == null) {
            return Optional.empty();
        }
        boolean localClock = source == null || source.isEmpty() || source.startsWith("local cmos clock")
                || source.startsWith("free-running system clock");
        return Optional.of(leap != 3 && !localClock);
    }
}
