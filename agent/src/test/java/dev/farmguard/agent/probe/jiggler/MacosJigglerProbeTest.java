package dev.farmguard.agent.probe.jiggler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.probe.PathExpander;
import dev.farmguard.agent.probe.Platform;
import dev.farmguard.agent.probe.macos.MacCommands;
import dev.farmguard.agent.testing.MacosTestCatalog;
import dev.farmguard.agent.testing.RecordedCommands;
import dev.farmguard.agent.testing.ResourceTrees;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MacosJigglerProbeTest {

    private static final String REMOTE = "/remote/macos/farm-laptop/";

    @TempDir
    Path root;

    private final List<String> warnings = new ArrayList<>();

    private List<JigglerInfo> collect(String usbFixture) {
        ResourceTrees.copy(REMOTE + "tree", root);
        RecordedCommands commands = new RecordedCommands()
                .resource(MacCommands.PS_PROCESSES, REMOTE + "ps-processes.txt")
                .resource(MacCommands.PS_ARGS, REMOTE + "ps-args.txt")
                .resource(MacCommands.IOREG_USB, "/usb/macos/" + usbFixture + "/ioreg.txt");
        PathExpander expander = new PathExpander(Platform.MACOS, Map.of("HOME", "/var/root"), "/var/root");
        return new MacosJigglerProbe(root, MacosTestCatalog::matcher, expander, commands, ZoneOffset.UTC)
                .collect(warnings::add);
    }

    @Test
    void amphetamineRunningAndInstalled() {
        assertThat(collect("pikvm-and-hub")).containsExactly(
                new JigglerInfo("amphetamine", JigglerInfo.PROCESS, "Amphetamine"),
                new JigglerInfo("amphetamine", JigglerInfo.INSTALL, "/Applications/Amphetamine.app"));
        assertThat(warnings).isEmpty();
    }

    @Test
    void aCatalogUsbIdentity() {
        assertThat(collect("rp2040-jiggler"))
                .contains(new JigglerInfo("generic-rp2040-hid", JigglerInfo.USB, "2e8a:000a Pico"));
    }
}
