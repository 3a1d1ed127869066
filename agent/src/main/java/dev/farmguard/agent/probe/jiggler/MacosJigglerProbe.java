package dev.farmguard.agent.probe.jiggler;

import dev.farmguard.agent.catalog.CatalogMatcher;
import dev.farmguard.agent.catalog.UsbIdentityMatch;
import dev.farmguard.agent.probe.PathExpander;
import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.command.CommandRunner;
import dev.farmguard.agent.probe.macos.MacCommands;
import dev.farmguard.agent.probe.macos.MacInstalls;
import dev.farmguard.agent.probe.macos.MacProcess;
import dev.farmguard.agent.probe.macos.MacProcessTable;
import dev.farmguard.agent.probe.usb.MacosUsbDevices;
import dev.farmguard.agent.probe.usb.UsbDeviceInfo;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * macOS jiggler reader: catalog jiggler processes ({@code ps}; Amphetamine, KeepingYouAwake, Caffeine run as
 * app bundles), catalog install paths and {@code /Applications/*.app} bundles named like a catalog jiggler,
 * and USB devices with a catalog jiggler identity (from the same {@code ioreg} view as the USB probe).
 */
public final class MacosJigglerProbe implements JigglerProbe {

    private final Supplier<CatalogMatcher> catalog;
    private final CommandRunner commands;
    private final MacInstalls installs;
    private final ZoneId zone;

    /**
     * @param root filesystem root ("/" live, a temp dir in tests)
     * @param zone the zone {@code ps} prints start times in (the agent's own)
     */
    public MacosJigglerProbe(Path root, Supplier<CatalogMatcher> catalog, PathExpander expander, CommandRunner commands,
                             ZoneId zone) {
        this.catalog = catalog;
        this.commands = commands;
        this.installs = new MacInstalls(root, expander);
        this.zone = zone;
    }

    @Override
    public List<JigglerInfo> collect(ProbeWarnings warnings) {
        CatalogMatcher matcher = catalog.get();
        List<JigglerInfo> found = new ArrayList<>();
        for (MacProcess process : MacProcessTable.read(commands, zone, warnings)) {
            matcher.jigglerForProcess(process.names())
                    .ifPresent(id -> found.add(new JigglerInfo(id, JigglerInfo.PROCESS, process.name())));
        }
        for (MacInstalls.Found install : installs.find(matcher.jigglerInstallPaths(), matcher::jigglerForProcess)) {
            found.add(new JigglerInfo(install.toolId(), JigglerInfo.INSTALL, install.path()));
        }
        if (!matcher.jigglerUsbIdentities().isEmpty()) {
            MacCommands.output(commands, MacCommands.IOREG_USB, warnings)
                    .map(MacosUsbDevices::parse)
                    .ifPresent(devices -> found.addAll(usb(matcher, devices)));
        }
        return found;
    }

    static List<JigglerInfo> usb(CatalogMatcher matcher, List<UsbDeviceInfo> devices) {
        List<JigglerInfo> found = new ArrayList<>();
        for (UsbDeviceInfo device : devices) {
            for (CatalogMatcher.UsbSignature signature : matcher.jigglerUsbIdentities()) {
                if (UsbIdentityMatch.matches(signature.match(), device.vendorId(), device.productId(),
                        device.manufacturer(), device.product(), device.serial())) {
                    found.add(new JigglerInfo(signature.toolId(), JigglerInfo.USB, String.format("%04x:%04x %s",
                            device.vendorId(), device.productId(), device.product()).trim()));
                    break;
                }
            }
        }
        return found;
    }
}
