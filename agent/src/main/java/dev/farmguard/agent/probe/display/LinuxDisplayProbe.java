package dev.farmguard.agent.probe.display;

import dev.farmguard.agent.probe.OsPaths;
import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.SoftFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Linux display reader over {@code /sys/class/drm/cardN-TYPE-M}: {@code status} ("connected"),
 * {@code enabled} ("enabled"), {@code edid} (raw bytes). sysfs does not expose the current mode, so the
 * size in pixels stays 0.
 */
public final class LinuxDisplayProbe implements DisplayProbe {

    private final Path drmDir;

    /** @param root filesystem root ("/" live, a temp dir in tests) */
    public LinuxDisplayProbe(Path root) {
        this.drmDir = OsPaths.under(root, "/sys/class/drm");
    }

    @Override
    public List<DisplayInfo> collect(ProbeWarnings warnings) {
        List<DisplayInfo> displays = new ArrayList<>();
        for (Path entry : SoftFiles.list(drmDir)) {
            String name = entry.getFileName().toString();
            Optional<String> type = DrmConnectors.type(name);
            if (type.isEmpty() || !DrmConnectors.isDisplay(type.get())) {
                continue;
            }
            displays.add(new DisplayInfo(
                    SoftFiles.readBytes(entry.resolve("edid")),
                    name,
                    DrmConnectors.kind(type.get()),
                    SoftFiles.readTrimmed(entry.resolve("status")).equals("connected"),
                    SoftFiles.readTrimmed(entry.resolve("enabled")).equals("enabled"),
                    0,
                    0));
        }
        return displays;
    }
}
