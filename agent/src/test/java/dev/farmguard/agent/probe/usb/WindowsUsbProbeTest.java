package dev.farmguard.agent.probe.usb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmguard.agent.probe.ProbeException;
import dev.farmguard.agent.probe.command.CommandResult;
import dev.farmguard.agent.testing.FakeTree;
import dev.farmguard.agent.testing.FakeWindows;
import dev.farmguard.agent.testing.RecordedCommands;
import dev.farmguard.agent.testing.RegExport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowsUsbProbeTest {

    private static final String CASE = "/usb/windows/farm-laptop/";

    @TempDir
    Path drives;

    /** HID driver answers recorded for the PiKVM's three collections; the touch screen cannot be opened. */
    static WindowsHidDevices recordedHid() {
        Map<String, String> recorded = Map.of(
                "HID\\VID_1D6B&PID_0104&MI_00\\7&2E5F6A1B&0&0000", "MI_00",
                "HID\\VID_1D6B&PID_0104&MI_01\\7&3A1C9D2E&0&0000", "MI_01",
                "HID\\VID_1D6B&PID_0104&MI_02\\7&1F0B77C5&0&0000", "MI_02");
        return id -> Optional.ofNullable(recorded.get(id)).map(name -> new WindowsHidDevices.Facts(
                "PiKVM", "PiKVM Composite Device", "CAFEBABE",
                FakeTree.hexResource(CASE + "hid/" + name + ".caps.hex"),
                FakeTree.hexResource(CASE + "hid/" + name + ".values.hex")));
    }

    private List<UsbDeviceInfo> collect(List<String> warnings) throws Exception {
        RecordedCommands commands = new RecordedCommands().resource("powershell:usb", CASE + "usb.json");
        return new WindowsUsbProbe(FakeWindows.of(commands, new RegExport(), drives), recordedHid())
                .collect(warnings::add);
    }

    @Test
    void reportsPresentUsbDevicesWithoutRootHubs() throws Exception {
        List<UsbDeviceInfo> devices = collect(new ArrayList<>());

        assertThat(devices).extracting(d -> String.format("%04x:%04x", d.vendorId(), d.productId()))
                .containsExactly("1d6b:0104", "04f2:b6ea", "8087:0026", "06cb:00bd", "04f3:2b7c");
    }

    @Test
    void describesAPiKvmGadgetFromItsNodesAndHidCollections() throws Exception {
        UsbDeviceInfo pikvm = collect(new ArrayList<>()).get(0);

        assertThat(pikvm).isEqualTo(new UsbDeviceInfo(0x1d6b, 0x0104, "PiKVM", "PiKVM Composite Device", "CAFEBABE", 0,
                List.of(new UsbInterfaceInfo(3, 1, 1), new UsbInterfaceInfo(3, 0, 0), new UsbInterfaceInfo(3, 1, 2),
                        new UsbInterfaceInfo(8, 6, 0x50)),
                true, "USB\\VID_1D6B&PID_0104\\CAFEBABE", 0, "PiKVM", "Optical Drive"));
    }

    @Test
    void deviceClassesFollowTheCompatibleIds() throws Exception {
        List<UsbDeviceInfo> devices = collect(new ArrayList<>());

        UsbDeviceInfo camera = devices.get(1);
        assertThat(camera.deviceClass()).isEqualTo(0xEF);
        assertThat(camera.product()).isEqualTo("Integrated Camera");
        assertThat(camera.serial()).as("a made-up instance id is no serial number").isEmpty();
        assertThat(camera.interfaces()).containsExactly(new UsbInterfaceInfo(0x0E, 1, 0));
        UsbDeviceInfo bluetooth = devices.get(2);
        assertThat(bluetooth.deviceClass()).isEqualTo(0xE0);
        assertThat(bluetooth.interfaces()).containsExactly(new UsbInterfaceInfo(0xE0, 1, 1));
        UsbDeviceInfo fingerprint = devices.get(3);
        assertThat(fingerprint.serial()).isEqualTo("8E0AB2C3D4F5");
        assertThat(fingerprint.absolutePointer()).isFalse();
    }

    @Test
    void aDigitizerCollectionIsAnAbsolutePointerEvenWhenItCannotBeOpened() throws Exception {
        List<String> warnings = new ArrayList<>();
        UsbDeviceInfo touch = collect(warnings).get(4);

        assertThat(touch.absolutePointer()).isTrue();
        assertThat(touch.deviceClass()).as("HID sits on interfaces only").isZero();
        assertThat(touch.interfaces()).containsExactly(new UsbInterfaceInfo(3, 0, 0));
        assertThat(touch.manufacturer()).isEmpty();
        assertThat(warnings).containsExactly("cannot open 2 HID collection(s); their strings are unknown and only"
                + " digitizers count as absolute pointers");
    }

    @Test
    void aRelativeMouseAloneIsNoAbsolutePointer() {
        byte[] caps = FakeTree.hexResource(CASE + "hid/MI_02.caps.hex");
        byte[] values = FakeTree.hexResource(CASE + "hid/MI_02.values.hex");

        assertThat(WindowsHidCaps.classify(caps, values)).isEqualTo(new HidReportDescriptor.Capabilities(false, true));
        assertThat(WindowsHidCaps.inputValueCapsCount(caps)).isEqualTo(2);
    }

    @Test
    void keyboardsAndShortBuffersAreNoPointers() {
        byte[] keyboard = FakeTree.hexResource(CASE + "hid/MI_00.caps.hex");
        byte[] absoluteValues = FakeTree.hexResource(CASE + "hid/MI_01.values.hex");

        assertThat(WindowsHidCaps.classify(keyboard, absoluteValues).absolutePointer())
                .as("absolute X/Y outside a pointer collection").isFalse();
        assertThat(WindowsHidCaps.classify(new byte[10], absoluteValues).absolutePointer()).isFalse();
    }

    @Test
    void aFailingQueryIsAProbeError() {
        RecordedCommands commands = new RecordedCommands().result("powershell:usb",
                new CommandResult(1, "Get-CimInstance : Access denied \r\n"));
        WindowsUsbProbe probe = new WindowsUsbProbe(FakeWindows.of(commands, new RegExport(), drives), id -> Optional.empty());

        assertThatThrownBy(() -> probe.collect(m -> { }))
                .isInstanceOf(ProbeException.class)
                .hasMessage("powershell:usb exited with 1: Get-CimInstance : Access denied");
    }
}
