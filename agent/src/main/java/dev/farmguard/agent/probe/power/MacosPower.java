package dev.farmguard.agent.probe.power;

import dev.farmguard.agent.probe.macos.IoregNode;
import dev.farmguard.agent.probe.macos.IoregText;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses macOS power state. {@code pmset -g batt}: "Now drawing from 'AC Power'" or "'Battery Power'", then
 * one line per battery ({@code -InternalBattery-0 (id=…)\t87%; charging; …}). {@code ioreg -r -n
 * AppleSmartBattery}: {@code CycleCount}, {@code ExternalConnected}, {@code CurrentCapacity} of
 * {@code MaxCapacity} (percent on Apple silicon, mAh on Intel, so the ratio is the charge either way).
 * {@code ioreg -r -k AppleClamshellState}: the power-management root's lid flag (absent without a lid).
 */
public final class MacosPower {

    private static final Pattern DRAWING = Pattern.compile("Now drawing from '([^']+)'");
    private static final Pattern BATTERY = Pattern.compile("-InternalBattery-\\d+.*?\\t\\s*(\\d{1,3})%");

    private MacosPower() {
    }

    public static PowerInfo parse(String pmset, String battery, String clamshell) {
        Optional<IoregNode> smart = IoregText.all(battery).stream()
                .filter(n -> n.number("CycleCount").isPresent() || n.number("MaxCapacity").isPresent()).findFirst();
        Matcher drawing = DRAWING.matcher(pmset);
        PowerSourceKind source = PowerSourceKind.UNKNOWN;
        if (drawing.find()) {
            String from = drawing.group(1);
            source = from.equals("AC Power") ? PowerSourceKind.AC
                    : from.equals("Battery Power") ? PowerSourceKind.BATTERY : PowerSourceKind.UNKNOWN;
        } else if (smart.isPresent() && smart.get().bool("ExternalConnected").isPresent()) {
            source = smart.get().bool("ExternalConnected").get() ? PowerSourceKind.AC : PowerSourceKind.BATTERY;
        }
        Matcher percent = BATTERY.matcher(pmset);
        boolean listed = percent.find();
        boolean hasBattery = listed || smart.flatMap(n -> n.bool("BatteryInstalled")).orElse(smart.isPresent());
        double charge = -1;
        if (listed) {
            charge = Integer.parseInt(percent.group(1));
        } else if (smart.isPresent()) {
            long current = smart.get().number("CurrentCapacity").orElse(-1L);
            long max = smart.get().number("MaxCapacity").orElse(0L);
            charge = current >= 0 && max > 0 ? Math.min(100.0, Math.round(current * 1000.0 / max) / 10.0) : -1;
        }
        int cycles = smart.flatMap(n -> n.number("CycleCount")).map(Long::intValue).orElse(-1);
        return new PowerInfo(source, hasBattery, hasBattery ? charge : -1, hasBattery ? cycles : -1, lid(clamshell));
    }

    static LidKind lid(String clamshell) {
        return IoregText.all(clamshell).stream()
                .map(n -> n.bool("AppleClamshellState"))
                .flatMap(Optional::stream)
                .findFirst()
                .map(closed -> closed ? LidKind.CLOSED : LidKind.OPEN)
                .orElse(LidKind.UNKNOWN);
    }
}
