package dev.farmguard.agent.probe.display;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.testing.FakeWindows;
import dev.farmguard.agent.testing.RecordedCommands;
import dev.farmguard.agent.testing.RegExport;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowsDisplayProbeTest {

    private static final String CASE = "/display/windows/farm-laptop/";
    private static final String PANEL = "DISPLAY\\BOE0A15\\4&1c1d4b1e&0&UID8388688";
    private static final String PIKVM = "DISPLAY\\LNX7771\\5&2f6c6e12&0&UID4352";

    @TempDir
    Path drives;

    /** Lid closed: the internal panel is connected but no longer part of the desktop. */
    static final WindowsDesktopTopology LID_CLOSED = () -> List.of(
            new WindowsDesktopTopology.AttachedMonitor("\\\\.\\DISPLAY1",
                    "\\\\?\\DISPLAY#BOE0A15#4&1c1d4b1e&0&UID8388688#{e6f07b5f-ee97-4a90-b076-33f57bf4eaa7}", false, 0, 0),
            new WindowsDesktopTopology.AttachedMonitor("\\\\.\\DISPLAY2",
                    "\\\\?\\DISPLAY#LNX7771#5&2f6c6e12&0&UID4352#{e6f07b5f-ee97-4a90-b076-33f57bf4eaa7}", true, 1920, 1080));

    static RecordedCommands commands() {
        return new RecordedCommands().resource("powershell:displays", CASE + "monitors.json");
    }

    static RegExport registry() {
        return new RegExport().load(CASE + "enum-display.reg");
    }

    private List<DisplayInfo> collect(WindowsDesktopTopology topology, List<String> warnings) throws Exception {
        return new WindowsDisplayProbe(FakeWindows.of(commands(), registry(), drives), topology).collect(warnings::add);
    }

    @Test
    void reportsConnectedMonitorsWithTheirRegistryEdid() throws Exception {
        List<String> warnings = new ArrayList<>();
        List<DisplayInfo> displays = collect(LID_CLOSED, warnings);

        assertThat(displays).extracting(DisplayInfo::connector).containsExactly(PANEL, PIKVM);
        assertThat(displays.get(0).edid()).hasSize(128);
        assertThat(new String(displays.get(1).edid(), 0x71, 8, StandardCharsets.US_ASCII)).isEqualTo("PiKVM V3");
        assertThat(displays.get(1).edid()).hasSize(256);
        assertThat(warnings).isEmpty();
    }

    @Test
    void theInternalPanelIsConnectedButInactiveWhenOnlyTheKvmIsOnTheDesktop() throws Exception {
        List<DisplayInfo> displays = collect(LID_CLOSED, new ArrayList<>());

        DisplayInfo panel = displays.get(0);
        assertThat(panel.connection()).isEqualTo(DisplayConnectionKind.INTERNAL);
        assertThat(panel.connected()).isTrue();
        assertThat(panel.active()).isFalse();
        DisplayInfo kvm = displays.get(1);
        assertThat(kvm.connection()).isEqualTo(DisplayConnectionKind.EXTERNAL);
        assertThat(kvm.active()).isTrue();
        assertThat(kvm.widthPx()).isEqualTo(1920);
        assertThat(kvm.heightPx()).isEqualTo(1080);
    }

    @Test
    void withoutADesktopActiveFollowsConnectedAndSaysSo() throws Exception {
        List<String> warnings = new ArrayList<>();
        List<DisplayInfo> displays = collect(List::of, warnings);

        assertThat(displays).allSatisfy(d -> assertThat(d.active()).isTrue());
        assertThat(warnings).containsExactly(
                "no desktop in the agent's session: displays reported active when connected, size unknown");
    }

    @Test
    void videoOutputTechnologiesMapToConnectionKinds() {
        assertThat(WindowsMonitors.kind(0x80000000L)).isEqualTo(DisplayConnectionKind.INTERNAL);
        assertThat(WindowsMonitors.kind(6)).as("LVDS").isEqualTo(DisplayConnectionKind.INTERNAL);
        assertThat(WindowsMonitors.kind(11)).as("embedded DisplayPort").isEqualTo(DisplayConnectionKind.INTERNAL);
        assertThat(WindowsMonitors.kind(5)).as("HDMI").isEqualTo(DisplayConnectionKind.EXTERNAL);
        assertThat(WindowsMonitors.kind(10)).as("DisplayPort").isEqualTo(DisplayConnectionKind.EXTERNAL);
        assertThat(WindowsMonitors.kind(17)).as("indirect virtual").isEqualTo(DisplayConnectionKind.VIRTUAL);
        assertThat(WindowsMonitors.kind(0xFFFFFFFFL)).as("other").isEqualTo(DisplayConnectionKind.UNKNOWN);
        assertThat(WindowsMonitors.kind(-1)).as("other, signed").isEqualTo(DisplayConnectionKind.UNKNOWN);
    }

    @Test
    void decodesUser32Structures() {
        ByteBuffer device = ByteBuffer.allocate(DisplayDeviceStructs.DISPLAY_DEVICE_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        device.putInt(0, DisplayDeviceStructs.DISPLAY_DEVICE_BYTES);
        device.put(4, "\\\\.\\DISPLAY1\0".getBytes(StandardCharsets.UTF_16LE));
        device.put(68, "Generic PnP Monitor\0".getBytes(StandardCharsets.UTF_16LE));
        device.putInt(324, 0x3);
        device.put(328, "\\\\?\\DISPLAY#LNX7771#5&2f6c6e12&0&UID4352#{e6f07b5f-ee97-4a90-b076-33f57bf4eaa7}\0"
                .getBytes(StandardCharsets.UTF_16LE));
        ByteBuffer devmode = ByteBuffer.allocate(DisplayDeviceStructs.DEVMODE_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        devmode.putInt(172, 2560).putInt(176, 1440);

        DisplayDeviceStructs.DisplayDevice decoded = DisplayDeviceStructs.displayDevice(device.array());

        assertThat(decoded).isEqualTo(new DisplayDeviceStructs.DisplayDevice("\\\\.\\DISPLAY1", "Generic PnP Monitor", 3,
                "\\\\?\\DISPLAY#LNX7771#5&2f6c6e12&0&UID4352#{e6f07b5f-ee97-4a90-b076-33f57bf4eaa7}"));
        assertThat(WindowsMonitors.instanceIdOfInterface(decoded.deviceId())).contains(PIKVM.toUpperCase());
        assertThat(DisplayDeviceStructs.pels(devmode.array())).containsExactly(2560, 1440);
        assertThat(DisplayDeviceStructs.pels(new byte[8])).containsExactly(0, 0);
    }
}
