package dev.farmguard.agent.probe.power;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Interprets Linux power supplies ({@code /sys/class/power_supply/NAME/uevent}, {@code POWER_SUPPLY_*} keys
 * without the prefix) and the ACPI lid state. Mains: supplies of type {@code Mains} or {@code USB} (USB-C chargers)
 * that are {@code ONLINE=1}. System batteries: type {@code Battery}, present, and not {@code SCOPE=Device} (a
 * wireless mouse's battery is not the laptop's).
 */
public final class PowerSupplies {

    private PowerSupplies() {
    }

    /** @param supplies one map of uevent keys (prefix removed) per supply */
    public static PowerInfo interpret(List<Map<String, String>> supplies, LidKind lid) {
        List<Map<String, String>> mains = new ArrayList<>();
        List<Map<String, String>> batteries = new ArrayList<>();
        for (Map<String, String> supply : supplies) {
            String type = supply.getOrDefault("TYPE", "");
            if (type.equals("Mains") || type.equals("USB")) {
                mains.add(supply);
            } else if (type.equals("Battery") && !supply.getOrDefault("SCOPE", "").equals("Device")
                    && !supply.getOrDefault("PRESENT", "1").equals("0")) {
                batteries.add(supply);
            }
        }
        boolean online = mains.stream().anyMatch(m -> m.getOrDefault("ONLINE", "").equals("1"));
        boolean discharging = batteries.stream()
                .anyMatch(b -> b.getOrDefault("STATUS", "").toLowerCase(Locale.ROOT).equals("discharging"));
        PowerSourceKind source;
        if (online) {
            source = PowerSourceKind.AC;
        } else if (discharging || (!mains.isEmpty() && !batteries.isEmpty())) {
            source = PowerSourceKind.BATTERY;
        } else {
            source = PowerSourceKind.UNKNOWN;
        }
        return new PowerInfo(source, !batteries.isEmpty(), percent(batteries),
                batteries.isEmpty() ? -1 : (int) number(batteries.get(0), "CYCLE_COUNT", -1), lid);
    }

    /** The lid line of {@code /proc/acpi/button/lid/*}/state, e.g. {@code state:      open}. */
    public static LidKind lid(String stateFile) {
        String text = stateFile.toLowerCase(Locale.ROOT);
        if (!text.contains("state:")) {
            return LidKind.UNKNOWN;
        }
        if (text.contains("closed")) {
            return LidKind.CLOSED;
        }
        return text.contains("open") ? LidKind.OPEN : LidKind.UNKNOWN;
    }

    /** Charge of all batteries together: energy- or charge-weighted when every battery says, else the first's capacity. */
    private static double percent(List<Map<String, String>> batteries) {
        if (batteries.isEmpty()) {
            return -1;
        }
        double now = 0;
        double full = 0;
        for (Map<String, String> battery : batteries) {
            double n = number(battery, "ENERGY_NOW", number(battery, "CHARGE_NOW", -1));
            double f = number(battery, "ENERGY_FULL", number(battery, "CHARGE_FULL", -1));
            if (n < 0 || f <= 0) {
                now = -1;
                break;
            }
            now += n;
            full += f;
        }
        if (batteries.size() > 1 && now >= 0 && full > 0) {
            return Math.min(100, Math.round(now * 1000 / full) / 10.0);
        }
        double capacity = number(batteries.get(0), "CAPACITY", -1);
        if (capacity >= 0) {
            return Math.min(100, capacity);
        }
        return now >= 0 && full > 0 ? Math.min(100, Math.round(now * 1000 / full) / 10.0) : -1;
    }

    private static double number(Map<String, String> supply, String key, double fallback) {
        try {
            String value = supply.get(key);
            return value == null ? fallback : Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
