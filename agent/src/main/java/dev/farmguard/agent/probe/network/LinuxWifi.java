package dev.farmguard.agent.probe.network;

import dev.farmguard.agent.probe.OsPaths;
import dev.farmguard.agent.probe.SoftFiles;
import dev.farmguard.agent.probe.command.Command;
import dev.farmguard.agent.probe.command.CommandResult;
import dev.farmguard.agent.probe.command.CommandRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Linux Wi-Fi: which interfaces are wireless ({@code /proc/net/wireless} and the interfaces sysfs marks as
 * Wi-Fi), the joined network and the access points of the last scan. {@code iw} is asked first
 * ({@code iw dev IF link}, {@code iw dev IF scan dump}: the kernel's cached scan, no new scan is started);
 * without it, NetworkManager's {@code nmcli} list without a rescan. Without either tool nothing is guessed.
 */
final class LinuxWifi {

    /** The scan list is kept to the strongest access points. */
    static final int MAX_ACCESS_POINTS = 64;

    /** What was read: the joined network (null if none) and the visible access points. */
    record Reading(WifiInfo joined, List<AccessPointInfo> visible) {
    }

    private final Path root;
    private final CommandRunner commands;

    LinuxWifi(Path root, CommandRunner commands) {
        this.root = root;
        this.commands = commands;
    }

    Reading read(List<InterfaceInfo> nics) {
        Map<String, Integer> procLevels = ProcNetWireless.parse(
                SoftFiles.readLines(OsPaths.under(root, "/proc/net/wireless")));
        Set<String> wireless = new LinkedHashSet<>(procLevels.keySet());
        nics.stream().filter(n -> n.kind() == InterfaceKind.WIFI).forEach(n -> wireless.add(n.name()));
        if (wireless.isEmpty()) {
            return new Reading(null, List.of());
        }
        Optional<Reading> fromIw = withIw(wireless);
        Reading reading = fromIw.or(this::withNmcli).orElse(new Reading(null, List.of()));
        WifiInfo joined = reading.joined();
        int kernelLevel = procLevels.values().stream().filter(level -> level != 0).findFirst().orElse(0);
        if (fromIw.isEmpty() && joined != null && kernelLevel != 0) {
            // nmcli's figure is a rounded quality; the kernel's link level is the dBm itself
            joined = new WifiInfo(joined.ssid(), joined.bssid(), kernelLevel, joined.frequencyMhz());
        }
        return new Reading(joined, strongest(reading.visible()));
    }

    private Optional<Reading> withIw(Set<String> wireless) {
        WifiInfo joined = null;
        Map<String, AccessPointInfo> visible = new LinkedHashMap<>();
        boolean ran = false;
        for (String name : wireless) {
            if (!name.matches("[A-Za-z0-9_.:-]{1,15}")) {
                continue;
            }
            Optional<CommandResult> link = commands.tryRun(Command.of("iw", "dev", name, "link"));
            if (link.isEmpty()) {
                return Optional.empty(); // iw is not installed (or hung): let nmcli try
            }
            ran = true;
            if (joined == null) {
                joined = IwOutput.parseLink(link.get().stdout()).orElse(null);
            }
            commands.tryRun(Command.of("iw", "dev", name, "scan", "dump")).filter(CommandResult::succeeded)
                    .ifPresent(scan -> IwOutput.parseScan(scan.stdout()).forEach(ap -> visible.putIfAbsent(ap.bssid(), ap)));
        }
        return ran ? Optional.of(new Reading(joined, new ArrayList<>(visible.values()))) : Optional.empty();
    }

    private Optional<Reading> withNmcli() {
        return commands.tryRun(Command.of("nmcli", "-t", "-f", "ACTIVE,SSID,BSSID,SIGNAL,FREQ", "device", "wifi",
                        "list", "--rescan", "no"))
                .filter(CommandResult::succeeded)
                .map(result -> {
                    List<NmcliWifi.Row> rows = NmcliWifi.parse(result.stdout());
                    WifiInfo joined = rows.stream().filter(NmcliWifi.Row::active).findFirst()
                            .map(r -> new WifiInfo(r.accessPoint().ssid(), r.accessPoint().bssid(),
                                    r.accessPoint().signalDbm(), r.accessPoint().frequencyMhz()))
                            .orElse(null);
                    return new Reading(joined, rows.stream().map(NmcliWifi.Row::accessPoint).toList());
                });
    }

    private static List<AccessPointInfo> strongest(List<AccessPointInfo> visible) {
        return visible.stream()
                .sorted(Comparator.comparingInt((AccessPointInfo ap) -> ap.signalDbm() == 0 ? Integer.MIN_VALUE
                        : ap.signalDbm()).reversed())
                .limit(MAX_ACCESS_POINTS)
                .toList();
    }
}
