package dev.farmguard.agent.probe.jiggler;

import dev.farmguard.agent.catalog.CatalogMatcher;
import dev.farmguard.agent.probe.InstallPathFinder;
import dev.farmguard.agent.probe.ProbeException;
import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.usb.UsbDeviceInfo;
import dev.farmguard.agent.probe.usb.UsbProbe;
import dev.farmguard.agent.probe.windows.WindowsProcess;
import dev.farmguard.agent.probe.windows.WindowsProcesses;
import dev.farmguard.agent.probe.windows.WindowsSystem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Windows jigglers: catalog processes (the shared Win32_Process list), catalog install paths, and the
 * shared {@link UsbJigglers} rules (catalog identities, "hid-suspect") over the Windows USB reader's devices
 * (its PnP query is shared with the USB probe of the same collection).
 */
public final class WindowsJigglerProbe implements JigglerProbe {

    private final Supplier<CatalogMatcher> catalog;
    private final WindowsProcesses processes;
    private final InstallPathFinder installs;
    private final UsbProbe usb;

    public WindowsJigglerProbe(WindowsSystem system, Supplier<CatalogMatcher> catalog, UsbProbe usb) {
        this.catalog = catalog;
        this.processes = new WindowsProcesses(system);
        this.installs = system.installPaths();
        this.usb = usb;
    }

    @Override
    public List<JigglerInfo> collect(ProbeWarnings warnings) throws Exception {
        CatalogMatcher matcher = catalog.get();
        Set<JigglerInfo> found = new LinkedHashSet<>();
        for (WindowsProcess process : processes.list()) {
            matcher.jigglerForProcess(process.names()).ifPresent(id ->
                    found.add(new JigglerInfo(id, JigglerInfo.PROCESS, process.name())));
        }
        for (CatalogMatcher.PathSignature signature : matcher.jigglerInstallPaths()) {
            installs.find(signature.path()).forEach(path ->
                    found.add(new JigglerInfo(signature.toolId(), JigglerInfo.INSTALL, path)));
        }
        found.addAll(UsbJigglers.classify(usbDevices(warnings), matcher));
        return new ArrayList<>(found);
    }

    private List<UsbDeviceInfo> usbDevices(ProbeWarnings warnings) {
        try {
            return usb.collect(message -> { }); // the USB probe reports its own problems
        } catch (Exception e) {
            warnings.warn("USB jigglers unknown: " + (e instanceof ProbeException ? e.getMessage() : e.toString()));
            return List.of();
        }
    }
}
