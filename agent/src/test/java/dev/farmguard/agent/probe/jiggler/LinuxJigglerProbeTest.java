package dev.farmguard.agent.probe.jiggler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.catalog.CatalogMatcher;
import dev.farmguard.agent.probe.PathExpander;
import dev.farmguard.agent.probe.Platform;
import dev.farmguard.agent.probe.usb.UsbDeviceInfo;
import dev.farmguard.agent.probe.usb.UsbInterfaceInfo;
import dev.farmguard.agent.testing.FakeProc;
import dev.farmguard.agent.testing.FakeTree;
import dev.farmguard.proto.v1.Catalog;
import dev.farmguard.proto.v1.JigglerSignature;
import dev.farmguard.proto.v1.UsbMatch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinuxJigglerProbeTest {

    private static final CatalogMatcher CATALOG = CatalogMatcher.of(Catalog.newBuilder().setVersion("t")
            .addJigglers(JigglerSignature.newBuilder().setId("mouse-jiggler")
                    .addProcessNames("MouseJiggler.exe").addProcessNames("mousejiggler")
                    .addInstallPaths("/opt/mousejiggler"))
            .addJigglers(JigglerSignature.newBuilder().setId("caffeine").addProcessNames("caffeine*"))
            .addJigglers(JigglerSignature.newBuilder().setId("generic-rp2040-hid")
                    .addUsb(UsbMatch.newBuilder().setVendorId(0x2E8A)))
            .addJigglers(JigglerSignature.newBuilder().setId("usb-jiggler-stick")
                    .addUsb(UsbMatch.newBuilder().setVendorId(0x0C45).setProductId(0x7651).setProduct("USB Mouse Jiggler")))
            .build());

    private static final UsbInterfaceInfo BOOT_MOUSE = new UsbInterfaceInfo(3, 1, 2);
    private static final UsbInterfaceInfo HID_GENERIC = new UsbInterfaceInfo(3, 0, 0);
    private static final UsbInterfaceInfo CDC = new UsbInterfaceInfo(2, 2, 1);

    @TempDir
    Path root;

    private static UsbDeviceInfo device(int vid, int pid, String maker, String product, boolean absolute,
                                        UsbInterfaceInfo... interfaces) {
        return new UsbDeviceInfo(vid, pid, maker, product, "", 0, List.of(interfaces), absolute, "1-1", 12, "", "");
    }

    @Test
    void catalogDevicesSuspectBoardsAndNothingElse() {
        List<JigglerInfo> found = UsbJigglers.classify(List.of(
                device(0x2E8A, 0x000A, "Raspberry Pi", "Pico", false, BOOT_MOUSE),
                device(0x2E8A, 0x0005, "MicroPython", "Board in FS mode", false, CDC),
                device(0x0C45, 0x7651, "", "USB Mouse Jiggler", false, BOOT_MOUSE),
                device(0x0C45, 0x7651, "", "USB Keyboard", false, BOOT_MOUSE),
                device(0x239A, 0x80F4, "Adafruit", "QT Py RP2040", false, HID_GENERIC),
                device(0x2341, 0x8036, "Arduino LLC", "Arduino Leonardo", false, CDC, HID_GENERIC),
                device(0x1D6B, 0x0104, "PiKVM", "Composite KVM Device", true, BOOT_MOUSE),
                device(0x046D, 0xC077, "Logitech", "USB Optical Mouse", false, BOOT_MOUSE)), CATALOG);

        assertThat(found).containsExactly(
                new JigglerInfo("generic-rp2040-hid", "usb", "2e8a:000a Raspberry Pi Pico (HID only, boot mouse)"),
                new JigglerInfo("usb-jiggler-stick", "usb", "0c45:7651 USB Mouse Jiggler (HID only, boot mouse)"),
                new JigglerInfo("hid-suspect", "usb", "239a:80f4 Adafruit QT Py RP2040 (HID only)"));
    }

    @Test
    void softwareJigglersByProcessAndInstallPathPlusUsb() {
        FakeTree tree = new FakeTree(root)
                .file("/etc/passwd", "alice:x:1000:1000::/home/alice:/bin/bash\n")
                .dir("/opt/mousejiggler");
        new FakeProc(tree).bootTime(1_700_000_000L)
                .process(10, "caffeine-indic", "/usr/bin/python3.11", 1000, 5,
                        new String[] {"/usr/bin/python3", "/usr/bin/caffeine-indicator"})
                .process(11, "bash", "/usr/bin/bash", 1000, 5, new String[] {"bash"});
        List<String> warnings = new ArrayList<>();

        List<JigglerInfo> found = new LinuxJigglerProbe(root, () -> CATALOG,
                new PathExpander(Platform.LINUX, Map.of(), "/home/alice"),
                w -> List.of(device(0x2E8A, 0x000A, "Raspberry Pi", "Pico", false, BOOT_MOUSE))).collect(warnings::add);

        assertThat(found).containsExactly(
                new JigglerInfo("caffeine", "process", "caffeine-indic"),
                new JigglerInfo("mouse-jiggler", "install", "/opt/mousejiggler"),
                new JigglerInfo("generic-rp2040-hid", "usb", "2e8a:000a Raspberry Pi Pico (HID only, boot mouse)"));
        assertThat(warnings).isEmpty();
    }

    @Test
    void aFailingUsbReadIsAWarningNotALostFamily() {
        List<String> warnings = new ArrayList<>();

        List<JigglerInfo> found = new LinuxJigglerProbe(root, () -> CATALOG,
                new PathExpander(Platform.LINUX, Map.of(), "/root"), w -> {
                    throw new IllegalStateException("no /sys/bus/usb");
                }).collect(warnings::add);

        assertThat(found).isEmpty();
        assertThat(warnings).containsExactly("USB devices not checked for jigglers: no /sys/bus/usb");
    }
}
