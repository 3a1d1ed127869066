package dev.farmguard.agent.probe.usb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmguard.agent.probe.ProbeException;
import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.macos.MacCommands;
import dev.farmguard.agent.testing.FakeTree;
import dev.farmguard.agent.testing.RecordedCommands;
import java.util.List;
import org.junit.jupiter.api.Test;

class MacosUsbProbeTest {

    @Test
    void readsAPiKvmAndADeviceBehindAHubOnce() {
        List<UsbDeviceInfo> devices = MacosUsbDevices.parse(FakeTree.text("/usb/macos/pikvm-and-hub/ioreg.txt"));

        assertThat(devices).extracting(UsbDeviceInfo::product)
                .containsExactly("USB2.0 Hub", "USB Receiver", "PiKVM Composite Device");
        UsbDeviceInfo pikvm = devices.get(2);
        assertThat(pikvm.vendorId()).isEqualTo(0x1d6b);
        assertThat(pikvm.productId()).isEqualTo(0x0104);
        assertThat(pikvm.manufacturer()).isEqualTo("PiKVM");
        assertThat(pikvm.serial()).isEqualTo("CAFEBABE");
        assertThat(pikvm.interfaces()).containsExactly(
                new UsbInterfaceInfo(3, 1, 1), new UsbInterfaceInfo(3, 0, 0), new UsbInterfaceInfo(3, 1, 2),
                new UsbInterfaceInfo(8, 6, 80));
        assertThat(pikvm.absolutePointer()).isTrue();
        assertThat(pikvm.scsiVendor()).isEqualTo("PiKVM");
        assertThat(pikvm.scsiProduct()).isEqualTo("Optical Drive");
        assertThat(pikvm.location()).isEqualTo("0x01100000");
        assertThat(pikvm.speedMbps()).isEqualTo(480);
    }

    @Test
    void aHubDoesNotInheritTheInterfacesOfTheDevicesBehindIt() {
        List<UsbDeviceInfo> devices = MacosUsbDevices.parse(FakeTree.text("/usb/macos/pikvm-and-hub/ioreg.txt"));

        UsbDeviceInfo hub = devices.get(0);
        assertThat(hub.deviceClass()).isEqualTo(9);
        assertThat(hub.interfaces()).containsExactly(new UsbInterfaceInfo(9, 0, 1));
        assertThat(hub.absolutePointer()).isFalse();
        UsbDeviceInfo receiver = devices.get(1);
        assertThat(receiver.vendorId()).isEqualTo(0x046d);
        assertThat(receiver.productId()).isEqualTo(0xc52b);
        assertThat(receiver.serial()).isEmpty();
        assertThat(receiver.interfaces()).hasSize(3);
        assertThat(receiver.absolutePointer()).as("relative mouse and vendor page only").isFalse();
        assertThat(receiver.speedMbps()).as("Device Speed 1 = full speed").isEqualTo(12);
        assertThat(receiver.scsiVendor()).isEmpty();
    }

    @Test
    void readsOlderOutputWithoutTheKUsbStrings() {
        List<UsbDeviceInfo> devices = MacosUsbDevices.parse(FakeTree.text("/usb/macos/t2-tinypilot/ioreg.txt"));

        assertThat(devices).hasSize(2);
        UsbDeviceInfo keyboard = devices.get(0);
        assertThat(keyboard.manufacturer()).isEqualTo("Apple Inc.");
        assertThat(keyboard.absolutePointer()).isFalse();
        assertThat(keyboard.location()).isEqualTo("0x14200000");
        UsbDeviceInfo tinyPilot = devices.get(1);
        assertThat(tinyPilot.manufacturer()).isEqualTo("tinypilot");
        assertThat(tinyPilot.serial()).isEqualTo("6b65796d696d6570690");
        assertThat(tinyPilot.absolutePointer()).isTrue();
        assertThat(tinyPilot.speedMbps()).isEqualTo(480);
    }

    @Test
    void noMatchIsNoDevice() {
        assertThat(MacosUsbDevices.parse("")).isEmpty();
    }

    @Test
    void theProbeRunsIoregAndFailsWhenItCannot() throws Exception {
        RecordedCommands commands = new RecordedCommands().resource(MacCommands.IOREG_USB, "/usb/macos/pikvm-and-hub/ioreg.txt");
        assertThat(new MacosUsbProbe(commands).collect(ProbeWarnings.IGNORE)).hasSize(3);

        assertThatThrownBy(() -> new MacosUsbProbe(new RecordedCommands()).collect(ProbeWarnings.IGNORE))
                .isInstanceOf(ProbeException.class).hasMessageContaining("ioreg");
    }
}
