package dev.farmguard.agent.probe.usb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.testing.FakeTree;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinuxUsbProbeTest {

    private static final String DEVICES = "/sys/bus/usb/devices/";

    @TempDir
    Path root;

    @Test
    void readsAnIpKvmCompositeGadgetAndAPlainMouse() {
        FakeTree tree = new FakeTree(root);
        device(tree, "usb1", "1d6b", "0002", "09", "480");
        device(tree, "1-1", "1d6b", "0104", "00", "480")
                .file(DEVICES + "1-1/manufacturer", "PiKVM\n")
                .file(DEVICES + "1-1/product", "PiKVM Composite Device\n")
                .file(DEVICES + "1-1/serial", "CAFEBABE\n");
        intf(tree, "1-1:1.0", "03", "01", "01")
                .bytes(DEVICES + "1-1:1.0/0003:1D6B:0104.0001/report_descriptor",
                        FakeTree.hexResource("/hid/keyboard/report_descriptor.hex"));
        intf(tree, "1-1:1.1", "03", "00", "00")
                .bytes(DEVICES + "1-1:1.1/0003:1D6B:0104.0002/report_descriptor",
                        FakeTree.hexResource("/hid/absolute-mouse/report_descriptor.hex"));
        intf(tree, "1-1:1.2", "08", "06", "50")
                .file(DEVICES + "1-1:1.2/host0/target0:0:0/0:0:0:0/vendor", "PiKVM   \n")
                .file(DEVICES + "1-1:1.2/host0/target0:0:0/0:0:0:0/model", "Optical Drive   \n");
        device(tree, "1-2", "046d", "c077", "00", "1.5")
                .file(DEVICES + "1-2/manufacturer", "Logitech\n")
                .file(DEVICES + "1-2/product", "USB Optical Mouse\n");
        intf(tree, "1-2:1.0", "03", "01", "02")
                .bytes(DEVICES + "1-2:1.0/0003:046D:C077.0003/report_descriptor",
                        FakeTree.hexResource("/hid/boot-mouse/report_descriptor.hex"));

        List<UsbDeviceInfo> devices = new LinuxUsbProbe(root).collect(ProbeWarnings.IGNORE);

        assertThat(devices).hasSize(2);
        UsbDeviceInfo kvm = devices.get(0);
        assertThat(kvm).isEqualTo(new UsbDeviceInfo(0x1d6b, 0x0104, "PiKVM", "PiKVM Composite Device", "CAFEBABE", 0,
                List.of(new UsbInterfaceInfo(3, 1, 1), new UsbInterfaceInfo(3, 0, 0), new UsbInterfaceInfo(8, 6, 0x50)),
                true, "1-1", 480, "PiKVM", "Optical Drive"));
        UsbDeviceInfo mouse = devices.get(1);
        assertThat(mouse.vendorId()).isEqualTo(0x046d);
        assertThat(mouse.productId()).isEqualTo(0xc077);
        assertThat(mouse.serial()).isEmpty();
        assertThat(mouse.absolutePointer()).isFalse();
        assertThat(mouse.speedMbps()).isEqualTo(1);
        assertThat(mouse.scsiVendor()).isEmpty();
    }

    @Test
    void noUsbBusMeansNoDevices() {
        assertThat(new LinuxUsbProbe(root).collect(ProbeWarnings.IGNORE)).isEmpty();
    }

    @Test
    void parsesSysfsNumbers() {
        assertThat(LinuxUsbProbe.parseHex("1d6b")).isEqualTo(0x1d6b);
        assertThat(LinuxUsbProbe.parseHex("ef")).isEqualTo(0xef);
        assertThat(LinuxUsbProbe.parseHex("zz")).isZero();
        assertThat(LinuxUsbProbe.parseSpeedMbps("5000")).isEqualTo(5000);
        assertThat(LinuxUsbProbe.parseSpeedMbps("12")).isEqualTo(12);
        assertThat(LinuxUsbProbe.parseSpeedMbps("unknown")).isZero();
    }

    private static FakeTree device(FakeTree tree, String name, String vendor, String product, String deviceClass,
                                   String speed) {
        return tree.file(DEVICES + name + "/idVendor", vendor + "\n")
                .file(DEVICES + name + "/idProduct", product + "\n")
                .file(DEVICES + name + "/bDeviceClass", deviceClass + "\n")
                .file(DEVICES + name + "/speed", speed + "\n");
    }

    private static FakeTree intf(FakeTree tree, String name, String cls, String sub, String protocol) {
        return tree.file(DEVICES + name + "/bInterfaceClass", cls + "\n")
                .file(DEVICES + name + "/bInterfaceSubClass", sub + "\n")
                .file(DEVICES + name + "/bInterfaceProtocol", protocol + "\n");
    }
}
