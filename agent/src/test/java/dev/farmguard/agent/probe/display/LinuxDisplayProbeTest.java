package dev.farmguard.agent.probe.display;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.testing.FakeTree;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinuxDisplayProbeTest {

    /** First 16 bytes of an EDID header block (enough to check the bytes pass through untouched). */
    private static final byte[] EDID = HexFormat.of().parseHex("00ffffffffffff00530e77770100000023");

    @TempDir
    Path root;

    @Test
    void readsConnectorsAndSkipsNonDisplays() {
        new FakeTree(root)
                .file("/sys/class/drm/card0-eDP-1/status", "connected\n")
                .file("/sys/class/drm/card0-eDP-1/enabled", "disabled\n")
                .bytes("/sys/class/drm/card0-eDP-1/edid", new byte[0])
                .file("/sys/class/drm/card0-HDMI-A-1/status", "connected\n")
                .file("/sys/class/drm/card0-HDMI-A-1/enabled", "enabled\n")
                .bytes("/sys/class/drm/card0-HDMI-A-1/edid", EDID)
                .file("/sys/class/drm/card1-Virtual-1/status", "disconnected\n")
                .file("/sys/class/drm/card1-Virtual-1/enabled", "disabled\n")
                .file("/sys/class/drm/card0-Writeback-1/status", "unknown\n")
                .dir("/sys/class/drm/card0")
                .dir("/sys/class/drm/renderD128")
                .file("/sys/class/drm/version", "drm 1.1.0 20060810\n");

        List<DisplayInfo> displays = new LinuxDisplayProbe(root).collect(ProbeWarnings.IGNORE);

        assertThat(displays).containsExactly(
                new DisplayInfo(EDID, "card0-HDMI-A-1", DisplayConnectionKind.EXTERNAL, true, true, 0, 0),
                new DisplayInfo(new byte[0], "card0-eDP-1", DisplayConnectionKind.INTERNAL, true, false, 0, 0),
                new DisplayInfo(new byte[0], "card1-Virtual-1", DisplayConnectionKind.VIRTUAL, false, false, 0, 0));
    }

    @Test
    void classifiesConnectorTypes() {
        assertThat(DrmConnectors.type("card0-eDP-1")).contains("eDP");
        assertThat(DrmConnectors.type("card12-DP-3")).contains("DP");
        assertThat(DrmConnectors.type("card0-HDMI-A-2")).contains("HDMI-A");
        assertThat(DrmConnectors.type("renderD128")).isEmpty();
        assertThat(DrmConnectors.kind("LVDS")).isEqualTo(DisplayConnectionKind.INTERNAL);
        assertThat(DrmConnectors.kind("DSI")).isEqualTo(DisplayConnectionKind.INTERNAL);
        assertThat(DrmConnectors.kind("DVI-D")).isEqualTo(DisplayConnectionKind.EXTERNAL);
        assertThat(DrmConnectors.kind("USB")).isEqualTo(DisplayConnectionKind.EXTERNAL);
        assertThat(DrmConnectors.kind("Virtual")).isEqualTo(DisplayConnectionKind.VIRTUAL);
    }
}
