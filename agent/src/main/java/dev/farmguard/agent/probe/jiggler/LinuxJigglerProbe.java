package dev.farmguard.agent.probe.jiggler;

import dev.farmguard.agent.catalog.CatalogMatcher;
import dev.farmguard.agent.probe.InstallPathFinder;
import dev.farmguard.agent.probe.PathExpander;
import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.procfs.LinuxProcessTable;
import dev.farmguard.agent.probe.procfs.ProcessEntry;
import dev.farmguard.agent.probe.usb.UsbProbe;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Linux jigglers: catalog jiggler processes ({@code /proc}), catalog install paths on disk, and USB devices
 * (through the USB reader) classified by {@link UsbJigglers}. A USB read failure is a warning; the software
 * findings are still returned.
 */
public final class LinuxJigglerProbe implements JigglerProbe {

    private final Supplier<CatalogMatcher> catalog;
    private final LinuxProcessTable processes;
    private final InstallPathFinder installs;
    private final UsbProbe usb;

    /** @param root filesystem root ("/" live, a temp dir in tests) */
    public LinuxJigglerProbe(Path root, Supplier<CatalogMatcher> catalog, PathExpander expander, UsbProbe usb) {
        this.catalog = catalog;
        this.processes = new LinuxProcessTable(root);
        this.installs = new InstallPathFinder(root, expander);
        this.usb = usb;
    }

    @Override
    public List<JigglerInfo> collect(ProbeWarnings warnings) {
        CatalogMatcher matcher = catalog.get();
        List<JigglerInfo> found = new ArrayList<>();
        for (ProcessEntry process : processes.find(names -> matcher.jigglerForProcess(names.all()).isPresent())) {
            String matchedName = process.names().all().stream()
                    .filter(name -> matcher.jigglerForProcess(List.of(name)).isPresent())
                    .findFirst().orElse(process.name());
            matcher.jigglerForProcess(process.names().all()).ifPresent(id ->
                    found.add(new JigglerInfo(id, JigglerInfo.PROCESS, matchedName)));
        }
        for (CatalogMatcher.PathSignature signature : matcher.jigglerInstallPaths()) {
            installs.find(signature.path()).forEach(path ->
                    found.add(new JigglerInfo(signature.toolId(), JigglerInfo.INSTALL, path)));
        }
        try {
            found.addAll(UsbJigglers.classify(usb.collect(ProbeWarnings.IGNORE), matcher)); // the usb family reports its own problems
        } catch (Exception e) {
            warnings.warn("USB devices not checked for jigglers: " + e.getMessage());
        }
        return found;
    }
}
