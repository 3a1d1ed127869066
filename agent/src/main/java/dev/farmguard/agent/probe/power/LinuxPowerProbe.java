package dev.farmguard.agent.probe.power;

import dev.farmguard.agent.probe.OsPaths;
import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.SoftFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Linux power: every supply's {@code uevent} under {@code /sys/class/power_supply} (mains online, battery
 * capacity and {@code cycle_count}) and the lid from {@code /proc/acpi/button/lid/*}/state. A machine without
 * either (desktops, VMs) reads as unknown source, no battery, unknown lid — not a failure.
 */
public final class LinuxPowerProbe implements PowerProbe {

    private static final String PREFIX = "POWER_SUPPLY_";

    private final Path root;

    /** @param root filesystem root ("/" live, a temp dir in tests) */
    public LinuxPowerProbe(Path root) {
        this.root = root;
    }

    @Override
    public PowerInfo collect(ProbeWarnings warnings) {
        List<Map<String, String>> supplies = new ArrayList<>();
        for (Path supply : SoftFiles.list(OsPaths.under(root, "/sys/class/power_supply"))) {
            Map<String, String> values = new HashMap<>();
            for (String line : SoftFiles.readLines(supply.resolve("uevent"))) {
                int eq = line.indexOf('=');
                if (line.startsWith(PREFIX) && eq > PREFIX.length()) {
                    values.put(line.substring(PREFIX.length(), eq), line.substring(eq + 1).trim());
                }
            }
            values.putIfAbsent("TYPE", SoftFiles.readTrimmed(supply.resolve("type")));
            supplies.add(values);
        }
        LidKind lid = LidKind.UNKNOWN;
        for (Path button : SoftFiles.list(OsPaths.under(root, "/proc/acpi/button/lid"))) {
            lid = PowerSupplies.lid(SoftFiles.readTrimmed(button.resolve("state")));
            if (lid != LidKind.UNKNOWN) {
                break;
            }
        }
        return PowerSupplies.interpret(supplies, lid);
    }
}
