package dev.farmguard.agent.probe.jiggler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.probe.usb.UsbDeviceInfo;
import dev.farmguard.agent.probe.usb.UsbInterfaceInfo;
import dev.farmguard.agent.testing.FakeWindows;
import dev.farmguard.agent.testing.RecordedCommands;
import dev.farmguard.agent.testing.RegExport;
import dev.farmguard.agent.testing.WindowsTestCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowsJigglerProbeTest {

    private static final UsbDeviceInfo PICO = new UsbDeviceInfo(0x2e8a, 0x000a, "Raspberry Pi", "Pico", "E6614C311B",
            0, List.of(new UsbInterfaceInfo(3, 1, 2)), false, "USB\\VID_2E8A&PID_000A\\E6614C311B", 0, "", "");
    private static final UsbDeviceInfo MOUSE = new UsbDeviceInfo(0x046d, 0xc077, "Logitech", "USB Optical Mouse", "",
            0, List.of(new UsbInterfaceInfo(3, 1, 2)), false, "USB\\VID_046D&PID_C077\\5&1&0&2", 0, "", "");

    @TempDir
    Path drives;

    @Test
    void findsProcessesInstallsAndCatalogUsbIdentities() throws Exception {
        Files.createDirectories(drives.resolve("C/Users/alice/AppData/Local/Programs/MouseJiggler"));
        RecordedCommands commands = new RecordedCommands()
                .resource("powershell:processes", "/remote_access/windows/farm-laptop/processes.json");
        List<String> warnings = new ArrayList<>();

        List<JigglerInfo> found = new WindowsJigglerProbe(FakeWindows.of(commands, new RegExport(), drives),
                WindowsTestCatalog::matcher, w -> List.of(MOUSE, PICO)).collect(warnings::add);

        assertThat(found).containsExactly(
                new JigglerInfo("mouse-jiggler", "process", "MouseJiggler.exe"),
                new JigglerInfo("mouse-jiggler", "install", "C:\\Users\\alice\\AppData\\Local\\Programs\\MouseJiggler"),
                new JigglerInfo("generic-rp2040-hid", "usb", "2e8a:000a Raspberry Pi Pico (HID only, boot mouse)"));
        assertThat(warnings).isEmpty();
    }

    @Test
    void aFailingUsbReadIsAWarningNotAFailure() throws Exception {
        RecordedCommands commands = new RecordedCommands()
                .resource("powershell:processes", "/remote_access/windows/farm-laptop/processes.json");
        List<String> warnings = new ArrayList<>();

        List<JigglerInfo> found = new WindowsJigglerProbe(FakeWindows.of(commands, new RegExport(), drives),
                WindowsTestCatalog::matcher, w -> {
                    throw new IllegalStateException("boom");
                }).collect(warnings::add);

        assertThat(found).extracting(JigglerInfo::kind).containsExactly("process");
        assertThat(warnings).containsExactly("USB jigglers unknown: java.lang.IllegalStateException: boom");
    }
}
