package dev.farmguard.agent.probe.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmguard.agent.probe.ProbeException;
import dev.farmguard.agent.probe.macos.MacCommands;
import dev.farmguard.agent.testing.RecordedCommands;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MacosDisplayProbeTest {

    private final List<String> warnings = new ArrayList<>();

    static RecordedCommands commands(String fixture) {
        String dir = "/display/macos/" + fixture + "/";
        return new RecordedCommands()
                .resource(MacCommands.SP_DISPLAYS, dir + "system_profiler.json")
                .resource(MacCommands.IOREG_EDID, dir + "ioreg-edid.txt")
                .resource(MacCommands.IOREG_DISPLAY_EDID, dir + "ioreg-displayedid.txt")
                .resource(MacCommands.IOREG_CLCD, dir + "ioreg-clcd.txt");
    }

    private List<DisplayInfo> collect(String fixture) throws ProbeException {
        return new MacosDisplayProbe(commands(fixture)).collect(warnings::add);
    }

    @Test
    void intelMacWithItsLidOpenAndAnExternalMonitor() throws Exception {
        List<DisplayInfo> displays = collect("intel-lid-open-lg");

        assertThat(displays).hasSize(2);
        DisplayInfo panel = displays.get(0);
        assertThat(panel.connection()).isEqualTo(DisplayConnectionKind.INTERNAL);
        assertThat(panel.connected()).isTrue();
        assertThat(panel.active()).isTrue();
        assertThat(panel.widthPx()).isEqualTo(2880);
        assertThat(panel.heightPx()).isEqualTo(1800);
        assertThat(panel.connector()).endsWith("AppleIntelFramebuffer@0");
        assertThat(monitorName(panel.edid())).isEqualTo("Color LCD");
        DisplayInfo monitor = displays.get(1);
        assertThat(monitor.connection()).isEqualTo(DisplayConnectionKind.EXTERNAL);
        assertThat(monitor.edid()).hasSize(256);
        assertThat(monitorName(monitor.edid())).isEqualTo("27GN7");
        assertThat(monitor.widthPx()).isEqualTo(2560);
        assertThat(warnings).isEmpty();
    }

    @Test
    void appleSiliconMacWithItsLidClosedDrivenThroughAnIpKvm() throws Exception {
        List<DisplayInfo> displays = collect("apple-silicon-lid-closed-pikvm");

        assertThat(displays).hasSize(2);
        DisplayInfo kvm = displays.get(0);
        assertThat(kvm.connection()).isEqualTo(DisplayConnectionKind.EXTERNAL);
        assertThat(kvm.active()).isTrue();
        assertThat(monitorName(kvm.edid())).as("raw EDID from the registry").isEqualTo("PiKVM V3");
        assertThat(kvm.widthPx()).isEqualTo(1920);
        DisplayInfo panel = displays.get(1);
        assertThat(panel.connection()).isEqualTo(DisplayConnectionKind.INTERNAL);
        assertThat(panel.connected()).isTrue();
        assertThat(panel.active()).as("built-in panel not driven: lid closed").isFalse();
        assertThat(panel.edid()).isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void anExternalDisplayWithoutEdidIsStillReportedAndWarned() {
        String profiler = """
                {"SPDisplaysDataType" : [ { "spdisplays_ndrvs" : [ {
                  "_name" : "Dummy", "_spdisplays_pixels" : "1280 x 720", "spdisplays_online" : "spdisplays_yes" } ] } ] }
                """;
        List<DisplayInfo> displays = MacosDisplays.parse(profiler, List.of(""), warnings);

        assertThat(displays).singleElement().satisfies(d -> {
            assertThat(d.connection()).isEqualTo(DisplayConnectionKind.EXTERNAL);
            assertThat(d.connector()).isEqualTo("Dummy");
            assertThat(d.edid()).isEmpty();
        });
        assertThat(warnings).containsExactly("no EDID readable for display 'Dummy'");
    }

    @Test
    void truncatedOrForeignEdidTextIsIgnored() {
        assertThat(MacosDisplays.edidFromText("0xffffffff")).isEmpty();
        assertThat(MacosDisplays.edidFromText("{length = 128, bytes = 0x00ffffff ffffff00 }")).isEmpty();
        assertThat(MacosDisplays.kind("spdisplays_airplay", "")).isEqualTo(DisplayConnectionKind.VIRTUAL);
        assertThat(MacosDisplays.pixels("", "1512 x 982 @ 120.00Hz")).containsExactly(1512, 982);
    }

    @Test
    void failsWithoutSystemProfilerButNotWithoutTheRegistry() throws Exception {
        assertThatThrownBy(() -> new MacosDisplayProbe(new RecordedCommands()).collect(warnings::add))
                .isInstanceOf(ProbeException.class);
        RecordedCommands onlyProfiler = new RecordedCommands()
                .resource(MacCommands.SP_DISPLAYS, "/display/macos/intel-lid-open-lg/system_profiler.json");
        assertThat(new MacosDisplayProbe(onlyProfiler).collect(warnings::add)).hasSize(2);
        assertThat(warnings).hasSize(3).allMatch(w -> w.contains("ioreg"));
    }

    /** The monitor name descriptor (0xFC) of the base block. */
    private static String monitorName(byte[] edid) {
        for (int offset = 54; offset <= 108; offset += 18) {
            if (edid[offset] == 0 && edid[offset + 1] == 0 && (edid[offset + 3] & 0xFF) == 0xFC) {
                return new String(Arrays.copyOfRange(edid, offset + 5, offset + 18), StandardCharsets.US_ASCII)
                        .split("\n")[0].trim();
            }
        }
        return "";
    }
}
