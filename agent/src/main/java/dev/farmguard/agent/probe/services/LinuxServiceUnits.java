package dev.farmguard.agent.probe.services;

import dev.farmguard.agent.probe.OsPaths;
import dev.farmguard.agent.probe.SoftFiles;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * systemd service units from their unit directories (in systemd's precedence order), without D-Bus:
 * enabled when linked from a {@code *.wants} directory of {@code /etc/systemd/system}, masked when linked
 * to {@code /dev/null}, running when systemd keeps an {@code invocation:NAME} entry in
 * {@code /run/systemd/units} (it does for active units).
 */
public final class LinuxServiceUnits {

    private static final List<String> UNIT_DIRS = List.of(
            "/etc/systemd/system", "/run/systemd/system", "/usr/local/lib/systemd/system",
            "/usr/lib/systemd/system", "/lib/systemd/system");

    private final Path root;

    /** @param root filesystem root ("/" live, a temp dir in tests) */
    public LinuxServiceUnits(Path root) {
        this.root = root;
    }

    /** Service units whose name satisfies {@code selected}. */
    public List<ServiceUnit> find(Predicate<String> selected) {
        Map<String, Path> units = new LinkedHashMap<>();
        for (String dir : UNIT_DIRS) {
            for (Path file : SoftFiles.list(OsPaths.under(root, dir))) {
                String name = file.getFileName().toString();
                if (name.endsWith(".service") && !Files.isDirectory(file) && selected.test(name)) {
                    units.putIfAbsent(name, file);
                }
            }
        }
        List<ServiceUnit> found = new ArrayList<>();
        boolean systemdRunning = Files.isDirectory(OsPaths.under(root, "/run/systemd/system"));
        units.forEach((name, file) -> found.add(new ServiceUnit(name, shown(file), startMode(name, file),
                systemdRunning ? state(name) : "")));
        return found;
    }

    private String startMode(String name, Path file) {
        if (SoftFiles.readLink(file).map(target -> target.toString().equals("/dev/null")).orElse(false)) {
            return "masked";
        }
        for (Path wants : SoftFiles.list(OsPaths.under(root, "/etc/systemd/system"))) {
            if (wants.getFileName().toString().endsWith(".wants") && Files.exists(wants.resolve(name),
                    LinkOption.NOFOLLOW_LINKS)) {
                return "enabled";
            }
        }
        return "disabled";
    }

    private String state(String name) {
        Path invocation = OsPaths.under(root, "/run/systemd/units").resolve("invocation:" + name);
        return Files.exists(invocation, LinkOption.NOFOLLOW_LINKS) ? "running" : "stopped";
    }

    private String shown(Path file) {
        return "/" + root.relativize(file).toString().replace('\\', '/');
    }
}
